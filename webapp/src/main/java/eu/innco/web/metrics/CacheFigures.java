package eu.innco.web.metrics;

import java.util.function.LongSupplier;

/**
 * A cache's hit and miss counts, bound after the fact: the cache is built after the metrics (the
 * portal's page cache is made with the web application), so it hands over where its counts are
 * read once it exists. Until then both read zero.
 */
public final class CacheFigures {
    private volatile LongSupplier hits = () -> 0;
    private volatile LongSupplier misses = () -> 0;

    /** Where the cache keeps its counts (its own counters). */
    public void from(LongSupplier hits, LongSupplier misses) {
        this.hits = hits;
        this.misses = misses;
    }

    public long hits() {
        return hits.getAsLong();
    }

    public long misses() {
        return misses.getAsLong();
    }
}
