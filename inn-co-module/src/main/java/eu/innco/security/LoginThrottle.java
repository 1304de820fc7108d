package eu.innco.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@code maxFailures} failed sign-ins within the window for the
 * same key (a user name, a client address), further attempts are refused until the oldest failure
 * leaves the window. The answer is the same whether the account exists or not.
 */
public final class LoginThrottle {
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** How long the key must wait before trying again; empty when it may try now. */
    public Optional<Duration> blocked(String key) {
        Deque<Instant> list = failures.get(key);
        if (list == null) return Optional.empty();
        synchronized (list) {
            prune(list);
            if (list.size() < maxFailures) return Optional.empty();
            Duration wait = Duration.between(clock.instant(), list.peekFirst().plus(window));
            return Optional.of(wait.isNegative() ? Duration.ofSeconds(1) : wait.plusSeconds(1));
        }
    }

    public void failed(String key) {
        if (failures.size() > 100_000) failures.clear(); // a flood of distinct keys must not exhaust memory
        Deque<Instant> list = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (list) {
            prune(list);
            list.addLast(clock.instant());
        }
    }

    public void succeeded(String key) {
        failures.remove(key);
    }

    private void prune(Deque<Instant> list) {
        Instant limit = clock.instant().minus(window);
        while (!list.isEmpty() && list.peekFirst().isBefore(limit)) list.pollFirst();
    }
}
