package eu.innco.web.portal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * What pages read from published content (query answers, items, slugs, addresses in every
 * language), kept for the delivery generation they were read in. Pages share most of their reads
 * (the filter form's conditions, a case study's materials, the slugs of a much-linked item), and
 * reading a document means decompressing its stored block and parsing its JSON again, which cost
 * most of an uncached page. A publication changes the generation and so drops everything at once,
 * like the page cache; a request that started before a publication reads without keeping. Bounded
 * by the size of what it holds: past the bound it starts again empty.
 */
final class Reads {
    private final long maxWeight;
    private final AtomicReference<Slot> slot = new AtomicReference<>(new Slot(Long.MIN_VALUE));

    Reads(long maxWeight) {
        this.maxWeight = maxWeight;
    }

    private static final class Slot {
        final long generation;
        final ConcurrentHashMap<String, Object> values = new ConcurrentHashMap<>();
        final AtomicLong weight = new AtomicLong();

        Slot(long generation) {
            this.generation = generation;
        }
    }

    /**
     * The value of {@code key} in {@code generation}: kept, else read and kept. {@code weight}
     * estimates its size (about the bytes of the JSON it came from). Values must not be changed by
     * callers: they are shared between requests.
     */
    @SuppressWarnings("unchecked")
    <T> T get(long generation, String key, Supplier<T> read, ToLongFunction<T> weight) {
        Slot s = current(generation);
        if (s == null) return read.get();
        Object kept = s.values.get(key);
        if (kept != null) return (T) kept;
        T fresh = read.get();
        if (fresh == null) return null;
        if (s.weight.addAndGet(weight.applyAsLong(fresh) + 2L * key.length() + 64) > maxWeight) {
            slot.compareAndSet(s, new Slot(generation));
            return fresh;
        }
        Object raced = s.values.putIfAbsent(key, fresh);
        return raced == null ? fresh : (T) raced;
    }

    /** The slot of {@code generation} (replacing an older one), or null when a newer one is kept. */
    private Slot current(long generation) {
        while (true) {
            Slot s = slot.get();
            if (s.generation == generation) return s;
            if (s.generation > generation) return null;
            Slot fresh = new Slot(generation);
            if (slot.compareAndSet(s, fresh)) return fresh;
        }
    }
}
