package eu.innco.delivery;

import java.util.List;

/** One page of a delivery query: the matching total and each result's stored JSON (or GeoJSON Feature) bytes. */
public record Page(int offset, int limit, long total, List<byte[]> results, boolean geoJson) {
    public Page {
        results = List.copyOf(results);
    }
}
