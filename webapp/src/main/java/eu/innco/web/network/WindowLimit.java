package eu.innco.web.network;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code max} accepted forms per key (a client address) within a sliding window; the next
 * one learns how long to wait. Kept in memory per server: a limit against floods, not an account.
 */
public final class WindowLimit {
    private static final int MAX_KEYS = 50_000;
    private final int max;
    private final Duration window;
    private final Clock clock;
    private final ConcurrentHashMap<String, Deque<Instant>> seen = new ConcurrentHashMap<>();

    public WindowLimit(int max, Duration window, Clock clock) {
        this.max = max;
        this.window = window;
        this.clock = clock;
    }

    /** Counts a form; empty when it may go on, else how long to wait (and it is not counted). */
    public Optional<Duration> attempt(String key) {
        if (seen.size() > MAX_KEYS) seen.clear();
        Deque<Instant> list = seen.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (list) {
            Instant limit = clock.instant().minus(window);
            while (!list.isEmpty() && list.peekFirst().isBefore(limit)) list.pollFirst();
            if (list.size() >= max) return Optional.of(Duration.between(limit, list.peekFirst()).plusSeconds(1));
            list.addLast(clock.instant());
            return Optional.empty();
        }
    }
}
