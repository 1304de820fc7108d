package eu.innco.content;

import java.util.Optional;

/**
 * One locale's translation state as an export file carries it: the state and, for a translation,
 * what it was made from: the locale, the hash of that locale's localised values then (what
 * "outdated" is measured against) and those values when they are known. Parts left empty are
 * filled in on import as an edit would fill them.
 */
public record TranslationMark(String state, Optional<String> from, Optional<String> sourceHash, Optional<ItemValues> source) {
    public static TranslationMark of(String state) {
        return new TranslationMark(state, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** True when the mark says nothing about the source snapshot, only the state. */
    public boolean stateOnly() {
        return from.isEmpty() && sourceHash.isEmpty() && source.isEmpty();
    }

    public boolean isMarked() {
        return "translated".equals(state) || "reviewed".equals(state);
    }
}
