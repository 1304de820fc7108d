package eu.innco.checkup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many check-ups one client address may start in a sliding hour ({@code 0}: no limit). Kept in
 * memory, per server: it slows a script down, it is not an account system.
 */
public final class StartLimit {
    private static final Duration HOUR = Duration.ofHours(1);
    private static final int TIDY_ABOVE = 10_000;
    private final int perHour;
    private final Clock clock;
    private final Map<String, Deque<Instant>> starts = new ConcurrentHashMap<>();

    public StartLimit(int perHour, Clock clock) {
        this.perHour = perHour;
        this.clock = clock;
    }

    /** Counts a start; empty when it may go on, else how long until the oldest start leaves the hour (then not counted). */
    public Optional<Duration> attempt(String address) {
        if (perHour <= 0) return Optional.empty();
        Instant now = clock.instant();
        if (starts.size() > TIDY_ABOVE) tidy(now);
        Deque<Instant> d = starts.computeIfAbsent(address, k -> new ArrayDeque<>());
        synchronized (d) {
            while (!d.isEmpty() && !d.peekFirst().plus(HOUR).isAfter(now)) d.pollFirst();
            if (d.size() >= perHour) return Optional.of(Duration.between(now, d.peekFirst().plus(HOUR)));
            d.addLast(now);
            return Optional.empty();
        }
    }

    /** Drops addresses whose starts are all older than the hour: a flood of addresses cannot grow the map for ever. */
    private void tidy(Instant now) {
        starts.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().isEmpty() || !e.getValue().peekLast().plus(HOUR).isAfter(now);
            }
        });
    }
}
