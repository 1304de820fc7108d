package eu.innco.web.metrics;

import java.util.concurrent.atomic.LongAdder;

/** A {@link CacheMeter} that counts, for a cache's hit and miss counters. */
public final class CacheCounts implements CacheMeter {
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    @Override
    public void hit() {
        hits.increment();
    }

    @Override
    public void miss() {
        misses.increment();
    }

    public long hits() {
        return hits.sum();
    }

    public long misses() {
        return misses.sum();
    }
}
