package eu.innco.delivery;

import java.util.Set;

/**
 * What one change of the delivery index made visible: the items whose documents were replaced or
 * removed, the endpoints they are served on, or everything (a rebuild). Announced after readers can
 * see it, with the generation it moved the index to, on the thread that made it (a publication on
 * this server, or the watch of other servers' publications).
 *
 * @param generation the index generation once the change is visible
 * @param endpoints  endpoints whose lists may now answer differently
 * @param items      ids of the items whose documents changed (an item and every item embedding it)
 * @param everything true when the whole index was rebuilt: no answer can be trusted
 */
public record IndexChange(long generation, Set<String> endpoints, Set<String> items, boolean everything) {
    public IndexChange {
        endpoints = Set.copyOf(endpoints);
        items = Set.copyOf(items);
    }
}
