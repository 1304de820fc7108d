package eu.innco.web.portal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import eu.innco.validation.XmlCharacters;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Atom feeds (RFC 4287) per locale: the latest case studies and the events. Written with StAX, so every text is escaped. */
@Path(PortalPages.LOCALE + "/feeds")
public final class Feeds {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private final Portal portal;

    Feeds(Portal portal) {
        this.portal = portal;
    }

    @GET
    @Path("case-studies.atom")
    public Response caseStudies(@PathParam("locale") String locale, @Context UriInfo uri, @HeaderParam("If-None-Match") String inm) {
        return portal.respond(locale, uri, inm, call -> feed(call, call.t("nav.caseStudies"), "/case-studies",
                Queries.items(call, Sections.CASE_STUDIES, "orderBy", "publicationDate desc", "limit", "20"), "title", "summary"));
    }

    @GET
    @Path("events.atom")
    public Response events(@PathParam("locale") String locale, @Context UriInfo uri, @HeaderParam("If-None-Match") String inm) {
        return portal.respond(locale, uri, inm, call -> {
            List<Map<String, Object>> events = new ArrayList<>();
            for (Map<String, Object> e : Queries.items(call, Sections.EVENTS, "orderBy", "startDate desc", "limit", "20")) {
                // the date as far as it is known ("October 2021", "2021") leads the summary; undated events last
                Map<String, Object> entry = new LinkedHashMap<>(e);
                String when = EventDates.when(e, call.locale);
                Object summary = e.get("summary");
                if (!when.isEmpty()) entry.put("summary", summary == null ? when : when + " · " + summary);
                events.add(entry);
            }
            events.sort(EventDates.TIMELINE.reversed());
            events.sort(Comparator.comparing(e -> e.get("startDate") == null));
            return feed(call, call.t("nav.events"), "/events", events, "title", "summary");
        });
    }

    private static Rendered feed(PortalCall call, String title, String page, List<Map<String, Object>> items, String titleKey, String summaryKey) {
        try {
            StringWriter s = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(s);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", call.locale);
            element(x, "id", call.abs(call.path()));
            element(x, "title", call.t("site.name") + " · " + title);
            String updated = items.stream().map(i -> String.valueOf(i.get("mgnl:lastActivated"))).max(String::compareTo).orElse("1970-01-01T00:00:00.000Z");
            element(x, "updated", updated);
            link(x, "self", call.abs(call.path()), "application/atom+xml");
            link(x, "alternate", call.abs("/" + call.locale + page), "text/html");
            x.writeStartElement("author");
            element(x, "name", "INN-CO");
            x.writeEndElement();
            element(x, "rights", call.portal.settings.licenceName());
            for (Map<String, Object> i : items) {
                x.writeStartElement("entry");
                String itemLang = call.itemLang(i);
                if (!itemLang.isEmpty()) x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", itemLang);
                element(x, "id", "urn:uuid:" + i.get("@id"));
                element(x, "title", String.valueOf(i.get(titleKey)));
                element(x, "updated", String.valueOf(i.get("mgnl:lastActivated")));
                if (i.get("publicationDate") != null) element(x, "published", i.get("publicationDate").toString());
                link(x, "alternate", call.abs(String.valueOf(i.get("_url"))), "text/html");
                if (i.get(summaryKey) != null) element(x, "summary", i.get(summaryKey).toString());
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return Rendered.of(200, "application/atom+xml; charset=utf-8", s.toString().getBytes(StandardCharsets.UTF_8));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element with text; characters XML 1.0 forbids (in content stored before they were refused) are left out, so the feed always parses. */
    public static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(XmlCharacters.strip(text));
        x.writeEndElement();
    }

    public static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", XmlCharacters.strip(href));
        x.writeAttribute("type", type);
    }
}
