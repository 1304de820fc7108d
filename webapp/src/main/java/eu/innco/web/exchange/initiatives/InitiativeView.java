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
        // the language the texts are in, when it is not the page's (an initiative not translated yet)
        String itemLang = j.path("@locale").asText(locale);
        m.put("lang", itemLang.equals(locale) ? "" : itemLang);
        m.put("title", j.path("title").asText());
        m.put("goal", j.path("goal").asText());
        m.put("impact", j.path("impact").asText());
        m.put("status", j.path("status").asText());
        var v = web.services.collaboration.validator;
        m.put("statusLabel", web.t(locale, "exchange.status." + j.path("status").asText("open")));
        m.put("kinds", labels(v.options("kinds"), j.path("partnerKinds"), locale));
        m.put("skills", labels(v.options("skills"), j.path("skills"), locale));
        m.put("countries", labels(v.options("countries"), j.path("countries"), locale));
        m.put("startDate", j.path("startDate").asText("").replaceAll("T.*", ""));
        m.put("endDate", j.path("endDate").asText("").replaceAll("T.*", ""));
        m.put("organisation", organisation(j.path("organisation"), locale));
        List<Map<String, String>> partners = new ArrayList<>();
        for (JsonNode p : j.path("partners")) if (p.isObject()) partners.add(organisation(p, locale));
        m.put("partners", partners);
        m.put("updated", j.path("mgnl:lastActivated").asText(""));
        return m;
    }

    private static Map<String, String> organisation(JsonNode o, String locale) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", o.path("@id").asText(""));
        m.put("name", o.path("name").asText(""));
        m.put("url", "/" + locale + "/organisations/" + o.path("@name").asText(""));
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
