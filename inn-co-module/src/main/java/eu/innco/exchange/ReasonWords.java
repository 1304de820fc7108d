package eu.innco.exchange;

import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.i18n.messages.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Words a match's reasons in a reader's language ("same sector; serves Poland; speaks Polish"):
 * sectors and countries by the organisation type's labels, languages by their names in that
 * language, the rest by the portal bundles' {@code exchange.reason.*}.
 */
public final class ReasonWords {
    private final Messages messages;
    private final java.util.Map<String, String> sentences = new java.util.concurrent.ConcurrentHashMap<>();
    private final Optional<PropertyDefinition> sectors;
    private final Optional<PropertyDefinition> countries;

    public ReasonWords(Messages messages, ContentTypeRegistry types) {
        this.messages = messages;
        this.sectors = types.require("organisation").property("sectors");
        this.countries = types.require("organisation").property("country");
    }

    /** The reasons joined by the bundle's separator; kept, since few combinations recur in many matches. */
    public String sentence(List<Reason> reasons, String locale) {
        String key = locale + reasons;
        String kept = sentences.get(key);
        if (kept != null) return kept;
        String s = String.join(messages.format("exchange.reason.separator", locale) + " ", words(reasons, locale));
        if (sentences.size() > 20_000) sentences.clear(); // bounded: a burst of rare combinations starts it again
        sentences.put(key, s);
        return s;
    }

    public List<String> words(List<Reason> reasons, String locale) {
        List<String> out = new ArrayList<>();
        for (Reason r : reasons) {
            out.add(switch (r.kind()) {
                case "sector" -> messages.format("exchange.reason.sector", locale, "count", r.values().size(),
                        "sectors", join(r.values().stream().map(v -> label(sectors, v, locale)).toList(), locale));
                case "serves" -> messages.format("exchange.reason.serves", locale,
                        "countries", join(r.values().stream().map(v -> country(v, locale)).toList(), locale));
                case "speaks" -> messages.format("exchange.reason.speaks", locale,
                        "languages", join(r.values().stream().map(v -> language(v, locale)).toList(), locale));
                default -> messages.format("exchange.reason." + r.kind(), locale);
            });
        }
        return out;
    }

    public String country(String code, String locale) {
        return label(countries, code, locale);
    }

    public String sector(String code, String locale) {
        return label(sectors, code, locale);
    }

    /** A language's name in the reader's language ({@code pl} read in English: "Polish"). */
    public static String language(String code, String locale) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag(locale));
        return name.isEmpty() ? code : name;
    }

    private String join(List<String> parts, String locale) {
        if (parts.size() < 2) return parts.isEmpty() ? "" : parts.get(0);
        String and = messages.format("exchange.reason.and", locale);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + and + " " + parts.get(parts.size() - 1);
    }

    private static String label(Optional<PropertyDefinition> p, String value, String locale) {
        return p.flatMap(d -> d.rules().option(value)).map(o -> o.label(locale)).orElse(value);
    }
}
