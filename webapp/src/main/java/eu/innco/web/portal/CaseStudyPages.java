package eu.innco.web.portal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.delivery.Page;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Case studies: the filtered, paged list and one case study with everything it links to. */
@Path(PortalPages.LOCALE + "/case-studies")
public final class CaseStudyPages {
    static final int PAGE = 10;
    private final Portal portal;

    CaseStudyPages(Portal portal) {
        this.portal = portal;
    }

    @GET
    public Response list(@PathParam("locale") String locale, @Context UriInfo uri, @HeaderParam("If-None-Match") String inm) {
        return portal.respond(locale, uri, inm, call -> {
            var params = Queries.of("country", call.query("country"), "partnerTheme", call.query("theme"),
                    "conditions", call.query("condition"), "orderBy", "publicationDate desc,@name asc", "limit", Integer.toString(PAGE),
                    "offset", Integer.toString((call.page() - 1) * PAGE));
            if (!call.query("kind").isEmpty()) params.put("organisations[in]", List.of(inOrNone(
                    Queries.ids(call, Sections.ORGANISATIONS, "kind", call.query("kind")))));
            Page p = Queries.page(call, Sections.CASE_STUDIES, params);
            View v = new View("case-studies.ftlh", call.t("nav.caseStudies"));
            v.description(call.t("portal.caseStudies.lead"));
            v.put("items", Queries.items(call, Sections.CASE_STUDIES, params)).put("paging", Queries.paging(call, p.total(), PAGE))
                    .put("filters", Filters.form(call, "caseStudy")).put("filtered", Filters.any(call));
            return portal.layout.page(call, v);
        });
    }

    @GET
    @Path("{slug}")
    public Response detail(@PathParam("locale") String locale, @PathParam("slug") String slug, @Context UriInfo uri,
                           @HeaderParam("If-None-Match") String inm) {
        return portal.item(locale, slug, uri, inm, Sections.CASE_STUDIES, CaseStudyPages::view);
    }

    /** The page of one case study, from the public index or from a draft (preview). */
    static View view(PortalCall call, JsonNode json) {
        PreparedHash prepared = call.prepared(json);
        Map<String, Object> item = prepared.map();
        View v = new View("case-study.ftlh", String.valueOf(item.get("title")));
        v.description(String.valueOf(item.getOrDefault("summary", ""))).put("item", prepared);
        v.ogType = "article";
        List<String> conditionIds = ids(item.get("conditions"));
        if (!conditionIds.isEmpty()) {
            v.put("materials", Queries.items(call, Sections.MATERIALS, "conditions[in]", String.join("|", conditionIds), "limit", "4"));
        }
        if (item.get("seminar") instanceof String id) {
            ItemLookup.byId(call, Sections.EVENTS.endpoint(), id).ifPresent(e -> v.put("seminar", call.prepared(e)));
        }
        // made from the item, the site's address and its texts only: kept with the item's model (and its bytes, see KeptUtf8)
        v.jsonLd = prepared.derived("jsonLd " + call.base, () -> eu.innco.web.KeptUtf8.keep(jsonLd(call, item, v.description)));
        return v;
    }

    private static String jsonLd(PortalCall call, Map<String, Object> item, String description) {
        return JsonLd.of("Article").item(call, item, null, description).put("headline", item.get("title"))
                .put("datePublished", item.get("publicationDate")).put("publisher", JsonLd.partnership(call))
                .put("author", JsonLd.partnership(call)).put("license", call.portal.settings.licenceUrl())
                .put("about", ((List<?>) item.getOrDefault("conditions", List.of())).stream()
                        .map(c -> (Object) JsonLd.of("Thing").put("name", ((Map<?, ?>) c).get("title"))).toList()).write();
    }

    static List<String> ids(Object references) {
        List<String> out = new ArrayList<>();
        if (references instanceof List<?> l) for (Object o : l) if (o instanceof Map<?, ?> m && m.get("@id") != null) out.add(m.get("@id").toString());
        return out;
    }

    static String inOrNone(List<String> ids) {
        return ids.isEmpty() ? "00000000-0000-0000-0000-000000000000" : String.join("|", ids);
    }
}
