package eu.innco.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.contenttype.PropertyDefinition;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * Translation states per localised value, kept as one JSON map per locale ({@code innco:fieldStates_pl}:
 * {@code {"body": "reviewed", "whatHelped.1": "draft"}}) beside the locale's state, which is always
 * the lowest of them. A value the map does not name (an item written before per-value states) has
 * the locale's state.
 */
public final class FieldStates {
    static final String PREFIX = "innco:fieldStates_";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FieldStates() {}

    /** The state of each value the locale has, as stored. */
    static Map<String, String> read(Node n, List<PropertyDefinition> props, ItemValues values, String locale)
            throws RepositoryException {
        Map<String, String> stored = stored(n, locale);
        String fallback = ItemNodes.stringOr(n, ItemNodes.TRANSLATION_PREFIX + locale, "draft");
        Map<String, String> out = new LinkedHashMap<>();
        for (String path : LocalisedFields.of(props, values, locale).keySet()) out.put(path, stored.getOrDefault(path, fallback));
        return out;
    }

    /**
     * The states after a write: an asked field state, else the locale's asked state, else draft for a
     * value that is new or changed, else what it was.
     */
    static Map<String, String> next(Node n, List<PropertyDefinition> props, ItemValues before, ItemValues after, String locale,
                                    String localeAsked, Map<String, String> fieldsAsked) throws RepositoryException {
        Map<String, LocalisedFields.Field> was = LocalisedFields.of(props, before, locale);
        Map<String, String> stored = stored(n, locale);
        String fallback = ItemNodes.stringOr(n, ItemNodes.TRANSLATION_PREFIX + locale, "draft");
        Map<String, String> out = new LinkedHashMap<>();
        for (LocalisedFields.Field f : LocalisedFields.of(props, after, locale).values()) {
            String state = fieldsAsked.get(f.path());
            if (state == null) state = localeAsked;
            if (state == null && (!was.containsKey(f.path()) || !same(was.get(f.path()).value(), f.value()))) state = "draft";
            if (state == null) state = stored.getOrDefault(f.path(), fallback);
            out.put(f.path(), state);
        }
        return out;
    }

    static void write(Node n, String locale, Map<String, String> states) throws RepositoryException {
        ObjectNode o = MAPPER.createObjectNode();
        states.forEach(o::put);
        n.setProperty(PREFIX + locale, o.toString());
    }

    static void clear(Node n, String locale) throws RepositoryException {
        if (n.hasProperty(PREFIX + locale)) n.getProperty(PREFIX + locale).remove();
    }

    /** The lowest of the states (missing, draft, translated, reviewed); empty for none. */
    public static Optional<String> lowest(Collection<String> states) {
        return states.stream().min((a, b) -> TranslationStates.STATES.indexOf(a) - TranslationStates.STATES.indexOf(b));
    }

    /**
     * What readers see per value: the stored state and whether the value's source changed since the
     * snapshot; values the source has and the locale lacks are missing.
     */
    static Map<String, FieldState> view(Node n, List<PropertyDefinition> props, ItemValues values, String locale, String source,
                                        Optional<TranslationStates.Snapshot> outdatedSnapshot) throws RepositoryException {
        Map<String, FieldState> out = new LinkedHashMap<>();
        Map<String, String> states = read(n, props, values, locale);
        if (!locale.equals(source)) {
            for (String path : LocalisedFields.of(props, values, source).keySet()) {
                if (!states.containsKey(path)) out.put(path, new FieldState("missing", false));
            }
        }
        Map<String, LocalisedFields.Field> now = Map.of();
        Map<String, LocalisedFields.Field> then = Map.of();
        if (outdatedSnapshot.isPresent()) {
            TranslationStates.Snapshot s = outdatedSnapshot.get();
            now = LocalisedFields.of(props, values, s.from());
            then = LocalisedFields.of(props, s.values(), s.from());
        }
        for (Map.Entry<String, String> e : states.entrySet()) {
            boolean outdated = outdatedSnapshot.isPresent() && !same(value(now, e.getKey()), value(then, e.getKey()));
            out.put(e.getKey(), new FieldState(e.getValue(), outdated));
        }
        return out;
    }

    private static Map<String, String> stored(Node n, String locale) throws RepositoryException {
        Map<String, String> out = new LinkedHashMap<>();
        if (!n.hasProperty(PREFIX + locale)) return out;
        try {
            JsonNode o = MAPPER.readTree(n.getProperty(PREFIX + locale).getString());
            o.fields().forEachRemaining(e -> { if (e.getValue().isTextual()) out.put(e.getKey(), e.getValue().textValue()); });
        } catch (java.io.IOException e) {
            // an unreadable map falls back to the locale's state, which is kept beside it
        }
        return out;
    }

    private static Object value(Map<String, LocalisedFields.Field> fields, String path) {
        LocalisedFields.Field f = fields.get(path);
        return f == null ? null : f.value();
    }

    /** Decimals compare by value, not by scale, as {@link ValueDiff} does. */
    static boolean same(Object a, Object b) {
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) return x.compareTo(y) == 0;
        return Objects.equals(a, b);
    }
}
