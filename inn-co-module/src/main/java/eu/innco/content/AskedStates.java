package eu.innco.content;

import eu.innco.contenttype.field.Violations;
import eu.innco.site.SiteLocales;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The translation states a write names, as sent: by locale, and by locale and value path. A state
 * that is not a string is kept as empty, to be reported. Which of them are requests, rather than
 * an echo of what a GET showed, depends on the stored item, so {@link #resolve} runs inside the
 * transaction.
 *
 * @param explicit what a merge patch named ({@code pl}, {@code pl/body}): those count even when
 *                 unchanged; null for a full replacement, where only states that differ count
 */
public record AskedStates(Map<String, Optional<String>> locales, Map<String, Map<String, Optional<String>>> fields,
                          Set<String> explicit) {
    public static final AskedStates NONE = new AskedStates(Map.of(), Map.of(), null);

    public AskedStates {
        locales = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(locales));
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        explicit = explicit == null ? null : Set.copyOf(explicit);
    }

    /** The states asked for against the stored item ({@code current} null for a new one), each checked. */
    StateRequest resolve(ContentItem current, SiteLocales site, Violations v) {
        if (locales.isEmpty() && fields.isEmpty()) return StateRequest.NONE;
        Map<String, String> asked = new LinkedHashMap<>();
        Map<String, Map<String, String>> byField = new LinkedHashMap<>();
        for (String l : order()) {
            LocaleState now = current == null ? null : current.locales().get(l);
            Optional<String> state = locales.get(l);
            if (state != null && (named(l) || state.isEmpty() || now == null || !state.get().equals(now.translation()))) {
                TranslationRequest.check(l, state, "locales." + l + ".translation", site, v).ifPresent(s -> asked.put(l, s));
            }
            fields.getOrDefault(l, Map.of()).forEach((path, s) -> {
                FieldState was = now == null ? null : now.fields().get(path);
                if (!named(l + "/" + path) && s.isPresent() && was != null && s.get().equals(was.state())) return;
                TranslationRequest.check(l, s, "locales." + l + ".fields." + path, site, v)
                        .ifPresent(x -> byField.computeIfAbsent(l, k -> new LinkedHashMap<>()).put(path, x));
            });
        }
        return new StateRequest(asked, byField);
    }

    private boolean named(String what) {
        return explicit != null && explicit.contains(what);
    }

    /** The locales in the order the body named them (the reader gives every named locale a possibly empty fields entry). */
    private Set<String> order() {
        Set<String> out = new java.util.LinkedHashSet<>(fields.keySet());
        out.addAll(locales.keySet());
        return out;
    }
}
