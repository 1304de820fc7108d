package eu.innco.delivery;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;

/**
 * The hits of each filter asked, as a bit set with its count, kept per reader like the sorted
 * orders beside them. The profile of issue 18 at 100,000 items (800,000 documents) had a third of
 * an uncached list's CPU in finding its 25,000 hits again on every request: Lucene's query cache
 * held them, but copying them into a fresh 100 kB bit set, merging that into a second one and
 * counting it cost time and garbage in proportion to the index, not to the page. Kept here, a list
 * costs a look-up and the walk of its order. A new reader (every publication) starts afresh, so
 * deletions and new documents are always those of the reader the request holds.
 * <p>
 * Bounded by bytes (the bit sets are as long as the index has documents), least recently used out
 * first: a client asking for ever new filters only makes its own requests cost what they cost
 * without this. The bit sets handed out are shared: read, never change them.
 */
final class KeptHits {
    /** The hits of one filter on one reader: never to be changed. */
    record Hits(FixedBitSet bits, int total) {
        long bytes() { return 64L + 8L * bits.getBits().length; }
    }

    private static final class Held {
        final Object reader;
        final long version;
        final LinkedHashMap<Query, Hits> sets = new LinkedHashMap<>(16, 0.75f, true); // access order: eldest is least recently used
        long bytes;

        Held(Object reader, long version) {
            this.reader = reader;
            this.version = version;
        }
    }

    private final long budget;
    private volatile Held held;

    /** {@code budget}: the bytes all kept bit sets of a reader may take together. */
    KeptHits(long budget) { this.budget = budget; }

    /** A sixty-fourth of the heap: 8 MB of a 512 MB heap, eighty filters at 100,000 items, thousands at 1,000. */
    static long defaultBudget() { return Runtime.getRuntime().maxMemory() / 64; }

    /** The hits of {@code filter} in the reader of {@code s}, found now or kept from an earlier request on that reader. */
    Hits of(IndexSearcher s, Query filter) throws IOException {
        Held h = current(s.getIndexReader());
        Hits kept;
        synchronized (h) {
            kept = h.sets.get(filter);
        }
        if (kept != null) return kept;
        // found outside the lock: two requests missing the same filter at once both search (the cost of one uncached list each)
        Hits made = found(s, filter);
        if (made.bytes() > budget) return made;
        synchronized (h) {
            Hits before = h.sets.put(filter, made);
            h.bytes += made.bytes() - (before == null ? 0 : before.bytes());
            for (Iterator<Hits> it = h.sets.values().iterator(); h.bytes > budget && it.hasNext(); ) {
                h.bytes -= it.next().bytes();
                it.remove();
            }
        }
        return made;
    }

    /** How many filters are kept for the reader last asked about (for tests). */
    int size() {
        Held h = held;
        if (h == null) return 0;
        synchronized (h) {
            return h.sets.size();
        }
    }

    /** The hits of {@code filter} found now, not kept. */
    static Hits found(IndexSearcher s, Query filter) throws IOException {
        FixedBitSet bits = SortedOrders.hits(s, filter);
        return new Hits(bits, bits.cardinality());
    }

    /**
     * The sets of {@code r}. A request still holding the reader before the last publication gets sets of
     * its own, thrown away after it: it must not empty the sets of the current reader.
     */
    private Held current(IndexReader r) {
        Object key = SortedOrders.readerKey(r);
        long version = r instanceof DirectoryReader d ? d.getVersion() : 0;
        Held h = held;
        if (h != null && h.reader == key) return h;
        synchronized (this) {
            h = held;
            if (h != null && h.reader == key) return h;
            if (h != null && version < h.version) return new Held(key, version);
            h = new Held(key, version);
            held = h;
            return h;
        }
    }
}
