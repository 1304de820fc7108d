package eu.innco.network;

import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.contenttype.field.Option;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an application field by field. The choices (kinds, countries, NACE sections) are the
 * organisation content type's own options, so that what a member picks is what the map filters on.
 * Each problem is a message key of the portal bundles ({@code network.error.*}), shown beside its field.
 */
public final class ApplicationValidator {
    /** Working languages offered: the EU's official languages and the other languages of its neighbours. */
    public static final List<String> LANGUAGES = List.of("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr",
            "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "sq", "mk", "sr", "tr", "uk", "ar");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"()\\[\\],;:]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,63}");
    static final int DESCRIPTION_MAX = 1000;

    private final ContentTypeDefinition organisation;

    public ApplicationValidator(ContentTypeRegistry types) {
        this.organisation = types.require("organisation");
    }

    public List<Option> options(String property) {
        return organisation.property(property).map(p -> p.rules().options()).orElse(List.of());
    }

    /** The problems, by field name, in form order; empty when the application may be stored. */
    public Map<String, String> check(ApplicationFields f, boolean termsAccepted) {
        Map<String, String> e = new LinkedHashMap<>();
        text(e, "name", f.name(), 2, 200);
        if (!allowed("kind", f.kind())) e.put("kind", "network.error.choose");
        if (!allowed("country", f.country())) e.put("country", "network.error.choose");
        text(e, "city", f.city(), 1, 100);
        if (f.lat() == null || f.lon() == null) e.put("location", "network.error.location");
        else if (f.lat() < -90 || f.lat() > 90 || f.lon() < -180 || f.lon() > 180 || f.lat().isNaN() || f.lon().isNaN()) {
            e.put("location", "network.error.coordinates");
        }
        if (f.sectors().isEmpty() || f.sectors().size() > 5) e.put("sectors", "network.error.sectors");
        else if (!f.sectors().stream().allMatch(s -> allowed("sectors", s))) e.put("sectors", "network.error.choose");
        if (f.languages().isEmpty()) e.put("languages", "network.error.languages");
        else if (!LANGUAGES.containsAll(f.languages())) e.put("languages", "network.error.choose");
        text(e, "description", f.description(), 20, DESCRIPTION_MAX);
        if (!f.website().isEmpty() && !website(f.website())) e.put("website", "network.error.website");
        text(e, "contactName", f.contactName(), 2, 100);
        if (f.contactEmail().isEmpty()) e.put("contactEmail", "network.error.required");
        else if (f.contactEmail().length() > 254 || !EMAIL.matcher(f.contactEmail()).matches()) e.put("contactEmail", "network.error.email");
        if (!termsAccepted) e.put("terms", "network.error.terms");
        return e;
    }

    private boolean allowed(String property, String value) {
        return !value.isEmpty() && options(property).stream().anyMatch(o -> o.value().equals(value));
    }

    private static void text(Map<String, String> e, String field, String value, int min, int max) {
        if (value.isEmpty()) e.put(field, "network.error.required");
        else if (value.codePointCount(0, value.length()) < min) e.put(field, "network.error.tooShort");
        else if (value.codePointCount(0, value.length()) > max) e.put(field, "network.error.tooLong");
        else if (value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) e.put(field, "network.error.characters");
    }

    static boolean website(String url) {
        try {
            URI u = new URI(url);
            return Set.of("http", "https").contains(String.valueOf(u.getScheme()).toLowerCase(java.util.Locale.ROOT))
                    && u.getHost() != null && u.getHost().contains(".") && url.length() <= 300;
        } catch (java.net.URISyntaxException ex) {
            return false;
        }
    }
}
