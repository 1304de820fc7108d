package eu.innco.delivery;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;

/**
 * Idle readers of one segment's answers ({@link IndexFields#ANSWER}) for single-node look-ups.
 * Opening one per look-up sliced the file and allocated a buffer as long as the segment's longest
 * answer: a sixth of an uncached single item's time in the profile of issue 18, and most of its
 * garbage. A doc-values reader only moves forward, so a look-up takes the idle reader standing
 * nearest before its document and opens a new one only when every idle reader is past it; when more
 * than {@link #KEEP} are idle, the one furthest on (the least useful) is dropped. With documents
 * asked at random, a pool of k readers kept that way misses about once in k+1 look-ups (a simulation
 * gave 11% at 8, 3% at 32): at 8 the openings were still 7% of a single item's time over the
 * 35,000-URL working set, so the pool keeps 32, each holding a buffer of the segment's longest
 * answer (a few kilobytes for case studies).
 */
final class AnswerReaders {
    static final int KEEP = 32;
    private static final PerSegment<AnswerReaders> BY_READER = PerSegment.reader(AnswerReaders::new);

    private final BinaryDocValues[] idle = new BinaryDocValues[KEEP];
    /** Where each idle reader stands ({@code idle[i].docID()}), in increasing order: a binary search finds the one to take. */
    private final int[] at = new int[KEEP];
    private int count;
    /**
     * Never waited for: a look-up that finds the pool busy opens a reader of its own, and one that
     * finds it busy on the way back drops its reader. With more threads than cores, a thread could
     * be descheduled holding a waited-for lock, and the others queued behind it (the profile put a
     * synchronized pool at 3-5% of a single item's time over the wide working set).
     */
    private final ReentrantLock lock = new ReentrantLock();
    /** For tests: readers opened for this segment. */
    private final AtomicInteger opened = new AtomicInteger();

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
    BinaryDocValues take(int doc) {
        if (!lock.tryLock()) {
            opened.incrementAndGet();
            return null;
        }
        try {
            int i = before(doc) - 1;
            if (i < 0) {
                opened.incrementAndGet();
                return null;
            }
            BinaryDocValues dv = idle[i];
            count--;
            System.arraycopy(idle, i + 1, idle, i, count - i);
            System.arraycopy(at, i + 1, at, i, count - i);
            idle[count] = null;
            return dv;
        } finally {
            lock.unlock();
        }
    }

    void give(BinaryDocValues dv) {
        int p = dv.docID();
        if (!lock.tryLock()) return;
        try {
            if (count == KEEP) {
                if (p >= at[KEEP - 1]) return; // the furthest on is the least useful: this one
                count--; // else the one furthest on until now
            }
            int i = before(p);
            System.arraycopy(idle, i, idle, i + 1, count - i);
            System.arraycopy(at, i, at, i + 1, count - i);
            idle[i] = dv;
            at[i] = p;
            count++;
        } finally {
            lock.unlock();
        }
    }

    /** How many idle readers stand before {@code doc} (they are kept in the order of where they stand). */
    private int before(int doc) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (at[mid] < doc) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** For tests: readers opened so far (a look-up no idle reader could serve). */
    int opened() {
        return opened.get();
    }
}
