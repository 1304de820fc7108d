package eu.innco.reach;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts reads in memory, on the request's thread, with no lock and no I/O: one adder per day and
 * key. {@link #drain()} hands the counts over for writing and starts again from zero. Distinct keys
 * between two drains are capped, so a flood of odd addresses cannot take the memory; what goes past
 * the cap is only tallied as dropped.
 */
public final class ReachCounter {
    /** A key of one UTC day. */
    record DayKey(LocalDate day, ReachKey key) {}

    private final Clock clock;
    private final int maxKeys;
    private volatile ConcurrentHashMap<DayKey, LongAdder> counts = new ConcurrentHashMap<>();
    private final AtomicLong dropped = new AtomicLong();

    public ReachCounter(Clock clock, int maxKeys) {
        this.clock = clock;
        this.maxKeys = maxKeys;
    }

    public void count(ReachKey key) {
        DayKey k = new DayKey(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), key);
        ConcurrentHashMap<DayKey, LongAdder> m = counts;
        LongAdder a = m.get(k);
        if (a == null) {
            if (m.size() >= maxKeys) {
                dropped.incrementAndGet();
                return;
            }
            a = m.computeIfAbsent(k, x -> new LongAdder());
        }
        a.increment();
    }

    /** The counts since the last drain, per day and key; the counter starts again from zero. */
    public Map<LocalDate, Map<ReachKey, Long>> drain() {
        ConcurrentHashMap<DayKey, LongAdder> old = counts;
        counts = new ConcurrentHashMap<>();
        Map<LocalDate, Map<ReachKey, Long>> out = new HashMap<>();
        // a request that took the old map just before the swap may add to it after this read: at most a
        // handful of reads per flush are lost, which an audience measure tolerates (no lock on the request path)
        old.forEach((k, v) -> {
            long n = v.sum();
            if (n > 0) out.computeIfAbsent(k.day(), d -> new HashMap<>()).merge(k.key(), n, Long::sum);
        });
        return out;
    }

    /** Reads not counted because the key cap was reached, since the start. */
    public long dropped() {
        return dropped.get();
    }
}
