package eu.innco.exchange;

import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.contenttype.field.Option;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks what a member sent for an offer or a need. Each mistake is a message key of the portal
 * bundles ({@code exchange.error.<field>}) under the field's name, so that the page shows it beside
 * the field in the visitor's language. Sectors and countries are those of the organisation type.
 */
public final class PostingRules {
    /** How far ahead an item may be valid: a year keeps the exchange current. */
    public static final int MAX_DAYS = 366;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private final Categories categories;
    private final Set<String> sectors;
    private final Set<String> countries;

    public PostingRules(Categories categories, ContentTypeRegistry types) {
        this.categories = categories;
        this.sectors = values(types, "sectors");
        this.countries = values(types, "country");
    }

    private static Set<String> values(ContentTypeRegistry types, String property) {
        return types.require("organisation").property(property).map(p -> p.rules().options().stream().map(Option::value)
                .collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    /** The form's raw values. */
    public record Form(String title, String description, String category, List<String> sectors, List<String> countries,
                       boolean remote, List<String> languages, String validUntil) {}

    /** The mistakes of a form (field to message key); empty when it may be saved. */
    public Map<String, String> check(Form f, LocalDate today) {
        Map<String, String> e = new LinkedHashMap<>();
        String title = f.title() == null ? "" : f.title().strip();
        if (title.length() < 3 || title.length() > 200) e.put("title", "exchange.error.postTitle");
        if (f.description() != null && f.description().strip().length() > 4000) e.put("description", "exchange.error.description");
        if (f.category() == null || !categories.contains(f.category())) e.put("category", "exchange.error.category");
        if (f.sectors().isEmpty() || !sectors.containsAll(f.sectors())) e.put("sectors", "exchange.error.sectors");
        if ((f.countries().isEmpty() && !f.remote()) || !countries.containsAll(f.countries())) e.put("countries", "exchange.error.countries");
        if (f.languages().isEmpty() || f.languages().size() > 24 || !f.languages().stream().allMatch(l -> l.matches("[a-z]{2}") && LANGUAGES.contains(l))) {
            e.put("languages", "exchange.error.languages");
        }
        LocalDate until = date(f.validUntil());
        if (until == null || until.isBefore(today) || until.isAfter(today.plusDays(MAX_DAYS))) e.put("validUntil", "exchange.error.validUntil");
        return e;
    }

    /** The checked posting of a form without mistakes. */
    public Posting posting(Kind kind, String locale, Form f) {
        return new Posting(kind, locale, f.title().strip(), f.description() == null ? "" : f.description().strip(), f.category(),
                f.sectors().stream().distinct().sorted().toList(), f.countries().stream().distinct().sorted().toList(), f.remote(),
                f.languages().stream().distinct().toList(), date(f.validUntil()));
    }

    private static LocalDate date(String s) {
        try {
            return s == null ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException ex) {
            return null;
        }
    }
}
