package eu.innco.i18n.xliff;

import eu.innco.ErrorCode;
import eu.innco.FieldError;
import eu.innco.InncoException;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.site.SiteLocales;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a translators' file holds: the target locale, the source locale (the site's default unless
 * asked), the content types (all with localised values unless asked), some items only, and the
 * unit states wanted (by default what needs translation: missing, draft and outdated).
 */
public record XliffSelection(String target, String source, List<String> types, Set<String> items, Set<String> states) {
    public static final List<String> STATES = List.of("missing", "draft", "translated", "reviewed", "outdated");
    public static final Set<String> NEEDS_TRANSLATION = Set.of("missing", "draft", "outdated");

    public XliffSelection {
        types = List.copyOf(types);
        items = Set.copyOf(items);
        states = Set.copyOf(states);
    }

    /** Reads the query parameters ({@code type}, {@code items} and {@code states} comma-separated); every mistake in one 400. */
    public static XliffSelection of(SiteLocales locales, ContentTypeRegistry registry, String locale, String source, String type,
                                    String items, String states) {
        List<FieldError> errors = new ArrayList<>();
        if (locale == null || locale.isBlank()) errors.add(new FieldError("locale", "is required: the target locale, one of " + locales.locales()));
        else if (!locales.contains(locale)) errors.add(new FieldError("locale", "is not a site locale; use one of " + locales.locales()));
        String src = source == null || source.isBlank() ? locales.defaultLocale() : source.trim();
        if (!locales.contains(src)) errors.add(new FieldError("source", "is not a site locale; use one of " + locales.locales()));
        else if (src.equals(locale)) errors.add(new FieldError("source", "must differ from the target locale"));
        List<String> typeNames = new ArrayList<>();
        for (String t : split(type)) {
            if (registry.get(t).isEmpty()) errors.add(new FieldError("type", "'" + t + "' is not a content type"));
            else typeNames.add(t);
        }
        if (typeNames.isEmpty() && errors.stream().noneMatch(e -> e.path().equals("type"))) {
            registry.all().stream().filter(t -> t.hasLocalisedProperties()).forEach(t -> typeNames.add(t.name()));
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String id : split(items)) {
            if (id.matches("[0-9a-fA-F-]{36}")) ids.add(id.toLowerCase());
            else errors.add(new FieldError("items", "'" + id + "' is not an item id (a UUID)"));
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String s : split(states)) {
            if (STATES.contains(s)) wanted.add(s);
            else errors.add(new FieldError("states", "'" + s + "' is not one of " + STATES));
        }
        if (!errors.isEmpty()) throw InncoException.invalid(ErrorCode.XLIFF_001, "Invalid export parameters: " + errors.get(0).path()
                + " " + errors.get(0).message(), errors);
        return new XliffSelection(locale, src, typeNames, ids, wanted.isEmpty() ? NEEDS_TRANSLATION : wanted);
    }

    private static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        if (list == null) return out;
        for (String s : list.split(",")) if (!s.isBlank()) out.add(s.trim());
        return out;
    }
}
