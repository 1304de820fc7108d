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
import java.util.Map;

/** Workshop materials: the list (by partner theme) and one material with its downloads per language. */
@Path(PortalPages.LOCALE + "/materials")
public final class MaterialPages {
    static final int PAGE = 12;
    private final Portal portal;

    MaterialPages(Portal portal) {
        this.portal = portal;
    }

    @GET
    public Response list(@PathParam("locale") String locale, @Context UriInfo uri, @HeaderParam("If-None-Match") String inm) {
        return portal.respond(locale, uri, inm, call -> {
            var params = Queries.of("partnerTheme", call.query("theme"), "orderBy", "title asc",
                    "limit", Integer.toString(PAGE), "offset", Integer.toString((call.page() - 1) * PAGE));
            Page p = Queries.page(call, Sections.MATERIALS, params);
            View v = new View("materials.ftlh", call.t("nav.workshopMaterials"));
            v.description(call.t("portal.materials.lead"));
            Map<String, Object> filters = Filters.form(call, "workshopMaterial");
            v.put("items", Queries.items(call, Sections.MATERIALS, params)).put("paging", Queries.paging(call, p.total(), PAGE))
                    .put("theme", filters.get("theme")).put("filtered", !call.query("theme").isEmpty());
            return portal.layout.page(call, v);
        });
    }

    /** The material's worksheet, per language; a slug of another language redirects like the page. */
    @GET
    @Path("{slug}.pdf")
    public Response sheet(@PathParam("locale") String locale, @PathParam("slug") String slug, @Context UriInfo uri,
                          @HeaderParam("If-None-Match") String inm) {
        return portal.respond(locale, uri, inm, call -> MaterialSheets.of(call, slug));
    }

    @GET
    @Path("{slug}")
    public Response detail(@PathParam("locale") String locale, @PathParam("slug") String slug, @Context UriInfo uri,
                           @HeaderParam("If-None-Match") String inm) {
        return portal.item(locale, slug, uri, inm, Sections.MATERIALS, MaterialPages::view);
    }

    static View view(PortalCall call, JsonNode json) {
        Map<String, Object> item = call.item(json);
        View v = new View("material.ftlh", String.valueOf(item.get("title")));
        v.description(String.valueOf(item.getOrDefault("summary", ""))).put("item", item).put("sheet", MaterialSheets.address(item));
        JsonLd ld = JsonLd.of("LearningResource").item(call, item, String.valueOf(item.get("title")), v.description)
                .put("learningResourceType", item.get("kind") == null ? null : call.label("workshopMaterial", "kind", item.get("kind").toString()))
                .put("educationalUse", "workshop").put("audience", item.get("audience") == null ? null
                        : JsonLd.of("Audience").put("audienceType", item.get("audience")))
                .put("license", item.getOrDefault("licence", call.portal.settings.licenceUrl())).put("publisher", JsonLd.partnership(call));
        if (item.get("durationMinutes") instanceof Number n) ld.put("timeRequired", "PT" + n.intValue() + "M");
        if (item.get("learningObjectives") instanceof java.util.List<?> l) ld.put("teaches", l);
        v.jsonLd = ld.write();
        return v;
    }
}
