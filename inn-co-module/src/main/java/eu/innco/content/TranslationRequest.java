package eu.innco.content;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.contenttype.field.Violations;
import eu.innco.site.SiteLocales;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The translation states that a write asks for, from the body's {@code locales} map: a whole
 * locale's {@code {"locales": {"pl": {"translation": "reviewed"}}}} or one value's
 * {@code {"locales": {"pl": {"fields": {"body": "reviewed"}}}}} (a field may also be given as the
 * {@code {"state": ...}} object a GET shows). The other keys of a locale (outdated, published, ...)
 * are read-only. A state equal to the current one is an echo of a GET, not a request, unless the
 * client named it in a merge patch ({@link AskedStates#resolve} decides that, against the stored item).
 */
final class TranslationRequest {
    private TranslationRequest() {}

    /**
     * Reads the body's {@code locales} map as sent; which states are requests is decided against the
     * stored item later ({@link AskedStates#resolve}).
     *
     * @param explicit what a merge patch named ({@code pl} for a locale's state, {@code pl/body} for a
     *                 field's), whose states count even when unchanged; null for a full replacement,
     *                 where only states that differ from the current ones count
     */
    static AskedStates read(JsonNode body, Set<String> explicit, Violations v) {
        Map<String, Optional<String>> asked = new LinkedHashMap<>();
        Map<String, Map<String, Optional<String>>> fields = new LinkedHashMap<>();
        JsonNode map = body == null ? null : body.get("locales");
        if (map == null || map.isNull()) return AskedStates.NONE;
        if (!map.isObject()) {
            v.add("locales", "innco.field.type.object");
            return AskedStates.NONE;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String l = e.getKey();
            Map<String, Optional<String>> byPath = fields.computeIfAbsent(l, k -> new LinkedHashMap<>());
            JsonNode state = e.getValue().isObject() ? e.getValue().get("translation") : null;
            if (state != null && !state.isNull()) asked.put(l, text(state));
            JsonNode fieldMap = e.getValue().isObject() ? e.getValue().get("fields") : null;
            if (fieldMap == null || fieldMap.isNull()) continue;
            if (!fieldMap.isObject()) {
                v.add("locales." + l + ".fields", "innco.field.type.object");
                continue;
            }
            fieldMap.fields().forEachRemaining(f -> {
                JsonNode s = f.getValue().isObject() ? f.getValue().get("state") : f.getValue();
                if (s != null && !s.isNull()) byPath.put(f.getKey(), text(s));
            });
        }
        return new AskedStates(asked, fields, explicit);
    }

    private static Optional<String> text(JsonNode n) {
        return n.isTextual() ? Optional.of(n.textValue()) : Optional.empty();
    }

    static Optional<String> check(String l, Optional<String> state, String path, SiteLocales locales, Violations v) {
        if (!locales.contains(l)) {
            v.add("locales." + l, "innco.field.locale", "locales", String.join(", ", locales.locales()));
        } else if (state.isEmpty() || !TranslationStates.SETTABLE.contains(state.get())) {
            v.add(path, "innco.translation.state", "states", String.join(", ", TranslationStates.SETTABLE));
        } else {
            return state;
        }
        return Optional.empty();
    }

    /** What a merge patch names with a translation state: locales ({@code pl}) and fields ({@code pl/body}). */
    static Set<String> named(JsonNode mergePatch) {
        Set<String> out = new HashSet<>();
        JsonNode map = mergePatch.get("locales");
        if (map != null && map.isObject()) {
            map.fields().forEachRemaining(e -> {
                if (e.getValue().has("translation")) out.add(e.getKey());
                JsonNode fields = e.getValue().get("fields");
                if (fields != null && fields.isObject()) fields.fieldNames().forEachRemaining(p -> out.add(e.getKey() + "/" + p));
            });
        }
        return out;
    }

    /**
     * Field states need a localised value at that path in that locale: an unknown path, or one without
     * a value, is reported at {@code locales.<l>.fields.<path>}.
     */
    static void checkFields(StateRequest asked, java.util.List<eu.innco.contenttype.PropertyDefinition> props, ItemValues values,
                            Violations v) {
        asked.fields().forEach((l, m) -> {
            Set<String> filled = LocalisedFields.of(props, values, l).keySet();
            m.keySet().forEach(path -> {
                if (LocalisedFields.property(props, values, path).isEmpty()) v.add("locales." + l + ".fields." + path, "innco.translation.field");
                else if (!filled.contains(path)) v.add("locales." + l + ".fields." + path, "innco.translation.noValues");
            });
        });
    }
}
