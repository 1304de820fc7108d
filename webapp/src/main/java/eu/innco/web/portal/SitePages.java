package eu.innco.web.portal;

import eu.innco.delivery.Page;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The home page, search, about and accessibility pages of each locale, and the map and calendar addresses at its top level. */
@Path(PortalPages.LOCALE)
public final class SitePages {
    private final Portal portal;

    SitePages(Portal portal) {
        this.portal = portal;
    }

    @GET
    public Response home(@PathParam("locale") String locale, @Context UriInfo uri, @HeaderParam("If-None-Match") String inm) {
        return portal.respond(locale, uri, inm, call -> {
            View v = new View("home.ftlh", call.t("site.name") + " · " + call.t("site.description"));
            v.description(call.t("portal.home.lead"));
            // the latest in the reader's own language first: a Polish reader is shown the Polish ones before English fallbacks
            v.put("caseStudies", Queries.items(call, Sections.CASE_STUDIES, "orderBy", "publicationDate desc", "limit", "3",
                    "otherLanguages", "ranked"));
            v.put("events", Queries.items(call, Sections.EVENTS, "orderBy", "startDate desc", "limit", "4"));
            v.put("campaigns", Queries.items(call, Sections.CAMPAIGNS, "orderBy", "startDate desc", "limit", "3"));
            v.put("guide", Queries.items(call, Sections.GUIDES, "limit", "1").stream().findFirst().orElse(null));
            v.put("conditions", Queries.items(call, Sections.CONDITIONS, "orderBy", "number asc", "limit", "5"));
            List<Map<String, Object>> partners = Queries.items(call, Sections.ORGANISATIONS, "role", "partner", "orderBy", "country asc", "limit", "20");
            v.put("partners", partners);
            v.put("mapCount", Queries.page(call, Sections.ORGANISATIONS, Queries.of("limit", "1")).total());
            v.jsonLd = JsonLd.partnership(call).put("member", partners.stream().map(p -> (Object) JsonLd.of("Organization")
                    .put("name", p.get("name")).put("url", call.abs(p.get("_url").toString()))).toList()).write();
            return portal.layout.page(call, v);
        });
    }

    @GET
    @Path("about")
    public Response about(@PathParam("locale") String locale, @Context UriInfo uri, @HeaderParam("If-None-Match") String inm) {
        return portal.respond(locale, uri, inm, call -> {
            View v = new View("about.ftlh", call.t("portal.about.title"));
            v.description(call.t("portal.about.lead"));
            v.put("partners", Queries.items(call, Sections.ORGANISATIONS, "role", "partner", "orderBy", "country asc", "limit", "20"));
            v.jsonLd = JsonLd.partnership(call).write();
            return portal.layout.page(call, v);
        });
    }

    @GET
    @Path("accessibility")
    public Response accessibility(@PathParam("locale") String locale, @Context UriInfo uri, @HeaderParam("If-None-Match") String inm) {
        return portal.respond(locale, uri, inm, call -> portal.layout.page(call, new View("accessibility.ftlh", call.t("portal.accessibility.title"))
                .description(call.t("portal.accessibility.lead"))));
    }

    @GET
    @Path("search")
    public Response search(@PathParam("locale") String locale, @Context UriInfo uri, @HeaderParam("If-None-Match") String inm) {
        return portal.respond(locale, uri, inm, call -> {
            String q = call.query("q");
            if (q.length() > 200) q = q.substring(0, 200);
            View v = new View("search.ftlh", q.isEmpty() ? call.t("nav.search") : call.t("portal.search.title", "query", q));
            v.put("q", q);
            List<Map<String, Object>> groups = new ArrayList<>();
            long total = 0;
            if (!q.isEmpty()) {
                for (Sections s : List.of(Sections.CASE_STUDIES, Sections.ORGANISATIONS, Sections.MATERIALS, Sections.EVENTS,
                        Sections.CONDITIONS, Sections.TECHNIQUES, Sections.GUIDES)) {
                    Page p = Queries.page(call, s, Queries.of("q", q, "limit", "10"));
                    if (p.total() == 0) continue;
                    total += p.total();
                    Map<String, Object> g = new LinkedHashMap<>();
                    g.put("type", s.type());
                    g.put("total", p.total());
                    g.put("results", Items.of(p.results(), call.locale));
                    groups.add(g);
                }
            }
            v.put("groups", groups).put("total", total);
            return portal.layout.page(call, v);
        });
    }

    @GET
    @Path("map")
    public Response map(@PathParam("locale") String locale, @Context UriInfo uri, @HeaderParam("If-None-Match") String inm) {
        return portal.respond(locale, uri, inm, call -> OrganisationPages.map(call));
    }

    @GET
    @Path("events.ics")
    public Response calendar(@PathParam("locale") String locale, @Context UriInfo uri, @HeaderParam("If-None-Match") String inm) {
        return portal.respond(locale, uri, inm, Calendars::all);
    }

    @GET
    @Path("guide.pdf")
    public Response guidePdf(@PathParam("locale") String locale, @Context UriInfo uri, @HeaderParam("If-None-Match") String inm) {
        // not through the page cache: the PDF has its own (GuidePdf), one per locale
        if (!portal.site.contains(locale)) throw new jakarta.ws.rs.NotFoundException();
        PortalCall call = new PortalCall(portal, locale, uri, portal.delivery.generation(), false);
        return portal.answer(portal.pdf.of(call), inm, call.base);
    }
}
