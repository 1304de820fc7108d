package eu.innco.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. Every attempt counts the moment it starts (so parallel guesses
 * cannot slip through before the first failure is recorded); a success takes its attempt back.
 * After {@code maxAttempts} within the window for one key (a user name, a client address), further
 * attempts are refused until the oldest leaves the window. The answer is the same whether the
 * account exists or not.
 */
public final class LoginThrottle {
    private static final int MAX_KEYS = 50_000;

    private final int maxAttempts;
    private final Duration window;
    private final Clock clock;
    private final ConcurrentHashMap<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    public LoginThrottle(int maxAttempts, Duration window, Clock clock) {
        this.maxAttempts = maxAttempts;
        this.window = window;
        this.clock = clock;
    }

    /** Counts an attempt; empty when it may go on, else how long to wait (the attempt is then not counted). */
    public Optional<Duration> attempt(String key) {
        if (attempts.size() > MAX_KEYS) evictQuiet();
        Deque<Instant> list = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (list) {
            prune(list);
            if (list.size() >= maxAttempts) {
                Duration wait = Duration.between(clock.instant(), list.peekFirst().plus(window));
                return Optional.of(wait.isNegative() ? Duration.ofSeconds(1) : wait.plusSeconds(1));
            }
            list.addLast(clock.instant());
            return Optional.empty();
        }
    }

    /** The attempt succeeded: it no longer counts against the key. */
    public void succeeded(String key) {
        Deque<Instant> list = attempts.get(key);
        if (list == null) return;
        synchronized (list) {
            list.pollLast();
        }
    }

    /** A right password forgives the user name's earlier failures. */
    public void reset(String key) {
        attempts.remove(key);
    }

    private void prune(Deque<Instant> list) {
        Instant limit = clock.instant().minus(window);
        while (!list.isEmpty() && list.peekFirst().isBefore(limit)) list.pollFirst();
    }

    /** Drops keys with no attempt in the window; a flood of distinct keys cannot reset anyone's count. */
    private void evictQuiet() {
        attempts.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                prune(e.getValue());
                return e.getValue().isEmpty();
            }
        });
    }
}
