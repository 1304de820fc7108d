package eu.innco.delivery;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * What the look-up of a key term ({@link IndexFields#KEY}) found in one segment, remembered for the
 * segment's life: the term dictionary's seek (a block decompressed per look-up, since keys asked at
 * random share no block) was over a quarter of an uncached single item's time in the profile of a
 * 35,000-URL working set (issue 18). A segment's terms and postings never change once written, so
 * what is remembered is what its core holds, whatever is deleted later: the caller still checks the
 * document against the live documents of the reader it reads. Only keys that some segment holds are
 * remembered (unknown keys asked at random cannot fill it). The bound is on all segments together,
 * since a key found in a late segment is remembered as absent by every segment before it: once they
 * hold {@link #MAX_KEYS} keys between them (about 1/16 of the heap, at some 160 bytes a key), every
 * segment forgets everything.
 */
final class KeyMemo {
    /** No document of the segment has the term. */
    static final int ABSENT = -1;
    /** More than one document has it: their postings are walked (a key re-published before a flush). */
    static final int SEVERAL = -2;
    /** Not remembered yet. */
    static final int UNKNOWN = -3;
    static final int MAX_KEYS = (int) Math.max(1 << 14, Math.min(1 << 20, Runtime.getRuntime().maxMemory() / 16 / 160));
    /** Keys remembered by all segments together (approximate under races, reset when everything is forgotten). */
    private static final AtomicInteger TOTAL = new AtomicInteger();
    private static final PerSegment<KeyMemo> BY_CORE = PerSegment.core(KeyMemo::new, gone -> TOTAL.addAndGet(-gone.size()));

    private final ConcurrentHashMap<String, Integer> docs = new ConcurrentHashMap<>();

    /** The memo of the reader's segment, forgotten when the segment closes; null for a reader without a core (then nothing is kept). */
    static KeyMemo of(LeafReader r) {
        return BY_CORE.of(r);
    }

    /** The one document with the key, {@link #ABSENT}, {@link #SEVERAL} or {@link #UNKNOWN}. */
    int get(String key) {
        Integer d = docs.get(key);
        return d == null ? UNKNOWN : d;
    }

    void put(String key, int doc) {
        if (docs.put(key, doc) == null && TOTAL.incrementAndGet() > MAX_KEYS) forgetAll();
    }

    private static void forgetAll() {
        for (KeyMemo m : BY_CORE.values()) m.docs.clear();
        TOTAL.set(0);
    }

    /** For tests: the keys remembered by all segments together. */
    static int total() {
        return TOTAL.get();
    }

    /** For tests: the keys remembered. */
    int size() {
        return docs.size();
    }

    /** For tests: the segments with a memo. */
    static int segments() {
        return BY_CORE.size();
    }

    /** The segment's own answer, from its term dictionary: {@link #ABSENT}, {@link #SEVERAL} or the one document (live or not). */
    static int look(LeafReader r, BytesRef term) throws IOException {
        Terms terms = r.terms(IndexFields.KEY);
        if (terms == null) return ABSENT;
        TermsEnum e = terms.iterator();
        if (!e.seekExact(term)) return ABSENT;
        if (e.docFreq() > 1) return SEVERAL;
        PostingsEnum p = e.postings(null, PostingsEnum.NONE);
        int doc = p.nextDoc();
        return doc == DocIdSetIterator.NO_MORE_DOCS ? ABSENT : doc;
    }
}
