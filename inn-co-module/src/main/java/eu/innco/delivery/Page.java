package eu.innco.delivery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One page of a delivery query: the matching total and each result's stored JSON (or GeoJSON Feature)
 * bytes, with the results' own ETags (empty for GeoJSON), from which the page's ETag is made cheaply.
 * A page of answers read from the index comes with its list JSON already written ({@link #listBody}),
 * each result a slice of it: the results were copied out of the index once, into that array
 * (issue 18: a copy per result, then the list's copy of them all, was three quarters of a list's
 * garbage). {@link #results} then copies the slices out for the readers that parse them.
 */
public final class Page {
    private final int offset;
    private final int limit;
    private final long total;
    private final List<String> etags;
    private final boolean geoJson;
    /** The results, or null when they are slices of {@link #body}. */
    private final List<byte[]> results;
    private final byte[] body;
    /** Where each result starts and ends in {@link #body}: start, end, start, end... */
    private final int[] bounds;

    public Page(int offset, int limit, long total, List<byte[]> results, List<String> etags, boolean geoJson) {
        this(offset, limit, total, List.copyOf(results), etags, geoJson, null, null);
    }

    private Page(int offset, int limit, long total, List<byte[]> results, List<String> etags, boolean geoJson, byte[] body, int[] bounds) {
        this.offset = offset;
        this.limit = limit;
        this.total = total;
        this.results = results;
        this.etags = List.copyOf(etags);
        this.geoJson = geoJson;
        this.body = body;
        this.bounds = bounds;
    }

    /** A page whose list JSON is written: {@code body} as {@link ListJson#write} makes it, the results at {@code bounds}. */
    static Page written(int offset, int limit, long total, byte[] body, int[] bounds, List<String> etags) {
        return new Page(offset, limit, total, null, etags, false, body, bounds.clone());
    }

    public int offset() { return offset; }
    public int limit() { return limit; }
    public long total() { return total; }
    public List<String> etags() { return etags; }
    public boolean geoJson() { return geoJson; }

    /** How many results the page has. */
    public int size() {
        return results != null ? results.size() : bounds.length / 2;
    }

    /** Each result's bytes (copies, when the page was written as one list). */
    public List<byte[]> results() {
        if (results != null) return results;
        List<byte[]> out = new ArrayList<>(size());
        for (int i = 0; i < bounds.length; i += 2) out.add(Arrays.copyOfRange(body, bounds[i], bounds[i + 1]));
        return Collections.unmodifiableList(out);
    }

    /**
     * The delivery API's list: {@code {"offset":..,"limit":..,"total":..,"results":[...]}}. The array
     * is the page's own when it was written as one: send it or keep it, never change it.
     */
    public byte[] listBody() {
        return body != null ? body : ListJson.write(offset, limit, total, results);
    }
}
