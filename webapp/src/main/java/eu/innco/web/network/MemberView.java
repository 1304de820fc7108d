package eu.innco.web.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.network.ApplicationFields;
import eu.innco.network.Member;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

/** The member's account page: the organisation's values for the forms, the messages beside them, the people. */
final class MemberView {
    private MemberView() {}

    static Response page(NetworkWeb web, String locale, UriInfo uri, MemberPages.Call call, int status, Map<String, String> errors,
                         Map<String, Object> sent, String notice) {
        ObjectNode org = web.services.network.profiles.organisation(call.member());
        JsonNode p = org.path("properties");
        Map<String, Object> values = sent != null ? sent : values(p, locale);
        Map<String, Object> m = JoinModel.of(web.frame, web.services.network.validator, locale, values, errors, call.session().csrf(), "");
        m.put("organisation", p.path("name").asText());
        m.put("country", web.frame.options(web.services.network.validator.options("country"), locale, false).stream()
                .filter(o -> o.get("value").equals(p.path("country").asText())).map(o -> o.get("label")).findFirst().orElse(""));
        List<Map<String, String>> translations = new ArrayList<>();
        for (String l : web.frame.locales()) {
            if (l.equals(locale)) continue;
            translations.add(Map.of("code", l, "name", web.frame.t(locale, "language." + l),
                    "text", eu.innco.web.network.MemberView.text(p.path("description").path(l).asText(""))));
        }
        m.put("translations", translations);
        m.put("people", web.services.network.accounts.colleagues(call.member()).stream().map(Member::name).sorted().toList());
        m.put("tiles", web.frame.tiles());
        if (notice != null) m.put("notice", notice);
        return web.html(status, web.frame.render(locale, uri, "account.ftlh", web.frame.t(locale, "network.account.title"), m));
    }

    static Map<String, Object> values(JsonNode p, String locale) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", p.path("name").asText(""));
        v.put("kind", p.path("kind").asText(""));
        v.put("city", p.path("city").asText(""));
        v.put("lat", p.path("location").has("lat") ? p.path("location").path("lat").asText() : "");
        v.put("lon", p.path("location").has("lon") ? p.path("location").path("lon").asText() : "");
        v.put("website", p.path("website").asText(""));
        v.put("sectors", strings(p.path("sectors")));
        v.put("languages", strings(p.path("languages")));
        v.put("description", text(p.path("description").path(locale).asText("")));
        return v;
    }

    /** The profile form checked as an application would be, the country and the people aside (they do not change here). */
    static Map<String, String> check(NetworkWeb web, JoinForm f, Member member) {
        String country = web.services.network.profiles.organisation(member).path("properties").path("country").asText();
        ApplicationFields x = f.fields;
        ApplicationFields fields = new ApplicationFields(x.name(), x.kind(), country, x.city(), x.lat(), x.lon(), x.sectors(), x.languages(),
                x.description(), x.website(), member.name().isEmpty() ? "--" : member.name(), member.email());
        Map<String, String> errors = web.services.network.validator.check(fields, true);
        errors.remove("contactName");
        errors.remove("contactEmail");
        if (f.logoError != null) errors.put("logo", f.logoError);
        return errors;
    }

    static ObjectNode properties(JoinForm f, String locale) {
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        ApplicationFields x = f.fields;
        p.put("name", x.name());
        p.put("kind", x.kind());
        p.put("city", x.city());
        p.putObject("location").put("lat", x.lat()).put("lon", x.lon());
        if (x.website().isEmpty()) p.putNull("website"); else p.put("website", x.website());
        ArrayNode sectors = p.putArray("sectors");
        x.sectors().forEach(sectors::add);
        ArrayNode languages = p.putArray("languages");
        x.languages().forEach(languages::add);
        p.putObject("description").put(locale, html(x.description()));
        return p;
    }

    /** The CSRF field of a multipart form, for the session check. */
    static MultivaluedMap<String, String> csrfOnly(FormDataMultiPart form) {
        MultivaluedMap<String, String> m = new MultivaluedHashMap<>();
        m.putSingle("_csrf", JoinForm.one(form, "_csrf"));
        return m;
    }

    static String html(String text) {
        StringBuilder b = new StringBuilder();
        for (String para : text.strip().split("\\R\\s*\\R")) {
            if (para.isBlank()) continue;
            b.append("<p>").append(escape(para.strip()).replaceAll("\\R", "<br>")).append("</p>");
        }
        return b.toString();
    }

    static String text(String html) {
        String t = html.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</p>\\s*<p>", "\n\n").replaceAll("<[^>]*>", "");
        return t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").strip();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(x -> out.add(x.asText()));
        return out;
    }
}
