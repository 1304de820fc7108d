package eu.innco.contenttype.field;

import java.util.Locale;

/** A WGS 84 position. Stored in JCR as {@code "lat,lon"}; JSON {@code {"lat": .., "lon": ..}}. */
public record GeoPoint(double lat, double lon) {
    public String stored() {
        return String.format(Locale.ROOT, "%s,%s", lat, lon);
    }

    public static GeoPoint parseStored(String s) {
        int comma = s.indexOf(',');
        return new GeoPoint(Double.parseDouble(s.substring(0, comma)), Double.parseDouble(s.substring(comma + 1)));
    }
}
