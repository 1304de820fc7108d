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
 * key. {@link #drain()} hands the counts over for writing, taking each adder's value and zeroing it
 * in one atomic step per cell, so a read counted while a drain runs lands in this drain or the next,
 * never nowhere. Keys of past days are dropped once drained. Distinct keys are capped, so a flood of
 * odd addresses cannot take the memory; what goes past the cap is only tallied as dropped.
 */
public final class ReachCounter {
    /** A key of one UTC day. */
    record DayKey(LocalDate day, ReachKey key) {}

    private final Clock clock;
    private final int maxKeys;
    private final ConcurrentHashMap<DayKey, LongAdder> counts = new ConcurrentHashMap<>();
    private final AtomicLong dropped = new AtomicLong();
    private volatile LocalDate day;

    public ReachCounter(Clock clock, int maxKeys) {
        this.clock = clock;
        this.maxKeys = maxKeys;
    }

    public void count(ReachKey key) {
        DayKey k = new DayKey(today(), key);
        LongAdder a = counts.get(k);
        if (a == null) {
            if (counts.size() >= maxKeys) {
                dropped.incrementAndGet();
                return;
            }
            a = counts.computeIfAbsent(k, x -> new LongAdder());
        }
        a.increment();
    }

    /** The UTC day, worked out again only when the clock has passed into another one. */
    private LocalDate today() {
        long epochDay = Math.floorDiv(clock.millis(), 86_400_000L);
        LocalDate d = day;
        if (d == null || d.toEpochDay() != epochDay) day = d = LocalDate.ofEpochDay(epochDay);
        return d;
    }

    /** The counts since the last drain, per day and key; the counter starts again from zero. */
    public Map<LocalDate, Map<ReachKey, Long>> drain() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<LocalDate, Map<ReachKey, Long>> out = new HashMap<>();
        for (Map.Entry<DayKey, LongAdder> e : counts.entrySet()) {
            long n = e.getValue().sumThenReset();
            if (n > 0) out.computeIfAbsent(e.getKey().day(), d -> new HashMap<>()).merge(e.getKey().key(), n, Long::sum);
            // a past day gets no more reads but those of requests that straddled midnight, already counted by now
            if (e.getKey().day().isBefore(today)) counts.remove(e.getKey(), e.getValue());
        }
        return out;
    }

    /** Reads not counted because the key cap was reached, since the start. */
    public long dropped() {
        return dropped.get();
    }
}
