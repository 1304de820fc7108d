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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The organisation directory (filters, list, map of the same results), the full map, and one organisation. */
@Path(PortalPages.LOCALE + "/organisations")
public final class OrganisationPages {
    static final int PAGE = 20;
    private final Portal portal;

    OrganisationPages(Portal portal) {
        this.portal = portal;
    }

    @GET
    public Response directory(@PathParam("locale") String locale, @Context UriInfo uri, @HeaderParam("If-None-Match") String inm) {
        return portal.respond(locale, uri, inm, call -> {
            var params = filters(call, PAGE, (call.page() - 1) * PAGE);
            Page p = Queries.page(call, Sections.ORGANISATIONS, params);
            View v = new View("organisations.ftlh", call.t("nav.organisations"));
            v.description(call.t("portal.organisations.lead"));
            v.put("items", Queries.items(call, Sections.ORGANISATIONS, params)).put("paging", Queries.paging(call, p.total(), PAGE))
                    .put("filters", Filters.form(call, "organisation")).put("filtered", Filters.any(call)).put("map", mapSettings(call));
            return portal.layout.page(call, v);
        });
    }

    /** Every organisation that the filters find, on the map and in the list beside it. */
    static Rendered map(PortalCall call) {
        return MapPage.render(call);
    }

    @GET
    @Path("{slug}")
    public Response detail(@PathParam("locale") String locale, @PathParam("slug") String slug, @Context UriInfo uri,
                           @HeaderParam("If-None-Match") String inm) {
        return portal.item(locale, slug, uri, inm, Sections.ORGANISATIONS, OrganisationPages::view);
    }

    static View view(PortalCall call, JsonNode json) {
        Map<String, Object> item = call.item(json);
        String id = String.valueOf(item.get("@id"));
        View v = new View("organisation.ftlh", String.valueOf(item.get("name")));
        v.description(Text.plain(item.get("description"))).put("item", item).put("map", mapSettings(call));
        v.put("caseStudies", Queries.items(call, Sections.CASE_STUDIES, "organisations", id, "limit", "20"));
        v.put("hosted", Queries.items(call, Sections.EVENTS, "host", id, "limit", "20"));
        JsonLd address = JsonLd.of("PostalAddress").put("addressLocality", item.get("city")).put("addressRegion", item.get("region"))
                .put("addressCountry", item.get("country")).put("streetAddress", item.get("address"));
        JsonLd org = JsonLd.of("Organization").item(call, item, String.valueOf(item.get("name")), v.description).put("address", address)
                .put("email", item.get("email")).put("telephone", item.get("phone"));
        if (item.get("website") != null) org.put("sameAs", List.of(item.get("website")));
        if (item.get("location") instanceof Map<?, ?> loc) {
            org.put("geo", JsonLd.of("GeoCoordinates").put("latitude", (Number) loc.get("lat")).put("longitude", (Number) loc.get("lon")));
        }
        v.jsonLd = org.write();
        return v;
    }

    /** Delivery parameters for the directory's filters; a success condition finds the organisations of its case studies. */
    private static Map<String, List<String>> filters(PortalCall call, int limit, int offset) {
        var params = Queries.of("country", call.query("country"), "partnerTheme", call.query("theme"), "kind", call.query("kind"),
                "orderBy", "name asc", "limit", Integer.toString(limit), "offset", Integer.toString(offset));
        if (!call.query("condition").isEmpty()) {
            Set<String> ids = new LinkedHashSet<>();
            for (Map<String, Object> cs : Queries.items(call, Sections.CASE_STUDIES, "conditions", call.query("condition"), "limit", "100")) {
                ids.addAll(CaseStudyPages.ids(cs.get("organisations")));
            }
            params.put("@id[in]", List.of(CaseStudyPages.inOrNone(List.copyOf(ids))));
        }
        return params;
    }

    /** What the map script needs: the tile address (empty: a plain background), its credit, the basemap. */
    static Map<String, String> mapSettings(PortalCall call) {
        return MapPage.settings(call);
    }
}
