package eu.innco.content;

import java.time.Instant;
import java.util.Map;

/**
 * The state of one locale of an item: its translation state (missing, draft, translated,
 * reviewed; the lowest state of its values), whether the source changed since it was translated,
 * when it was last published, whether the working copy changed since, and the state of each
 * localised value by path (values the source has and this locale lacks are {@code missing}).
 */
public record LocaleState(String translation, boolean outdated, Instant published, boolean modifiedSincePublished,
                          Map<String, FieldState> fields) {
    public LocaleState {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    public LocaleState(String translation, boolean outdated, Instant published, boolean modifiedSincePublished) {
        this(translation, outdated, published, modifiedSincePublished, Map.of());
    }
}
