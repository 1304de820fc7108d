package eu.innco.web.exchange.initiatives;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.delivery.Page;
import eu.innco.delivery.StoredNode;
import eu.innco.exchange.contact.PlainText;
import eu.innco.exchange.initiatives.Partners;
import eu.innco.web.network.MemberDoor;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /{locale}/initiatives}: the published initiatives (by status), one initiative with its
 * partners, and a member's expression of interest. Read from the delivery index only, so a held
 * or withdrawn initiative is gone here as everywhere.
 */
@Path("{locale: [a-z]{2}}/initiatives")
public final class InitiativePages {
    static final String ENDPOINT = "initiatives";
    /** Initiatives are read in every language at once, so that one written in French shows on the Greek pages too. */
    static final String ALL = eu.innco.delivery.NodeRenderer.ALL;
    private final ExchangeWeb web;

    InitiativePages(ExchangeWeb web) {
        this.web = web;
    }

    @GET
    public Response list(@PathParam("locale") String locale, @QueryParam("status") String status, @Context UriInfo uri,
                         @Context HttpHeaders headers) {
        web.checkLocale(locale);
        String s = status != null && eu.innco.exchange.initiatives.Initiatives.STATUSES.contains(status) ? status : "";
        Map<String, Object> m = new HashMap<>();
        m.put("items", latest(locale, s, 50));
        m.put("status", s);
        m.put("statuses", eu.innco.exchange.initiatives.Initiatives.STATUSES.stream()
                .map(x -> Map.of("value", x, "label", web.t(locale, "exchange.status." + x))).toList());
        m.put("member", web.door.member(headers).isPresent());
        return web.page(200, locale, uri, "initiatives.ftlh", web.t(locale, "exchange.initiatives.title"), m);
    }

    @GET
    @Path("feed.atom")
    public Response feed(@PathParam("locale") String locale, @Context UriInfo uri) {
        web.checkLocale(locale);
        String xml = InitiativeFeed.write(web.frame.base(uri), locale, web.t(locale, "exchange.initiatives.title"), latest(locale, "", 20));
        return Response.ok(xml, "application/atom+xml; charset=utf-8").header("Cache-Control", "no-cache").build();
    }

    @GET
    @Path("{name: [a-z0-9-]{1,100}}")
    public Response detail(@PathParam("locale") String locale, @PathParam("name") String name, @Context UriInfo uri,
                           @Context HttpHeaders headers) {
        return detail(locale, name, uri, headers, 200, Map.of(), "", null);
    }

    @POST
    @Path("{name: [a-z0-9-]{1,100}}/interest")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response interest(@PathParam("locale") String locale, @PathParam("name") String name, @Context UriInfo uri,
                             @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
        MemberDoor.Signed signed = web.member(locale, uri, headers, form);
        JsonNode item = find(locale, name);
        String message = ExchangeWeb.one(form, "message");
        Optional<String> problem = PlainText.problem(message, Partners.MESSAGE_MIN, Partners.MESSAGE_MAX);
        if (problem.isPresent()) {
            return detail(locale, name, uri, headers, 400, Map.of("message", web.t(locale, problem.get(), "min", Partners.MESSAGE_MIN,
                    "max", Partners.MESSAGE_MAX)), message, null);
        }
        Partners.Outcome o = web.services.collaboration.partners.express(signed.member(), item.path("@id").asText(), PlainText.clean(message),
                web.frame.base(uri));
        int status = o == Partners.Outcome.SENT ? 200 : 409;
        return detail(locale, name, uri, headers, status, Map.of(), "", web.t(locale, "exchange.interest." + o.name().toLowerCase()));
    }

    private Response detail(String locale, String name, UriInfo uri, HttpHeaders headers, int status, Map<String, String> errors,
                            String message, String notice) {
        web.checkLocale(locale);
        Map<String, Object> item = InitiativeView.of(web, locale, find(locale, name));
        Map<String, Object> m = new HashMap<>();
        m.put("item", item);
        m.put("errors", errors);
        m.put("message", message);
        if (notice != null) m.put("notice", notice);
        Optional<MemberDoor.Signed> signed = web.door.member(headers);
        signed.ifPresent(s -> {
            m.put("csrf", s.csrf());
            @SuppressWarnings("unchecked")
            String owner = ((Map<String, String>) item.get("organisation")).get("id");
            m.put("own", owner.equals(s.member().organisation()));
        });
        String title = String.valueOf(item.get("title"));
        if (!errors.isEmpty()) title = web.t(locale, "network.form.errorsTitle") + " · " + title;
        return web.page(status, locale, uri, "initiative.ftlh", title, m);
    }

    /** The published initiatives of a status (all: empty), newest first. */
    List<Map<String, Object>> latest(String locale, String status, int limit) {
        Map<String, List<String>> q = new HashMap<>();
        q.put("orderBy", List.of("mgnl:created desc"));
        q.put("limit", List.of(Integer.toString(limit)));
        if (!status.isEmpty()) q.put("status", List.of(status));
        Page p = web.services.delivery.query(ENDPOINT, ALL, q);
        List<Map<String, Object>> out = new ArrayList<>();
        for (byte[] b : p.results()) out.add(InitiativeView.of(web, locale, InitiativeView.parse(b)));
        return out;
    }

    private JsonNode find(String locale, String name) {
        Optional<StoredNode> n = web.services.delivery.byPath(ENDPOINT, ALL, name);
        if (n.isEmpty()) throw new NotFoundException();
        return InitiativeView.parse(n.get().json());
    }
}
