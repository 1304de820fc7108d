package eu.innco.i18n.translation;

/**
 * One localised value that needs work in a locale: {@code missing} (the source has it, the locale
 * not) or {@code outdated} (the source value changed since the translation was made). Gives the
 * source value now and, for outdated values, as it was when translated, so an editor sees what changed.
 */
public record FieldWork(String path, String need, Object source, Object sourceAtTranslation, Object value) {
    public static final String MISSING = "missing";
    public static final String OUTDATED = "outdated";
}
