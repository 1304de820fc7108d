package eu.innco.content;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.contenttype.field.Violations;
import eu.innco.i18n.SiteLocales;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The translation states that a write asks for, from the body's {@code locales} map:
 * {@code {"locales": {"pl": {"translation": "reviewed"}}}}. The other keys of a locale (outdated,
 * published, ...) are read-only. A state equal to the current one is an echo of a GET, not a request,
 * unless the client named that locale in a merge patch.
 */
final class TranslationRequest {
    private TranslationRequest() {}

    /**
     * @param explicit the locales a merge patch named, whose states count even when unchanged; null
     *                 for a full replacement, where only states that differ from the current ones count
     */
    static Map<String, String> read(JsonNode body, SiteLocales locales, ContentItem current, Set<String> explicit, Violations v) {
        Map<String, String> asked = new LinkedHashMap<>();
        JsonNode map = body == null ? null : body.get("locales");
        if (map == null || map.isNull()) return asked;
        if (!map.isObject()) {
            v.add("locales", "innco.field.type.object");
            return asked;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String l = e.getKey();
            JsonNode state = e.getValue().isObject() ? e.getValue().get("translation") : null;
            if (state == null || state.isNull()) continue;
            String now = current == null || current.locales().get(l) == null ? null : current.locales().get(l).translation();
            boolean named = explicit != null && explicit.contains(l);
            if (!named && state.isTextual() && state.textValue().equals(now)) continue;
            if (!locales.contains(l)) {
                v.add("locales." + l, "innco.field.locale", "locales", String.join(", ", locales.locales()));
            } else if (!state.isTextual() || !TranslationStates.SETTABLE.contains(state.textValue())) {
                v.add("locales." + l + ".translation", "innco.translation.state", "states", String.join(", ", TranslationStates.SETTABLE));
            } else {
                asked.put(l, state.textValue());
            }
        }
        return asked;
    }

    /** The locales that a merge patch names with a translation state. */
    static Set<String> named(JsonNode mergePatch) {
        Set<String> out = new java.util.HashSet<>();
        JsonNode map = mergePatch.get("locales");
        if (map != null && map.isObject()) {
            map.fields().forEachRemaining(e -> { if (e.getValue().has("translation")) out.add(e.getKey()); });
        }
        return out;
    }
}
