package eu.innco.web.portal;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * A dissemination campaign's public page in each locale: its headline and message, and what it
 * promotes (case studies, workshop materials, the guide, events), each linking to its own page.
 * Published like any item (a release in the campaign's languages), read from the delivery index.
 */
@Path(PortalPages.LOCALE + "/campaigns")
public final class CampaignPages {
    private final Portal portal;

    CampaignPages(Portal portal) {
        this.portal = portal;
    }

    @GET
    @Path("{slug}")
    public Response detail(@PathParam("locale") String locale, @PathParam("slug") String slug, @Context UriInfo uri,
                           @HeaderParam("If-None-Match") String inm) {
        return portal.item(locale, slug, uri, inm, Sections.CAMPAIGNS, CampaignPages::view);
    }

    static View view(PortalCall call, JsonNode json) {
        Map<String, Object> item = call.item(json);
        View v = new View("campaign.ftlh", title(item));
        v.description(String.valueOf(item.getOrDefault("goal", ""))).put("item", item);
        v.ogImage = ShareImages.address(Sections.CAMPAIGNS, call.locale, String.valueOf(item.get("@name")));
        v.put("caseStudies", references(item.get("promotedCaseStudies")));
        v.put("materials", references(item.get("promotedMaterials")));
        v.put("events", references(item.get("promotedEvents")));
        if (item.get("promotedGuide") instanceof Map<?, ?> g && g.get("_url") != null) v.put("guide", g);
        v.jsonLd = JsonLd.of("CreativeWork").item(call, item, title(item), v.description).put("headline", title(item))
                .put("publisher", JsonLd.partnership(call)).put("license", call.portal.settings.licenceUrl())
                .put("startDate", item.get("startDate")).put("endDate", item.get("endDate")).write();
        return v;
    }

    /** The campaign's public headline: its title in the page's language, else its name. */
    static String title(Map<String, ?> item) {
        Object t = item.get("title");
        return t instanceof String s && !s.isBlank() ? s : String.valueOf(item.get("name"));
    }

    /** Expanded references that are published (an unpublished one stays an id, with no page to link to). */
    private static List<Object> references(Object value) {
        List<Object> out = new ArrayList<>();
        if (value instanceof List<?> l) for (Object o : l) if (o instanceof Map<?, ?> m && m.get("_url") != null) out.add(m);
        return out;
    }
}
