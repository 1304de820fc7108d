package eu.innco.web.portal;

import eu.innco.web.cache.Dependencies;
import eu.innco.web.cache.DependentCache;
import eu.innco.web.cache.DependentCache.Made;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * What pages read from published content (query answers, items, slugs, addresses in every
 * language), kept in the one cache of things made from published content. Pages share most of
 * their reads (the filter form's conditions, a case study's materials, the slugs of a much-linked
 * item), and reading a document means decompressing its stored block and parsing its JSON again,
 * which cost most of an uncached page. Each read adds what it came from to the page's trail, so
 * that the page is dropped with it.
 */
final class Reads {
    private final DependentCache<Object> cache;

    Reads(DependentCache<Object> cache) {
        this.cache = cache;
    }

    /**
     * The value of {@code key}: kept, else read and kept. {@code weight} estimates its size (about
     * the bytes of the JSON it came from), {@code from} what published content it depends on. Values
     * must not be changed by callers: they are shared between requests.
     */
    @SuppressWarnings("unchecked")
    <T> T get(PortalCall call, String key, Supplier<T> read, ToLongFunction<T> weight, Function<T, Dependencies> from) {
        Made<Object> m = cache.get(key, () -> {
            T fresh = read.get();
            return fresh == null ? Made.once(null) : Made.of(fresh, from.apply(fresh), weight.applyAsLong(fresh));
        });
        call.dependsOn(m.from());
        return (T) m.value();
    }
}
