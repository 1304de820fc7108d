package eu.innco.delivery;

import java.util.List;

/**
 * One page of a delivery query: the matching total and each result's stored JSON (or GeoJSON Feature)
 * bytes, with the results' own ETags, from which the page's ETag is made cheaply, and the locales
 * their values came from (both empty for GeoJSON).
 */
public record Page(int offset, int limit, long total, List<byte[]> results, List<String> etags, List<String> languages,
                   boolean geoJson) {
    public Page {
        results = List.copyOf(results);
        etags = List.copyOf(etags);
        languages = List.copyOf(languages);
    }
}
