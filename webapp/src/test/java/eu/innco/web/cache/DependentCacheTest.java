package eu.innco.web.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.innco.delivery.IndexChange;
import eu.innco.web.cache.DependentCache.Made;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What an index change drops, and what a value made while one happened may keep. */
class DependentCacheTest {
    final AtomicLong generation = new AtomicLong(1);
    final DependentCache<String> cache = new DependentCache<>(1 << 20, generation::get);

    static IndexChange change(long generation, Set<String> endpoints, Set<String> items) {
        return new IndexChange(generation, endpoints, items, false);
    }

    String get(String key, Dependencies from, String value) {
        return cache.get(key, () -> Made.of(value, from, 10)).value();
    }

    @Test
    void a_change_drops_the_values_showing_its_items_or_listing_its_endpoints_and_keeps_the_others() {
        get("node a", Dependencies.item("a"), "a1");
        get("list e", Dependencies.list("e"), "e1");
        get("node c", Dependencies.item("c"), "c1");
        get("list f", Dependencies.list("f"), "f1");
        generation.set(2);
        cache.changed(change(2, Set.of("e"), Set.of("a")));
        assertEquals("a2", get("node a", Dependencies.item("a"), "a2"));
        assertEquals("e2", get("list e", Dependencies.list("e"), "e2"));
        assertEquals("c1", get("node c", Dependencies.item("c"), "c2"), "another item of the same endpoint: kept");
        assertEquals("f1", get("list f", Dependencies.list("f"), "f2"));
        generation.set(3);
        cache.changed(new IndexChange(3, Set.of(), Set.of(), true));
        assertEquals("c3", get("node c", Dependencies.item("c"), "c3"), "a rebuild drops everything");
    }

    @Test
    void a_value_made_while_a_change_affecting_it_happened_is_handed_out_and_not_kept() {
        String made = cache.get("node a", () -> {
            generation.set(2); // a publication of a lands while the value is being made from the old index
            cache.changed(change(2, Set.of("e"), Set.of("a")));
            return Made.of("old", Dependencies.item("a"), 10);
        }).value();
        assertEquals("old", made, "the request that made it gets it");
        assertEquals("new", get("node a", Dependencies.item("a"), "new"), "the next one does not");
    }

    @Test
    void a_value_made_while_an_unrelated_change_happened_is_kept() {
        cache.get("node a", () -> {
            generation.set(2);
            cache.changed(change(2, Set.of("e"), Set.of("b")));
            return Made.of("a1", Dependencies.item("a"), 10);
        });
        assertEquals("a1", get("node a", Dependencies.item("a"), "a2"));
        assertEquals(1, cache.hits());
    }
}
