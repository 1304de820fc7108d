package eu.innco.exports;

import eu.innco.FieldError;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of an item file is, by its path in the authoring JSON
 * ({@code properties.title.fr}), so that a broken rule found later by the validator is reported
 * on the line that holds the value, under the key that the file uses ({@code title_fr}).
 */
final class Locations {
    private record Where(String location, String key) {}

    private final Map<String, Where> byPath = new HashMap<>();
    private final String itemLocation;

    Locations(String itemLocation) {
        this.itemLocation = itemLocation;
    }

    void put(String jsonPath, String location, String key) {
        byPath.put(jsonPath, new Where(location, key));
    }

    /** The line of a key of the item itself ({@code jcr:uuid}), or of the item. */
    String lineOf(String key) {
        Where w = byPath.get(key);
        return w == null ? itemLocation : w.location();
    }

    /** The error at the line of the value, or of the nearest enclosing value, or of the item. */
    FieldError place(String jsonPath, String message) {
        String rest = "";
        for (String p = jsonPath; !p.isEmpty(); ) {
            Where w = byPath.get(p);
            if (w != null) return new FieldError(w.location(), "'" + w.key() + rest + "' " + message);
            int dot = p.lastIndexOf('.');
            if (dot < 0) break;
            rest = "/" + p.substring(dot + 1) + rest;
            p = p.substring(0, dot);
        }
        String key = jsonPath.startsWith("properties.") ? jsonPath.substring("properties.".length()).replace('.', '/') : jsonPath;
        return new FieldError(itemLocation, "'" + key + "' " + message);
    }
}
