package eu.innco.content;

import java.time.Instant;

/**
 * The state of one locale of an item: its translation state (missing, draft, translated,
 * reviewed), whether the source changed since it was translated, when it was last published and
 * whether the working copy changed since.
 */
public record LocaleState(String translation, boolean outdated, Instant published, boolean modifiedSincePublished) {}
