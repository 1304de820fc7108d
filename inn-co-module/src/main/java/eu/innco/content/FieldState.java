package eu.innco.content;

/**
 * The translation state of one localised value (a field path such as {@code body} or
 * {@code whatHelped.1}) in one locale, and whether its source value changed since it was translated.
 */
public record FieldState(String state, boolean outdated) {}
