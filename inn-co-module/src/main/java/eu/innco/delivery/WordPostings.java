package eu.innco.delivery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * One searched word's postings in one segment as two arrays (its documents in order, and the
 * word's frequency in each), read at the word's first search in the segment and kept for the
 * segment's life. In the profile of issue 18 (search19), scoring a full-text search's hits spent
 * most of its time advancing Lucene's postings (decoding blocks of documents and frequencies again
 * at every request); with the arrays a hit's frequency is an array read. A segment's postings never
 * change once written, so the arrays hold what its core holds, deleted documents included (the hits
 * given to the ranking are live ones), with the word's document frequency and total frequency in
 * the segment, which are the statistics the ranking needs. Only words that a segment holds are kept
 * there. The bound is on all segments together, {@link #MAX_POSTINGS} postings between them (12
 * bytes each with their order by score, a 64th of the heap): past it Caffeine's W-TinyLFU policy
 * lets go of the words searched least often, where forgetting every word would make the common
 * searches read their postings again after a run of rare ones.
 */
final class WordPostings {
    static final long MAX_POSTINGS = Math.max(1 << 16, Math.min(1 << 23, Runtime.getRuntime().maxMemory() / 64 / 12));
    /** A token per open segment core: the kept words of a core that closes are dropped with it. */
    private static final PerSegment<Object> SEGMENTS = PerSegment.core(Object::new,
            gone -> WordPostings.KEPT.asMap().keySet().removeIf(k -> k.segment() == gone));
    // maintenance on the calling thread: the bound holds as soon as a put returns, and no task goes to the common pool
    private static final Cache<Kept, Column> KEPT = Caffeine.newBuilder().maximumWeight(MAX_POSTINGS)
            .weigher((Kept k, Column c) -> c.docs().length).executor(Runnable::run).build();

    /** A word in one segment; the segment compared by identity (its token). */
    private record Kept(Object segment, Term word) {}

    /**
     * A word in one segment: {@code docs} ascending, {@code freqs[i]} the word's frequency in {@code docs[i]}; {@code impacts}
     * its postings by frequency and length, or null when the field's norms are not kept as bytes.
     */
    record Column(int[] docs, float[] freqs, int docFreq, long totalTermFreq, Impacts impacts) {
        static final Column NONE = new Column(new int[0], new float[0], 0, 0, null);
    }

    private WordPostings() {}

    /** The word's postings in the segment of {@code leaf} ({@link Column#NONE} when it has none). */
    static Column of(LeafReader leaf, Term word) throws IOException {
        Object segment = SEGMENTS.of(leaf);
        if (segment == null) return read(leaf, word);
        Column c = KEPT.getIfPresent(new Kept(segment, word));
        if (c != null) return c;
        c = read(leaf, word);
        // a copy of the word (a query's term may share its bytes with the parser's buffers)
        if (c.docs().length > 0) KEPT.put(new Kept(segment, new Term(word.field(), word.text())), c);
        return c;
    }

    private static Column read(LeafReader leaf, Term word) throws IOException {
        Terms terms = leaf.terms(word.field());
        if (terms == null) return Column.NONE;
        TermsEnum te = terms.iterator();
        if (!te.seekExact(word.bytes())) return Column.NONE;
        int[] docs = new int[te.docFreq()];
        float[] freqs = new float[docs.length];
        long total = te.totalTermFreq();
        PostingsEnum p = te.postings(null, PostingsEnum.FREQS);
        int n = 0;
        for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS && n < docs.length; d = p.nextDoc()) {
            docs[n] = d;
            freqs[n++] = p.freq();
        }
        docs = Arrays.copyOf(docs, n);
        freqs = Arrays.copyOf(freqs, n);
        byte[] norms = TextNorms.of(leaf, word.field());
        return new Column(docs, freqs, te.docFreq(), total, norms == null ? null : Impacts.of(docs, freqs, norms));
    }

    /** The first index from {@code from} on whose document is at least {@code doc} ({@code docs.length} if none): a few steps, then halving. */
    static int advance(int[] docs, int from, int doc) {
        int i = from;
        for (int stop = Math.min(docs.length, from + 8); i < stop; i++) if (docs[i] >= doc) return i;
        int pos = Arrays.binarySearch(docs, i, docs.length, doc);
        return pos >= 0 ? pos : -pos - 1;
    }

    /** For tests: the postings kept by all segments together. */
    static long total() {
        KEPT.cleanUp();
        return KEPT.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }
}
