package eu.innco.contenttype.field;

import java.util.Map;

/** One allowed value of an enumerated property, with its label per locale. */
public record Option(String value, Map<String, String> labels) {
    public Option {
        labels = Map.copyOf(labels);
    }

    /** The label in the locale, else English, else the value itself. */
    public String label(String locale) {
        return labels.getOrDefault(locale, labels.getOrDefault("en", value));
    }
}
