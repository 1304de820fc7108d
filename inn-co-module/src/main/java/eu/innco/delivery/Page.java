package eu.innco.delivery;

import java.util.List;

/**
 * One page of a delivery query: the matching total and each result's stored JSON (or GeoJSON Feature)
 * bytes, with the results' own ETags (empty for GeoJSON), from which the page's ETag is made cheaply.
 */
public record Page(int offset, int limit, long total, List<byte[]> results, List<String> etags, boolean geoJson) {
    public Page {
        results = List.copyOf(results);
        etags = List.copyOf(etags);
    }
}
