package eu.innco.exchange.initiatives;

import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.contenttype.field.Option;
import eu.innco.exchange.contact.PlainText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a proposal field by field; the answers are bundle keys shown beside the fields. Kinds and
 * countries are the organisation type's options, skills the initiative type's.
 */
public final class InitiativeValidator {
    public static final int TEXT_MAX = 2000;
    private final List<Option> kinds;
    private final List<Option> countries;
    private final List<Option> skills;

    public InitiativeValidator(ContentTypeRegistry types) {
        this.kinds = options(types, "organisation", "kind");
        this.countries = options(types, "organisation", "country");
        this.skills = options(types, "initiative", "skills");
    }

    public List<Option> options(String property) {
        return switch (property) {
            case "kinds" -> kinds;
            case "countries" -> countries;
            default -> skills;
        };
    }

    public Map<String, String> check(InitiativeFields f) {
        Map<String, String> e = new LinkedHashMap<>();
        text(e, "title", f.title(), 5, 200);
        text(e, "goal", f.goal(), 20, TEXT_MAX);
        text(e, "impact", f.impact(), 20, TEXT_MAX);
        if (!allowed(kinds, f.kinds())) e.put("kinds", "network.error.choose");
        if (f.skills().isEmpty() || !allowed(skills, f.skills())) e.put("skills", "exchange.error.skills");
        if (!allowed(countries, f.countries())) e.put("countries", "network.error.choose");
        Optional<LocalDate> start = date(e, "startDate", f.startDate());
        Optional<LocalDate> end = date(e, "endDate", f.endDate());
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) e.put("endDate", "exchange.error.dates");
        return e;
    }

    /** Checks the texts of a translation (title, goal, impact). */
    public Map<String, String> checkTexts(String title, String goal, String impact) {
        Map<String, String> e = new LinkedHashMap<>();
        text(e, "title", title, 5, 200);
        text(e, "goal", goal, 20, TEXT_MAX);
        text(e, "impact", impact, 20, TEXT_MAX);
        return e;
    }

    private static void text(Map<String, String> e, String field, String value, int min, int max) {
        // lengths are fixed per field, so each has a message that names its own
        PlainText.problem(value, min, max).ifPresent(k -> e.put(field, !k.equals("exchange.error.length") ? k
                : field.equals("title") ? "exchange.error.title" : "exchange.error.text"));
    }

    private static Optional<LocalDate> date(Map<String, String> e, String field, String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException x) {
            e.put(field, "exchange.error.date");
            return Optional.empty();
        }
    }

    private static boolean allowed(List<Option> options, List<String> values) {
        return values.size() <= options.size() && values.stream().allMatch(v -> options.stream().anyMatch(o -> o.value().equals(v)));
    }

    private static List<Option> options(ContentTypeRegistry types, String type, String property) {
        return types.get(type).flatMap(t -> t.property(property)).map(p -> p.rules().options()).orElse(List.of());
    }
}
