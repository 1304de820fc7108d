package eu.innco.web.cache;

import eu.innco.delivery.IndexChange;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * What a cached thing was made from: the published items it shows (by id) and the endpoints it
 * lists (a list can change with any item published on its endpoint: a new one, a removed one, a
 * new order). A change of the delivery index affects it when it touches one of them.
 */
public record Dependencies(Set<String> items, Set<String> endpoints) {
    /** Made from nothing published (a static page): no publication affects it. */
    public static final Dependencies NONE = new Dependencies(Set.of(), Set.of());

    public Dependencies {
        items = Set.copyOf(items);
        endpoints = Set.copyOf(endpoints);
    }

    public static Dependencies item(String id) {
        return new Dependencies(Set.of(id), Set.of());
    }

    public static Dependencies list(String endpoint) {
        return new Dependencies(Set.of(), Set.of(endpoint));
    }

    /** True when the change may have changed what was made from these. */
    public boolean affectedBy(IndexChange change) {
        return change.everything() || meets(items, change.items()) || meets(endpoints, change.endpoints());
    }

    private static boolean meets(Set<String> mine, Set<String> changed) {
        if (mine.isEmpty() || changed.isEmpty()) return false;
        Set<String> small = mine.size() <= changed.size() ? mine : changed;
        Set<String> large = small == mine ? changed : mine;
        for (String s : small) if (large.contains(s)) return true;
        return false;
    }

    /** Gathers the dependencies of everything one page reads; not shared between threads. */
    public static final class Trail {
        private final Set<String> items = new HashSet<>();
        private final Set<String> endpoints = new HashSet<>();

        public void add(Dependencies d) {
            items.addAll(d.items());
            endpoints.addAll(d.endpoints());
        }

        public void items(Collection<String> ids) {
            items.addAll(ids);
        }

        public Dependencies done() {
            return new Dependencies(items, endpoints);
        }
    }
}
