package eu.innco.i18n.translation;

/**
 * One localised value that needs work in a locale: {@code missing} (the source has it, the locale
 * not), {@code outdated} (the source value changed since the translation was made) or {@code draft}
 * (the value's own state is draft). Gives the source value now and, for outdated values, as it was
 * when translated, so an editor sees what changed; and the value's translation state.
 */
public record FieldWork(String path, String need, Object source, Object sourceAtTranslation, Object value, String state) {
    public static final String MISSING = "missing";
    public static final String OUTDATED = "outdated";
    public static final String DRAFT = "draft";
}
