package eu.innco.i18n.translation;

import java.util.Map;

/** The translation counts of one content type, per site locale. */
public record TypeOverview(String type, int items, Map<String, LocaleCounts> locales) {
    public TypeOverview {
        locales = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(locales));
    }
}
