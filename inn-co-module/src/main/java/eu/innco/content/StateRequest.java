package eu.innco.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The translation states a write asks for: per locale a state for every value of the locale, and
 * per locale and field path a state for one value (which wins over the locale's).
 */
public record StateRequest(Map<String, String> locales, Map<String, Map<String, String>> fields) {
    public static final StateRequest NONE = new StateRequest(Map.of(), Map.of());

    public StateRequest {
        locales = Map.copyOf(locales);
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        fields.forEach((l, m) -> { if (!m.isEmpty()) copy.put(l, Map.copyOf(m)); });
        fields = java.util.Collections.unmodifiableMap(copy);
    }

    /** Whole locales only, as before per-field states: {@code {pl: reviewed}}. */
    public static StateRequest ofLocales(Map<String, String> locales) {
        return new StateRequest(locales, Map.of());
    }

    public Map<String, String> fields(String locale) {
        return fields.getOrDefault(locale, Map.of());
    }

    /** Every locale in which something is asked for. */
    public Set<String> touched() {
        Set<String> out = new TreeSet<>(locales.keySet());
        out.addAll(fields.keySet());
        return out;
    }
}
