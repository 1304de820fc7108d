package eu.innco.delivery;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexReader;
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
 * there. The bound is on all segments together: once they keep {@link #MAX_POSTINGS} postings
 * between them (12 bytes each with their order by score, a 64th of the heap), every segment forgets every word.
 */
final class WordPostings {
    static final long MAX_POSTINGS = Math.max(1 << 16, Math.min(1 << 23, Runtime.getRuntime().maxMemory() / 64 / 12));
    private static final ConcurrentHashMap<Object, ConcurrentHashMap<Term, Column>> BY_CORE = new ConcurrentHashMap<>();
    /** Postings kept by all segments together (approximate under races, reset when everything is forgotten). */
    private static final AtomicLong TOTAL = new AtomicLong();

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
        IndexReader.CacheHelper core = leaf.getCoreCacheHelper();
        if (core == null) return read(leaf, word);
        ConcurrentHashMap<Term, Column> kept = BY_CORE.get(core.getKey());
        if (kept == null) kept = BY_CORE.computeIfAbsent(core.getKey(), k -> {
            core.addClosedListener(closed -> {
                ConcurrentHashMap<Term, Column> gone = BY_CORE.remove(closed);
                if (gone != null) TOTAL.addAndGet(-postings(gone));
            });
            return new ConcurrentHashMap<>();
        });
        Column c = kept.get(word);
        if (c != null) return c;
        c = read(leaf, word);
        if (c.docs().length == 0) return c;
        // a copy of the word (a query's term may share its bytes with the parser's buffers)
        if (kept.putIfAbsent(new Term(word.field(), word.text()), c) == null && TOTAL.addAndGet(c.docs().length) > MAX_POSTINGS) forgetAll();
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

    private static void forgetAll() {
        for (ConcurrentHashMap<Term, Column> m : BY_CORE.values()) m.clear();
        TOTAL.set(0);
    }

    private static long postings(ConcurrentHashMap<Term, Column> kept) {
        long n = 0;
        for (Column c : kept.values()) n += c.docs().length;
        return n;
    }

    /** For tests: the postings kept by all segments together. */
    static long total() {
        return TOTAL.get();
    }
}
