package eu.innco.web.exchange.initiatives;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.contenttype.field.Option;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A published initiative's delivery JSON as the templates read it: texts, labels in the page's language, the organisations. */
final class InitiativeView {
    private static final ObjectMapper JSON = new ObjectMapper();

    private InitiativeView() {}

    static JsonNode parse(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> of(ExchangeWeb web, String locale, JsonNode j) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", j.path("@id").asText());
        m.put("name", j.path("@name").asText());
        m.put("url", "/" + locale + "/initiatives/" + j.path("@name").asText());
        // read in every language (lang=all): an initiative not translated yet is shown in its own, marked as such
        String itemLang = language(web, locale, j.path("title"));
        m.put("lang", itemLang.equals(locale) ? "" : itemLang);
        m.put("title", j.path("title").path(itemLang).asText());
        m.put("goal", j.path("goal").path(itemLang).asText());
        m.put("impact", j.path("impact").path(itemLang).asText());
        m.put("status", j.path("status").asText());
        var v = web.services.collaboration.validator;
        m.put("statusLabel", web.t(locale, "exchange.status." + j.path("status").asText("open")));
        m.put("kinds", labels(v.options("kinds"), j.path("partnerKinds"), locale));
        m.put("skills", labels(v.options("skills"), j.path("skills"), locale));
        m.put("countries", labels(v.options("countries"), j.path("countries"), locale));
        m.put("startDate", j.path("startDate").asText("").replaceAll("T.*", ""));
        m.put("endDate", j.path("endDate").asText("").replaceAll("T.*", ""));
        m.put("organisation", organisation(web, j.path("organisation").asText(), locale));
        List<Map<String, String>> partners = new ArrayList<>();
        for (JsonNode p : j.path("partners")) {
            Map<String, String> o = organisation(web, p.asText(), locale);
            if (!o.get("url").isEmpty()) partners.add(o); // a partner that left the network is no longer listed
        }
        m.put("partners", partners);
        m.put("updated", j.path("mgnl:lastActivated").asText(""));
        return m;
    }

    /** The language to show: the page's, else along its fallback chain, else the first the initiative has. */
    static String language(ExchangeWeb web, String locale, JsonNode values) {
        for (String l : web.services.locales.chain(locale)) if (values.path(l).isTextual()) return l;
        var names = values.fieldNames();
        return names.hasNext() ? names.next() : locale;
    }

    /** A member organisation's name and page, in the page's language if it has one there, else in its own. */
    private static Map<String, String> organisation(ExchangeWeb web, String id, String locale) {
        JsonNode o = web.services.delivery.byId("organisations", InitiativePages.ALL, id).map(n -> parse(n.json()))
                .orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
        List<String> available = new ArrayList<>();
        o.path("@availableLocales").forEach(l -> available.add(l.asText()));
        String at = web.services.locales.chain(locale).stream().filter(available::contains).findFirst()
                .map(l -> locale).orElse(available.isEmpty() ? locale : available.get(0));
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", o.path("name").asText(""));
        m.put("url", o.isMissingNode() ? "" : "/" + at + "/organisations/" + o.path("@name").asText(""));
        return m;
    }

    static List<String> labels(List<Option> options, JsonNode values, String locale) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : values) {
            String value = v.asText();
            out.add(options.stream().filter(o -> o.value().equals(value)).map(o -> o.label(locale)).findFirst().orElse(value));
        }
        return out;
    }
}
