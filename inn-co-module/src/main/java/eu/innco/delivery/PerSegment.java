package eu.innco.delivery;

import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

/**
 * One value per index segment, made at its first use and dropped when Lucene closes what it was made
 * for: the shape that {@link KeyMemo}, {@link TextNorms} and {@link AnswerReaders} shared, each with
 * its own static map and close listener. Keyed by Lucene's cache key, so a reader that is reopened
 * without a change to a segment finds the value again, and one whose segment was merged away lets
 * it go with the segment (no reference to a closed segment is kept).
 *
 * @param <T> what is kept for a segment
 */
final class PerSegment<T> {
    /** What the value depends on. */
    enum Scope {
        /** The segment's core (terms, postings, norms): unchanged whatever is deleted later, kept across reopens. */
        CORE,
        /** The segment's reader, its deletions and doc-value updates included: a new one after each change. */
        READER
    }

    private final Scope scope;
    private final Supplier<T> make;
    private final Consumer<T> dropped;
    private final ConcurrentHashMap<Object, T> kept = new ConcurrentHashMap<>();

    private PerSegment(Scope scope, Supplier<T> make, Consumer<T> dropped) {
        this.scope = scope;
        this.make = make;
        this.dropped = dropped;
    }

    /** Values kept for a segment's core, forgotten when it closes. */
    static <T> PerSegment<T> core(Supplier<T> make) {
        return core(make, gone -> {});
    }

    /** Values kept for a segment's core; {@code dropped} is told of each one dropped when its core closes. */
    static <T> PerSegment<T> core(Supplier<T> make, Consumer<T> dropped) {
        return new PerSegment<>(Scope.CORE, make, dropped);
    }

    /** Values kept for a segment's reader (its deletions included), forgotten when it closes. */
    static <T> PerSegment<T> reader(Supplier<T> make) {
        return new PerSegment<>(Scope.READER, make, gone -> {});
    }

    /** The value of {@code r}'s segment, made now if there is none; null for a reader without a cache key (then nothing can be kept). */
    T of(LeafReader r) {
        IndexReader.CacheHelper helper = scope == Scope.CORE ? r.getCoreCacheHelper() : r.getReaderCacheHelper();
        if (helper == null) return null;
        T value = kept.get(helper.getKey());
        if (value != null) return value; // the common case, without the lock computeIfAbsent takes
        return kept.computeIfAbsent(helper.getKey(), key -> {
            // registered once per key, by the one call that makes the value: a closed reader throws here and keeps nothing
            helper.addClosedListener(this::drop);
            return make.get();
        });
    }

    private void drop(IndexReader.CacheKey key) {
        T gone = kept.remove(key);
        if (gone != null) dropped.accept(gone);
    }

    /** The values of every open segment (a live view). */
    Collection<T> values() {
        return kept.values();
    }

    /** The segments with a value. */
    int size() {
        return kept.size();
    }
}
