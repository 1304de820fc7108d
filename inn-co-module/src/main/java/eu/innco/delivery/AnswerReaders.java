package eu.innco.delivery;

import java.io.IOException;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;

/**
 * A few idle readers of one segment's answers ({@link IndexFields#ANSWER}) for single-node look-ups.
 * Opening one per look-up sliced the file and allocated a buffer as long as the segment's longest
 * answer: a sixth of an uncached single item's time in the profile of issue 18, and most of its
 * garbage. A doc-values reader only moves forward, so a look-up takes the idle reader standing
 * nearest before its document and opens a new one only when every idle reader is past it; when more
 * than {@link #KEEP} are idle, the one furthest on (the least useful) is dropped.
 */
final class AnswerReaders {
    static final int KEEP = 8;
    private static final PerSegment<AnswerReaders> BY_READER = PerSegment.reader(AnswerReaders::new);

    private final BinaryDocValues[] idle = new BinaryDocValues[KEEP];
    private int count;
    /** For tests: readers opened for this segment. */
    private int opened;

    /** The answer of {@code doc}, or null when it has none as a doc value (an {@code all} document keeps it stored). */
    static AnswerValue read(LeafReader r, int doc) throws IOException {
        AnswerReaders pool = of(r);
        BinaryDocValues dv = pool == null ? null : pool.take(doc);
        if (dv == null) dv = r.getBinaryDocValues(IndexFields.ANSWER);
        if (dv == null) return null;
        AnswerValue a = dv.advanceExact(doc) ? AnswerValue.decode(dv.binaryValue()) : null;
        if (pool != null) pool.give(dv); // only after a read that went well: a reader in an unknown state is dropped
        return a;
    }

    /** The pool of the reader (its deletions and doc-value updates included), forgotten when it closes. */
    static AnswerReaders of(LeafReader r) {
        return BY_READER.of(r);
    }

    /** The idle reader standing furthest on but still before {@code doc}, or null (the caller opens one). */
    synchronized BinaryDocValues take(int doc) {
        int best = -1;
        for (int i = 0; i < count; i++) {
            int at = idle[i].docID();
            if (at < doc && (best < 0 || at > idle[best].docID())) best = i;
        }
        if (best < 0) {
            opened++;
            return null;
        }
        BinaryDocValues dv = idle[best];
        idle[best] = idle[--count];
        idle[count] = null;
        return dv;
    }

    synchronized void give(BinaryDocValues dv) {
        if (count < KEEP) {
            idle[count++] = dv;
            return;
        }
        int last = 0;
        for (int i = 1; i < count; i++) if (idle[i].docID() > idle[last].docID()) last = i;
        if (dv.docID() < idle[last].docID()) idle[last] = dv;
    }

    /** For tests: readers opened so far (a look-up no idle reader could serve). */
    synchronized int opened() {
        return opened;
    }
}
