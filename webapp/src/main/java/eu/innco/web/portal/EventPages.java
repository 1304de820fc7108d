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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seminars, multiplier events and video conferences: a timeline by year in the order of what is known
 * of their dates (see {@link EventDates}), undated events last; one event, and its calendar file.
 */
@Path(PortalPages.LOCALE + "/events")
public final class EventPages {
    private final Portal portal;

    EventPages(Portal portal) {
        this.portal = portal;
    }

    @GET
    public Response timeline(@PathParam("locale") String locale, @Context UriInfo uri, @HeaderParam("If-None-Match") String inm) {
        return portal.respond(locale, uri, inm, call -> {
            View v = new View("events.ftlh", call.t("nav.events"));
            v.description(call.t("portal.events.lead"));
            Map<String, List<Map<String, Object>>> years = new LinkedHashMap<>();
            List<Map<String, Object>> events = new ArrayList<>(Queries.items(call, Sections.EVENTS, "orderBy", "startDate asc,title asc", "limit", "100"));
            events.sort(EventDates.TIMELINE);
            for (Map<String, Object> e : events) {
                Object start = e.get("startDate");
                years.computeIfAbsent(start == null ? "" : start.toString().substring(0, 4), y -> new ArrayList<>()).add(e);
            }
            List<Map<String, Object>> groups = new ArrayList<>();
            years.forEach((y, list) -> groups.add(Map.of("year", y, "events", list)));
            v.put("years", groups);
            return portal.layout.page(call, v);
        });
    }

    @GET
    @Path("{slug}")
    public Response detail(@PathParam("locale") String locale, @PathParam("slug") String slug, @Context UriInfo uri,
                           @HeaderParam("If-None-Match") String inm) {
        return portal.item(locale, slug, uri, inm, Sections.EVENTS, EventPages::view);
    }

    @GET
    @Path("{slug: [^/.]+}.ics")
    public Response calendar(@PathParam("locale") String locale, @PathParam("slug") String slug, @Context UriInfo uri,
                             @HeaderParam("If-None-Match") String inm) {
        return portal.respond(locale, uri, inm, call -> {
            ItemLookup.Found f = ItemLookup.find(call, Sections.EVENTS, slug);
            if (f.redirect() != null) return Rendered.moved(f.redirect() + ".ics");
            return Calendars.one(call, call.item(f.json()));
        });
    }

    static View view(PortalCall call, JsonNode json) {
        Map<String, Object> e = call.item(json);
        View v = new View("event.ftlh", String.valueOf(e.get("title")));
        v.description(String.valueOf(e.getOrDefault("summary", ""))).put("item", e);
        v.put("materials", Queries.items(call, Sections.MATERIALS, "usedAt", String.valueOf(e.get("@id")), "limit", "10"));
        v.put("caseStudies", Queries.items(call, Sections.CASE_STUDIES, "seminar", String.valueOf(e.get("@id")), "limit", "10"));
        boolean online = "videoConference".equals(e.get("kind"));
        JsonLd ld = JsonLd.of("Event").item(call, e, String.valueOf(e.get("title")), v.description)
                .put("startDate", EventDates.schemaDate(e, "startDate")).put("endDate", EventDates.schemaDate(e, "endDate"))
                .put("eventStatus", "https://schema.org/EventScheduled")
                .put("eventAttendanceMode", online ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode")
                .put("organizer", e.get("host") instanceof Map<?, ?> h ? JsonLd.of("Organization").put("name", h.get("name"))
                        .put("url", call.abs(String.valueOf(h.get("_url")))) : JsonLd.partnership(call));
        if (!online && e.get("city") != null) {
            ld.put("location", JsonLd.of("Place").put("name", e.get("city")).put("address", JsonLd.of("PostalAddress")
                    .put("addressLocality", e.get("city")).put("addressCountry", e.get("country"))));
        } else if (online) {
            ld.put("location", JsonLd.of("VirtualLocation").put("url", call.abs(String.valueOf(e.get("_url")))));
        }
        v.jsonLd = ld.write();
        return v;
    }
}
