package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.content.Precondition;
import eu.innco.security.Actor;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The guide's PDF is kept in a dependent cache: downloads after the first are served from it, a
 * publication of something else leaves it kept, and publishing the guide drops it.
 */
class GuidePdfCacheTest {
    static final String PDF = "/fr/guide.pdf";
    static InncoServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = PortalSite.start();
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The PDF, checking whether it came from the cache (the page figures, which count it, saw one more hit). */
    static HttpResponse<byte[]> download(boolean kept) throws Exception {
        long hits = server.services().pageCache.hits();
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri().resolve(PDF)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals(kept, server.services().pageCache.hits() > hits, kept ? "kept" : "rendered anew");
        return r;
    }

    static JsonNode first(String endpoint) {
        Http.Res r = http.get("/.rest/delivery/" + endpoint + "?lang=fr&limit=1");
        assertEquals(200, r.status(), r.body());
        return r.json().path("results").get(0);
    }

    static void retitle(String type, JsonNode item, String title) {
        String id = item.path("@id").asText();
        server.services().content.patch(Actor.SYSTEM, type, id, Http.JSON.valueToTree(Map.of("properties", Map.of("title", Map.of("fr", title)))),
                Precondition.ANY);
        server.services().publishing.publication.publish(Actor.SYSTEM, type, id, List.of("fr"), "test", false);
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void publishing_the_guide_drops_its_kept_pdf_and_other_publications_do_not() throws Exception {
        String etag = download(false).headers().firstValue("ETag").orElseThrow();
        assertEquals(etag, download(true).headers().firstValue("ETag").orElseThrow(), "the same PDF, kept");

        retitle("event", first("events"), "Séminaire de printemps à Lyon");
        assertEquals(etag, download(true).headers().firstValue("ETag").orElseThrow(), "an event is not in the guide: still kept");

        retitle("guide", first("guides"), "Guide Quetzalcoatl");
        HttpResponse<byte[]> fresh = download(false);
        assertNotEquals(etag, fresh.headers().firstValue("ETag").orElseThrow());
        assertTrue(text(fresh.body()).contains("Quetzalcoatl"), "the new title is in the PDF");
        download(true);
    }
}
