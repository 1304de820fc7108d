package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** What the portal serves besides pages: sitemap, robots.txt, Atom feeds, iCalendar files and the guide's PDF. */
class PortalFilesTest {
    static InncoServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = PortalSite.start();
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void the_sitemap_is_valid_against_the_sitemaps_schema_and_lists_alternates() throws Exception {
        Http.Res r = http.get("/sitemap.xml");
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("application/xml"));
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = f.newSchema(new Source[] {
                new StreamSource(getClass().getResource("/sitemaps/xhtml-link.xsd").toExternalForm()),
                new StreamSource(getClass().getResource("/sitemaps/sitemap.xsd").toExternalForm())});
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))));
        String base = PortalSite.base(server);
        assertTrue(r.body().contains("<loc>" + base + "/fr/case-studies/cuisine-partagee-lyon</loc>"));
        assertTrue(r.body().contains("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"" + base + "/en/case-studies/shared-kitchen-lyon\""));
        assertTrue(r.body().contains("hreflang=\"x-default\""));
        assertTrue(r.body().contains("<loc>" + base + "/el/guide/1</loc>"), "chapters of the guide");
    }

    @Test
    void robots_txt_allows_the_portal_and_names_the_sitemap() {
        Http.Res r = http.get("/robots.txt");
        assertEquals(200, r.status());
        assertTrue(r.body().contains("User-agent: *") && r.body().contains("Disallow: /editor/"));
        assertTrue(r.body().contains("Sitemap: " + PortalSite.base(server) + "/sitemap.xml"));
    }

    @Test
    void feeds_are_atom_documents_in_their_language() throws Exception {
        for (String path : List.of("/fr/feeds/case-studies.atom", "/pl/feeds/events.atom")) {
            Http.Res r = http.get(path);
            assertEquals(200, r.status(), path);
            assertTrue(r.contentType().startsWith("application/atom+xml"));
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            Document d = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
            assertEquals("http://www.w3.org/2005/Atom", d.getDocumentElement().getNamespaceURI());
            assertEquals("feed", d.getDocumentElement().getLocalName());
            assertTrue(d.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength() >= 7, path);
            assertTrue(d.getDocumentElement().getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang").equals(path.substring(1, 3)));
        }
        assertTrue(http.get("/fr/feeds/case-studies.atom").body().contains("<title>Quatre traiteurs, une cuisine"));
    }

    @Test
    void calendars_are_icalendar_files_with_crlf_and_folded_lines() {
        Http.Res all = http.get("/fr/events.ics");
        assertEquals(200, all.status());
        assertTrue(all.contentType().startsWith("text/calendar"));
        String body = all.body();
        assertTrue(body.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), body);
        assertTrue(body.endsWith("END:VCALENDAR\r\n"));
        assertTrue(body.contains("BEGIN:VEVENT\r\n") && body.contains("DTSTART;VALUE=DATE:20230206\r\n"), "the closing seminar");
        for (String line : body.split("\r\n")) assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded: " + line);
        assertEquals(body.split("BEGIN:VEVENT").length - 1, body.split("END:VEVENT").length - 1);
        Http.Res one = http.get("/fr/events/seminaire-de-cloture-lyon.ics");
        assertEquals(200, one.status());
        assertTrue(one.body().contains("SUMMARY:Séminaire de clôture d'INN-CO à Lyon\r\n"));
        assertEquals(1, one.body().split("BEGIN:VEVENT").length - 1);
    }

    @Test
    void the_guide_pdf_is_a_pdf_whose_text_is_greek_or_polish() throws Exception {
        byte[] el = bytes("/el/guide.pdf");
        assertEquals("%PDF", new String(el, 0, 4, StandardCharsets.US_ASCII));
        try (PDDocument d = Loader.loadPDF(el)) {
            String text = new PDFTextStripper().getText(d);
            assertTrue(text.contains("Το μοντέλο συνεργατικού σχεδιασμού"), text.substring(0, Math.min(500, text.length())));
            assertTrue(text.contains("Ισοτιμία μεταξύ των εταίρων"), "the conditions are in it");
            assertTrue(d.getNumberOfPages() > 5);
        }
        try (PDDocument d = Loader.loadPDF(bytes("/pl/guide.pdf"))) {
            assertTrue(new PDFTextStripper().getText(d).contains("Równość partnerów"), "Polish letters");
        }
        Http.Res again = http.get("/el/guide.pdf");
        assertTrue(again.header("ETag") != null && again.header("ETag").equals(http.get("/el/guide.pdf").header("ETag")), "kept until a publication");
    }

    private byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(PortalSite.base(server) + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path);
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
        return r.body();
    }
}
