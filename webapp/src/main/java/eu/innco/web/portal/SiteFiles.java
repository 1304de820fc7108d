package eu.innco.web.portal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.delivery.Page;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The site's own addresses: {@code /} (to the visitor's language), {@code /robots.txt} and
 * {@code /sitemap.xml} (every page in every language it is published in, with its alternates).
 */
@Path("")
public final class SiteFiles {
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final List<String> PAGES = List.of("", "case-studies", "organisations", "map", "materials", "guide", "events", "about", "accessibility");
    private final Portal portal;

    SiteFiles(Portal portal) {
        this.portal = portal;
    }

    @GET
    public Response root(@HeaderParam("Accept-Language") String acceptLanguage) {
        String locale = portal.slugsLocale(acceptLanguage);
        // absolute from the public address: Jersey would complete a relative one with the request's Host header
        return Response.status(302).location(URI.create(portal.base() + "/" + locale + "/")).header("Vary", "Accept-Language")
                .header("Cache-Control", "private, max-age=0").build();
    }

    @GET
    @Path("robots.txt")
    public Response robots(@Context UriInfo uri, @HeaderParam("If-None-Match") String inm) {
        return portal.respond(null, uri, inm, call -> Rendered.of(200, "text/plain; charset=utf-8", ("""
                User-agent: *
                Disallow: /editor/
                Disallow: /.rest/
                Disallow: /*/search
                Allow: /

                Sitemap: %s/sitemap.xml
                """.formatted(call.base)).getBytes(StandardCharsets.UTF_8)));
    }

    @GET
    @Path("sitemap.xml")
    public Response sitemap(@Context UriInfo uri, @HeaderParam("If-None-Match") String inm) {
        return portal.respond(null, uri, inm, this::sitemap);
    }

    private Rendered sitemap(PortalCall call) {
        try {
            StringWriter s = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(s);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("urlset");
            x.writeDefaultNamespace(SITEMAP);
            x.writeNamespace("xhtml", XHTML);
            List<String> all = portal.site.locales();
            for (String page : PAGES) {
                Map<String, String> addresses = new LinkedHashMap<>();
                for (String l : all) addresses.put(l, "/" + l + "/" + page);
                urls(x, call, addresses, null);
            }
            for (Sections section : Sections.ALL) items(x, call, section);
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return Rendered.of(200, "application/xml; charset=utf-8", s.toString().getBytes(StandardCharsets.UTF_8));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every published item of a section, one {@code <url>} per locale it is published in. */
    private void items(XMLStreamWriter x, PortalCall call, Sections s) throws XMLStreamException {
        call.dependsOn(eu.innco.web.cache.Dependencies.list(s.endpoint())); // the sitemap lists every item of the section
        for (int offset = 0; offset < 50_000; offset += 100) {
            Page p = portal.delivery.query(s.endpoint(), "all", Queries.of("limit", "100", "offset", Integer.toString(offset)));
            for (byte[] b : p.results()) {
                JsonNode item = Items.parse(b);
                Map<String, String> addresses = new LinkedHashMap<>();
                for (JsonNode l : item.path("@availableLocales")) {
                    if (!portal.site.contains(l.asText())) continue;
                    String slug = item.path("slug").path(l.asText()).asText(item.path("@name").asText());
                    addresses.put(l.asText(), "/" + l.asText() + "/" + s.path() + (s.single() ? "" : "/" + slug));
                }
                urls(x, call, addresses, item.path("mgnl:lastActivated").asText(null));
                if (s.single()) chapters(x, call, item, addresses);
            }
            if (offset + 100 >= p.total()) break;
        }
    }

    private void chapters(XMLStreamWriter x, PortalCall call, JsonNode guide, Map<String, String> guideAddresses) throws XMLStreamException {
        int n = guide.path("chapters").path("@nodes").size();
        for (int i = 1; i <= n; i++) {
            Map<String, String> addresses = new LinkedHashMap<>();
            for (var e : guideAddresses.entrySet()) addresses.put(e.getKey(), e.getValue() + "/" + i);
            urls(x, call, addresses, guide.path("mgnl:lastActivated").asText(null));
        }
    }

    private void urls(XMLStreamWriter x, PortalCall call, Map<String, String> addresses, String lastmod) throws XMLStreamException {
        List<String> locales = new ArrayList<>(addresses.keySet());
        for (String l : locales) {
            x.writeStartElement("url");
            Feeds.element(x, "loc", call.abs(addresses.get(l)));
            if (lastmod != null) Feeds.element(x, "lastmod", lastmod.substring(0, 10));
            for (String other : locales) alternate(x, other, call.abs(addresses.get(other)));
            String fallback = addresses.getOrDefault(portal.site.defaultLocale(), addresses.get(locales.get(0)));
            alternate(x, "x-default", call.abs(fallback));
            x.writeEndElement();
        }
    }

    private static void alternate(XMLStreamWriter x, String hreflang, String href) throws XMLStreamException {
        x.writeEmptyElement("xhtml", "link", XHTML);
        x.writeAttribute("rel", "alternate");
        x.writeAttribute("hreflang", hreflang);
        x.writeAttribute("href", eu.innco.validation.XmlCharacters.strip(href));
    }
}
