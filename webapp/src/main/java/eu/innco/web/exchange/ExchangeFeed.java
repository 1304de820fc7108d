package eu.innco.web.exchange;

import eu.innco.delivery.Page;
import eu.innco.exchange.Kind;
import eu.innco.web.portal.Feeds;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** {@code /{locale}/exchange/feed.atom}: the newest offers and needs still valid (RFC 4287), written with StAX so every text is escaped. */
@Path("{locale: [a-z]{2}}/exchange/feed.atom")
public final class ExchangeFeed {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    private final ExchangeWeb web;
    private final Listing listing;

    ExchangeFeed(ExchangeWeb web) {
        this.web = web;
        this.listing = new Listing(web);
    }

    @GET
    public Response feed(@PathParam("locale") String locale) {
        web.checkLocale(locale);
        List<Map<String, Object>> items = new ArrayList<>();
        for (Kind k : Kind.values()) {
            Page p = listing.page(k, locale, Map.of(), "", 20, 0);
            items.addAll(listing.items(k, p, locale));
        }
        items.sort(Comparator.comparing((Map<String, Object> i) -> String.valueOf(i.get("published"))).reversed());
        String base = web.frame.base(null);
        try {
            StringWriter s = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(s);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            x.writeAttribute("xml", XML, "lang", locale);
            Feeds.element(x, "id", base + "/" + locale + "/exchange/feed.atom");
            Feeds.element(x, "title", web.frame.t(locale, "site.name") + " · " + web.frame.t(locale, "exchange.title"));
            Feeds.element(x, "updated", items.isEmpty() ? "1970-01-01T00:00:00Z" : String.valueOf(items.get(0).get("published")));
            Feeds.link(x, "self", base + "/" + locale + "/exchange/feed.atom", "application/atom+xml");
            Feeds.link(x, "alternate", base + "/" + locale + "/exchange", "text/html");
            x.writeStartElement("author");
            Feeds.element(x, "name", "INN-CO");
            x.writeEndElement();
            for (Map<String, Object> i : items) {
                x.writeStartElement("entry");
                x.writeAttribute("xml", XML, "lang", String.valueOf(i.get("lang")));
                Feeds.element(x, "id", "urn:uuid:" + i.get("id"));
                Feeds.element(x, "title", web.frame.t(locale, "exchange.kind." + i.get("kind")) + ": " + i.get("title"));
                Feeds.element(x, "updated", String.valueOf(i.get("published")));
                Feeds.element(x, "published", String.valueOf(i.get("published")));
                Feeds.link(x, "alternate", base + i.get("href"), "text/html");
                Feeds.element(x, "summary", i.get("member") + " · " + i.get("category"));
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return Response.ok(s.toString(), "application/atom+xml; charset=utf-8").header("Cache-Control", "public, max-age=60").build();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
