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
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The guide (Output 1) as a reader: its contents, one chapter at a time, the five conditions with
 * what helps, what blocks and the techniques that lift blockers, and the case studies that
 * illustrate each condition.
 */
@Path(PortalPages.LOCALE + "/guide")
public final class GuidePages {
    private final Portal portal;

    GuidePages(Portal portal) {
        this.portal = portal;
    }

    @GET
    public Response contents(@PathParam("locale") String locale, @Context UriInfo uri, @HeaderParam("If-None-Match") String inm) {
        return portal.respond(locale, uri, inm, call -> {
            JsonNode guide = guide(call);
            View v = view(call, guide);
            ItemLookup.addresses(call, Sections.GUIDES, guide, v);
            return portal.layout.page(call, v);
        });
    }

    @GET
    @Path("{number: [0-9]{1,3}}")
    public Response chapter(@PathParam("locale") String locale, @PathParam("number") int number, @Context UriInfo uri,
                            @HeaderParam("If-None-Match") String inm) {
        return portal.respond(locale, uri, inm, call -> {
            Map<String, Object> guide = call.item(guide(call));
            List<Map<String, Object>> chapters = chapters(guide);
            if (number < 1 || number > chapters.size()) throw new PortalNotFound();
            Map<String, Object> chapter = chapters.get(number - 1);
            View v = new View("chapter.ftlh", chapter.get("title") + " · " + guide.get("title"));
            v.description(Text.plain(chapter.get("body"))).put("guide", guide).put("chapter", chapter).put("chapters", chapters).put("number", number);
            if (number > 1) v.put("previous", chapters.get(number - 2));
            if (number < chapters.size()) v.put("next", chapters.get(number));
            v.ogType = "article";
            return portal.layout.page(call, v);
        });
    }

    @GET
    @Path("conditions/{slug}")
    public Response condition(@PathParam("locale") String locale, @PathParam("slug") String slug, @Context UriInfo uri,
                              @HeaderParam("If-None-Match") String inm) {
        return portal.item(locale, slug, uri, inm, Sections.CONDITIONS, GuidePages::condition);
    }

    @GET
    @Path("techniques/{slug}")
    public Response technique(@PathParam("locale") String locale, @PathParam("slug") String slug, @Context UriInfo uri,
                              @HeaderParam("If-None-Match") String inm) {
        return portal.item(locale, slug, uri, inm, Sections.TECHNIQUES, GuidePages::technique);
    }

    static JsonNode guide(PortalCall call) {
        var p = Queries.page(call, Sections.GUIDES, Queries.of("limit", "1"));
        if (p.results().isEmpty()) throw new PortalNotFound();
        return Items.parse(p.results().get(0));
    }

    static View view(PortalCall call, JsonNode json) {
        Map<String, Object> guide = call.item(json);
        View v = new View("guide.ftlh", String.valueOf(guide.get("title")));
        v.description(String.valueOf(guide.getOrDefault("summary", ""))).put("guide", guide).put("chapters", chapters(guide));
        v.put("conditions", Queries.items(call, Sections.CONDITIONS, "orderBy", "number asc", "limit", "10"));
        v.put("techniques", Queries.items(call, Sections.TECHNIQUES, "orderBy", "name asc", "limit", "50"));
        v.jsonLd = JsonLd.of("LearningResource").item(call, guide, String.valueOf(guide.get("title")), v.description)
                .put("learningResourceType", "guide").put("version", guide.get("edition")).put("publisher", JsonLd.partnership(call))
                .put("license", guide.getOrDefault("licence", call.portal.settings.licenceUrl()))
                .put("encoding", JsonLd.of("MediaObject").put("encodingFormat", "application/pdf")
                        .put("contentUrl", call.abs("/" + call.locale + "/guide.pdf"))).write();
        return v;
    }

    static View condition(PortalCall call, JsonNode json) {
        Map<String, Object> c = call.item(json);
        View v = new View("condition.ftlh", String.valueOf(c.get("title")));
        v.description(String.valueOf(c.getOrDefault("summary", ""))).put("item", c);
        v.put("caseStudies", Queries.items(call, Sections.CASE_STUDIES, "conditions", String.valueOf(c.get("@id")), "limit", "20"));
        v.jsonLd = JsonLd.of("DefinedTerm").item(call, c, String.valueOf(c.get("title")), v.description).write();
        return v;
    }

    static View technique(PortalCall call, JsonNode json) {
        Map<String, Object> t = call.item(json);
        View v = new View("technique.ftlh", String.valueOf(t.get("name")));
        v.description(String.valueOf(t.getOrDefault("purpose", ""))).put("item", t);
        List<Map<String, Object>> steps = new ArrayList<>(listOf(t.get("steps")));
        steps.sort(Comparator.comparingLong(s -> s.get("order") instanceof Number n ? n.longValue() : 0));
        v.put("steps", steps);
        v.put("caseStudies", Queries.items(call, Sections.CASE_STUDIES, "techniques", String.valueOf(t.get("@id")), "limit", "20"));
        JsonLd ld = JsonLd.of("HowTo").item(call, t, String.valueOf(t.get("name")), v.description)
                .put("step", steps.stream().map(s -> (Object) JsonLd.of("HowToStep").put("text", s.get("text"))).toList());
        if (t.get("durationMinutes") instanceof Number n) ld.put("totalTime", "PT" + n.intValue() + "M");
        v.jsonLd = ld.write();
        return v;
    }

    /** The chapters in reading order, each with its number (its address in the reader). */
    static List<Map<String, Object>> chapters(Map<String, Object> guide) {
        List<Map<String, Object>> out = new ArrayList<>(listOf(guide.get("chapters")));
        out.sort(Comparator.comparingLong(c -> c.get("order") instanceof Number n ? n.longValue() : Long.MAX_VALUE));
        for (int i = 0; i < out.size(); i++) out.get(i).put("_number", i + 1);
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> listOf(Object subModel) {
        return subModel instanceof Map<?, ?> m && m.get("_list") instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }
}
