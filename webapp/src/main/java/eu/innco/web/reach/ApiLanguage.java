package eu.innco.web.reach;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The language a delivery API read is counted under: the answer's {@code Content-Language} (the
 * locale the values are in, a fallback's own one included), {@code all} for an answer in every
 * language ({@code lang=all}), nothing for an answer without one (the OpenAPI document).
 */
final class ApiLanguage {
    static final String ALL = "all";
    /** Compiled once: String.matches compiled it for every delivery read. */
    private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})?");

    private ApiLanguage() {}

    static String of(String contentLanguage) {
        if (contentLanguage == null || contentLanguage.isBlank()) return "";
        if (contentLanguage.indexOf(',') >= 0) return ALL;
        String tag = contentLanguage.trim().toLowerCase(Locale.ROOT);
        // a header the server wrote, but counted keys are stored: keep to the shape of a language tag
        return TAG.matcher(tag).matches() ? tag : "";
    }
}
