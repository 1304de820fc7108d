package eu.innco.content;

import java.util.Map;
import java.util.Optional;

/**
 * One locale's translation state as an export file carries it: the state and, for a translation,
 * what it was made from: the locale, the hash of that locale's localised values then (what
 * "outdated" is measured against) and those values when they are known; and the states of single
 * values where they differ from the locale's (each higher than it, the locale's being the lowest).
 * Parts left empty are filled in on import as an edit would fill them.
 */
public record TranslationMark(String state, Optional<String> from, Optional<String> sourceHash, Optional<ItemValues> source,
                              Map<String, String> fields) {
    public TranslationMark {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    public TranslationMark(String state, Optional<String> from, Optional<String> sourceHash, Optional<ItemValues> source) {
        this(state, from, sourceHash, source, Map.of());
    }

    public static TranslationMark of(String state) {
        return new TranslationMark(state, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public TranslationMark withFields(Map<String, String> fields) {
        return new TranslationMark(state, from, sourceHash, source, fields);
    }

    /** True when the mark says nothing about the source snapshot, only the state. */
    public boolean stateOnly() {
        return from.isEmpty() && sourceHash.isEmpty() && source.isEmpty();
    }

    public boolean isMarked() {
        return "translated".equals(state) || "reviewed".equals(state);
    }
}
