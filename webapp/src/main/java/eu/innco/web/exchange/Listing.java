package eu.innco.web.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.delivery.Page;
import eu.innco.exchange.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads published offers and needs from the delivery index for pages and the feed: the visitor's
 * filters and words become delivery parameters (items past their day left out), and each result
 * becomes what a template shows, labels in the page's language.
 */
final class Listing {
    static final ObjectMapper JSON = new ObjectMapper();
    /** The filters of the exchange page and the delivery property each one reads. */
    static final Map<String, String> FILTERS = Map.of("category", "category", "sector", "sectors", "country", "countries", "language", "languages");
    private final ExchangeWeb web;

    Listing(ExchangeWeb web) {
        this.web = web;
    }

    /**
     * One page of a kind's items that the visitor's filters and words find. Without words every item
     * is listed, whatever its language (members write in their own); words are searched in the
     * visitor's language, among the items written or translated in it.
     */
    Page page(Kind kind, String locale, Map<String, String> filters, String words, int limit, int offset) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        FILTERS.forEach((name, property) -> {
            String v = filters.getOrDefault(name, "");
            if (!v.isEmpty()) p.put(property, List.of(v));
        });
        p.put("validUntil[gte]", List.of(web.today().toString()));
        if (words.isBlank()) p.put("orderBy", List.of("mgnl:created desc"));
        else p.put("q", List.of(words));
        p.put("limit", List.of(Integer.toString(limit)));
        p.put("offset", List.of(Integer.toString(offset)));
        return web.services.delivery.query(kind.plural, words.isBlank() ? "all" : locale, p);
    }

    List<Map<String, Object>> items(Kind kind, Page page, String locale) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (byte[] b : page.results()) out.add(item(kind, parse(b), locale));
        return out;
    }

    /** What a template shows of one item. */
    Map<String, Object> item(Kind kind, JsonNode j, String locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        String id = j.path("@id").asText();
        m.put("id", id);
        m.put("kind", kind.type);
        m.put("href", "/" + locale + "/exchange/" + kind.plural + "/" + id);
        String lang = j.path("@locale").asText(locale);
        JsonNode title = j.path("title");
        if (title.isObject()) {
            // the language-neutral document holds every language: the reader's if there, else the item's first
            lang = title.has(locale) || !title.fieldNames().hasNext() ? locale : title.fieldNames().next();
        }
        m.put("title", text(title, lang));
        m.put("description", text(j.path("description"), lang));
        m.put("lang", lang);
        // the language's name as a word of the page's sentence ("en polonais"), not its own name ("Polski")
        m.put("langName", eu.innco.exchange.ReasonWords.language(lang, locale));
        m.put("category", web.category(locale, j.path("category").asText("")));
        m.put("sectors", labels(j.path("sectors"), v -> web.exchange.words.sector(v, locale)));
        m.put("countries", labels(j.path("countries"), v -> web.exchange.words.country(v, locale)));
        m.put("remote", j.path("remote").asBoolean(false));
        m.put("languages", labels(j.path("languages"), v -> eu.innco.exchange.ReasonWords.language(v, locale)));
        m.put("validUntil", j.path("validUntil").asText("").length() >= 10 ? j.path("validUntil").asText().substring(0, 10) : "");
        m.put("published", j.path("mgnl:created").asText(""));
        m.put("member", web.exchange.titles.memberName(j.path("member").asText("")));
        m.put("memberId", j.path("member").asText(""));
        m.put("memberCountry", web.exchange.words.country(j.path("memberCountry").asText(""), locale));
        return m;
    }

    private static String text(JsonNode value, String lang) {
        return value.isObject() ? value.path(lang).asText("") : value.asText("");
    }

    private static List<String> labels(JsonNode array, java.util.function.Function<String, String> label) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(label.apply(v.asText())));
        return out;
    }

    static JsonNode parse(byte[] b) {
        try {
            return JSON.readTree(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
