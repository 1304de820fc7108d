package eu.innco.web.exchange.initiatives;

import eu.innco.web.portal.Feeds;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The Atom feed (RFC 4287) of the newest published initiatives in one language, written with StAX so every text is escaped. */
final class InitiativeFeed {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    private InitiativeFeed() {}

    static String write(String base, String locale, String title, List<Map<String, Object>> items) {
        try {
            StringWriter s = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(s);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            x.writeAttribute("xml", XML, "lang", locale);
            String self = base + "/" + locale + "/initiatives/feed.atom";
            Feeds.element(x, "id", self);
            Feeds.element(x, "title", title);
            Feeds.element(x, "updated", items.stream().map(i -> String.valueOf(i.get("updated"))).max(String::compareTo).orElse("1970-01-01T00:00:00Z"));
            Feeds.link(x, "self", self, "application/atom+xml");
            Feeds.link(x, "alternate", base + "/" + locale + "/initiatives", "text/html");
            x.writeStartElement("author");
            Feeds.element(x, "name", "INN-CO");
            x.writeEndElement();
            for (Map<String, Object> i : items) {
                x.writeStartElement("entry");
                Feeds.element(x, "id", "urn:uuid:" + i.get("id"));
                Feeds.element(x, "title", String.valueOf(i.get("title")));
                Feeds.element(x, "updated", String.valueOf(i.get("updated")));
                Feeds.link(x, "alternate", base + i.get("url"), "text/html");
                Feeds.element(x, "summary", String.valueOf(i.get("goal")));
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return s.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
