package eu.innco.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Growing delays after failed sign-ins under one key. Only failures count, never attempts in
 * flight: parallel sign-ins with the right password cannot trip it. After {@code freeFailures},
 * each failure makes the key wait before its next try, twice as long as the one before, up to
 * {@code maxDelay}; a success forgets the key, and so does a quiet {@code forgetAfter}. A delay
 * only ever slows down the key's own tries: there is no lock that outlasts it.
 */
public final class LoginThrottle {
    private static final int MAX_KEYS = 50_000;

    private final int freeFailures;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration forgetAfter;
    private final Clock clock;
    private final ConcurrentHashMap<String, Failures> keys = new ConcurrentHashMap<>();

    private record Failures(int count, Instant waitUntil, Instant last) {}

    public LoginThrottle(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter, Clock clock) {
        this.freeFailures = freeFailures;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.forgetAfter = forgetAfter;
        this.clock = clock;
    }

    /** How long the key must still wait before its next try; empty when it may try now. */
    public Optional<Duration> waitFor(String key) {
        Failures f = keys.get(key);
        if (f == null) return Optional.empty();
        Duration left = Duration.between(clock.instant(), f.waitUntil());
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    /** Counts a failure; returns the delay it imposes on the key's next try (zero while failures are free). */
    public Duration failed(String key) {
        if (keys.size() > MAX_KEYS) forgetQuiet();
        Instant now = clock.instant();
        Failures f = keys.compute(key, (k, old) -> {
            int count = old == null || old.last().plus(forgetAfter).isBefore(now) ? 1 : old.count() + 1;
            return new Failures(count, now.plus(delay(count)), now);
        });
        return delay(f.count());
    }

    /** The right credentials: the key's failures are forgotten. */
    public void succeeded(String key) {
        keys.remove(key);
    }

    /** The delay after the {@code count}-th failure in a row. */
    Duration delay(int count) {
        int over = count - freeFailures;
        if (over <= 0) return Duration.ZERO;
        long millis = firstDelay.toMillis() << Math.min(over - 1, 30);
        return millis <= 0 || millis > maxDelay.toMillis() ? maxDelay : Duration.ofMillis(millis);
    }

    /** Drops keys whose delay has passed and that were quiet since; a flood of keys cannot grow the map without bound. */
    private void forgetQuiet() {
        Instant now = clock.instant();
        keys.entrySet().removeIf(e -> e.getValue().waitUntil().isBefore(now) && e.getValue().last().plus(forgetAfter).isBefore(now));
        if (keys.size() > MAX_KEYS) keys.entrySet().removeIf(e -> e.getValue().waitUntil().isBefore(now));
    }
}
