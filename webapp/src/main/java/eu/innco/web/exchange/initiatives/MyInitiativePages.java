package eu.innco.web.exchange.initiatives;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.exchange.initiatives.InitiativeFields;
import eu.innco.exchange.initiatives.Initiatives;
import eu.innco.web.network.MemberDoor;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /{locale}/account/initiatives}: a member's own initiatives, proposing one in the page's
 * language, and for each: translations, the status, the interest received and accepting partners.
 */
@Path("{locale: [a-z]{2}}/account/initiatives")
public final class MyInitiativePages {
    private final ExchangeWeb web;

    MyInitiativePages(ExchangeWeb web) {
        this.web = web;
    }

    @GET
    public Response overview(@PathParam("locale") String locale, @Context UriInfo uri, @Context HttpHeaders headers) {
        MemberDoor.Signed s = web.member(locale, uri, headers, null);
        return overview(locale, uri, s, 200, Map.of(), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response propose(@PathParam("locale") String locale, @Context UriInfo uri, @Context HttpHeaders headers,
                            MultivaluedMap<String, String> form) {
        MemberDoor.Signed s = web.member(locale, uri, headers, form);
        InitiativeFields f = new InitiativeFields(ExchangeWeb.one(form, "title"), ExchangeWeb.one(form, "goal"), ExchangeWeb.one(form, "impact"),
                list(form, "kinds"), list(form, "skills"), list(form, "countries"), ExchangeWeb.one(form, "startDate"), ExchangeWeb.one(form, "endDate"));
        Map<String, String> errors = web.services.collaboration.validator.check(f);
        if (!errors.isEmpty()) return overview(locale, uri, s, 400, errors, values(f));
        Optional<Response> limited = eu.innco.web.exchange.PostingLimit.take(web.services.exchange.quota, s.member().organisation(), headers,
                (n, h) -> web.note(locale, uri, 429, "postLimited", Map.of("count", n, "hours", h)));
        if (limited.isPresent()) return limited.get();
        String id = web.services.collaboration.initiatives.propose(s.member(), f, locale);
        return Response.seeOther(URI.create("/" + locale + "/account/initiatives/" + id)).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{id: [0-9a-f-]{36}}")
    public Response manage(@PathParam("locale") String locale, @PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        MemberDoor.Signed s = web.member(locale, uri, headers, null);
        return manage(locale, uri, s, id, 200, Map.of(), null);
    }

    @POST
    @Path("{id: [0-9a-f-]{36}}/{action: status|translation|accept}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("locale") String locale, @PathParam("id") String id, @PathParam("action") String action,
                        @Context UriInfo uri, @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
        MemberDoor.Signed s = web.member(locale, uri, headers, form);
        var c = web.services.collaboration;
        switch (action) {
            case "status" -> c.initiatives.status(s.member(), id, ExchangeWeb.one(form, "status"));
            case "accept" -> c.partners.accept(s.member(), id, ExchangeWeb.one(form, "organisation"));
            default -> {
                String language = ExchangeWeb.one(form, "language");
                Map<String, String> errors = new java.util.LinkedHashMap<>(c.validator.checkTexts(ExchangeWeb.one(form, "title"),
                        ExchangeWeb.one(form, "goal"), ExchangeWeb.one(form, "impact")));
                if (!web.frame.hasLocale(language)) errors.put("language", "network.error.choose");
                if (!errors.isEmpty()) return manage(locale, uri, s, id, 400, errors, null);
                c.initiatives.translate(s.member(), id, language, ExchangeWeb.one(form, "title"), ExchangeWeb.one(form, "goal"),
                        ExchangeWeb.one(form, "impact"));
            }
        }
        return manage(locale, uri, s, id, 200, Map.of(), web.t(locale, "exchange.mine.saved"));
    }

    private Response overview(String locale, UriInfo uri, MemberDoor.Signed s, int status, Map<String, String> errors, Map<String, Object> values) {
        Map<String, Object> m = FormModel.of(web, locale, errors, values);
        m.put("csrf", s.csrf());
        m.put("mine", web.services.collaboration.initiatives.mine(s.member(), locale).stream().map(j -> Map.of("id", j.path("id").asText(),
                "title", j.path("title").asText(), "status", web.t(locale, "exchange.status." + j.path("status").asText()),
                "held", j.path("held").asBoolean())).toList());
        String title = web.t(locale, "exchange.mine.title");
        if (!errors.isEmpty()) title = web.t(locale, "network.form.errorsTitle") + " · " + title;
        return web.page(status, locale, uri, "account-initiatives.ftlh", title, m);
    }

    private Response manage(String locale, UriInfo uri, MemberDoor.Signed s, String id, int status, Map<String, String> errors, String notice) {
        var c = web.services.collaboration;
        JsonNode j = c.initiatives.own(s.member(), id);
        JsonNode p = j.path("properties");
        Map<String, Object> m = new HashMap<>();
        m.put("csrf", s.csrf());
        m.put("id", id);
        m.put("name", j.path("name").asText());
        m.put("title", p.path("title").path(locale).asText(p.path("title").path(j.path("sourceLocale").asText()).asText()));
        m.put("status", p.path("status").asText());
        m.put("statuses", Initiatives.STATUSES.stream().map(x -> Map.of("value", x, "label", web.t(locale, "exchange.status." + x))).toList());
        m.put("held", c.abuse.held(id));
        m.put("languages", web.frame.locales().stream().map(l -> Map.of("code", l, "name", web.t(locale, "language." + l))).toList());
        m.put("interest", c.partners.received(s.member(), id));
        m.put("errors", web.translated(locale, errors));
        if (notice != null) m.put("notice", notice);
        return web.page(status, locale, uri, "account-initiative.ftlh", String.valueOf(m.get("title")), m);
    }

    private static Map<String, Object> values(InitiativeFields f) {
        Map<String, Object> v = new HashMap<>();
        v.put("title", f.title());
        v.put("goal", f.goal());
        v.put("impact", f.impact());
        v.put("kinds", f.kinds());
        v.put("skills", f.skills());
        v.put("countries", f.countries());
        v.put("startDate", f.startDate());
        v.put("endDate", f.endDate());
        return v;
    }

    private static List<String> list(MultivaluedMap<String, String> form, String name) {
        return Optional.ofNullable(form.get(name)).map(List::copyOf).orElse(List.of());
    }
}
