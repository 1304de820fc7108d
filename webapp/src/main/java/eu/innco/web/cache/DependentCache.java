package eu.innco.web.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.innco.delivery.IndexChange;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The one cache of things made from published content (delivery answers, portal pages, what pages
 * read). Bounded by their size and evicted by Caffeine's W-TinyLFU policy, which keeps what is asked
 * for often when a crawler walks the long tail. Concurrent misses of one key make the value once and
 * share it. Each value is kept with its {@link Dependencies}, and an index change drops only the
 * values it affects ({@link #changed}, on every change whichever server published).
 */
public final class DependentCache<V> {
    /** A value, what it was made from, and about how many bytes it holds; {@code keep} false: handed out, never stored. */
    public record Made<V>(V value, Dependencies from, long weight, boolean keep) {
        public static <V> Made<V> of(V value, Dependencies from, long weight) {
            return new Made<>(value, from, weight, true);
        }

        public static <V> Made<V> once(V value) {
            return new Made<>(value, Dependencies.NONE, 0, false);
        }
    }

    private final long maxWeight;
    private final LongSupplier generation;
    private final Cache<String, Made<V>> kept;
    private final ConcurrentHashMap<String, CompletableFuture<Made<V>>> making = new ConcurrentHashMap<>();
    /** Read-locked to keep a value, write-locked to apply a change: a value is never kept past a change that affects it. */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final RecentChanges changes = new RecentChanges(512);
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder made = new LongAdder();

    /** {@code generation}: the delivery index's, read before a value is begun. {@code maxBytes} 0 turns keeping off. */
    public DependentCache(long maxBytes, LongSupplier generation) {
        this.maxWeight = maxBytes;
        this.generation = generation;
        // eviction runs on the calling threads: no pool of its own, and tests see its effect at once
        this.kept = maxBytes <= 0 ? null : Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((String k, Made<V> m) -> (int) Math.min(Integer.MAX_VALUE, m.weight() + 2L * k.length() + 96))
                .executor(Runnable::run).build();
    }

    /** What is kept for {@code key}, counted as a hit when there is something; for fast paths that leave misses to the full path. */
    public Optional<Made<V>> peek(String key) {
        Made<V> m = kept == null ? null : kept.getIfPresent(key);
        if (m != null) hits.increment();
        return Optional.ofNullable(m);
    }

    /** The value of {@code key}: kept, or being made by another request (then awaited), else made by {@code make} here. */
    public Made<V> get(String key, Supplier<Made<V>> make) {
        if (kept == null) {
            made.increment();
            return make.get();
        }
        Made<V> m = kept.getIfPresent(key);
        if (m != null) {
            hits.increment();
            return m;
        }
        misses.increment();
        CompletableFuture<Made<V>> mine = new CompletableFuture<>();
        CompletableFuture<Made<V>> running = making.putIfAbsent(key, mine);
        if (running != null) return await(running);
        try {
            m = kept.getIfPresent(key); // made and kept between the first look and the claim
            if (m == null) m = make(key, make);
            mine.complete(m);
            return m;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            making.remove(key, mine);
        }
    }

    private Made<V> make(String key, Supplier<Made<V>> make) {
        long since = generation.getAsLong();
        made.increment();
        Made<V> m = make.get();
        if (!m.keep() || m.weight() > maxWeight / 8 || key.length() > 2000) return m;
        lock.readLock().lock();
        try {
            if (changes.untouched(since, m.from())) kept.put(key, m);
        } finally {
            lock.readLock().unlock();
        }
        return m;
    }

    private static <V> Made<V> await(CompletableFuture<Made<V>> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /**
     * Drops what the change affects. Values being made go on for the requests that wait for them,
     * but a request arriving from now on makes its own: the one in progress may have read too early.
     */
    public void changed(IndexChange change) {
        if (kept == null) return;
        lock.writeLock().lock();
        try {
            changes.add(change);
            making.clear();
            if (change.everything()) kept.invalidateAll();
            else kept.asMap().values().removeIf(m -> m.from().affectedBy(change));
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Answers served from what was kept. */
    public long hits() {
        return hits.sum();
    }

    /** Asked for and not kept. */
    public long misses() {
        return misses.sum();
    }

    /** Values made (once per key however many requests asked at the same time). */
    public long made() {
        return made.sum();
    }

    /** About the bytes kept. */
    public long bytes() {
        return kept == null ? 0 : kept.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }
}
