package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rendering the guide's PDF opens no connection: images elsewhere (absolute, or relative ones a
 * forged Host header would have sent elsewhere) are left out with their alternative text, the
 * product's own published images are embedded, and a forged Host changes nothing in the cached PDF.
 */
class GuidePdfNoFetchTest {
    private static final String GUIDE = "286c2ea8-a3cb-4eac-905f-6e2876822513";
    private static final AtomicInteger FETCHES = new AtomicInteger();
    private static HttpServer trap;
    private static InncoServer server;
    private static String trapHost;

    @BeforeAll
    static void start() throws Exception {
        trap = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        trap.createContext("/", exchange -> {
            FETCHES.incrementAndGet();
            byte[] png = png();
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, png.length);
            exchange.getResponseBody().write(png);
            exchange.close();
        });
        trap.start();
        trapHost = "127.0.0.1:" + trap.getAddress().getPort();
        server = PortalSite.start();
        Http admin = new Http(server.uri()).admin();
        String own = server.services().assets.upload(eu.innco.security.Actor.SYSTEM, "schema.png",
                new java.io.ByteArrayInputStream(png()), "fr", "Schéma", "Notre schéma").id();
        assertEquals(200, admin.post("/.rest/authoring/v1/items/asset/" + own + "/publish", "{\"locales\": [\"fr\"]}").status());
        JsonNode guide = admin.get("/.rest/authoring/v1/items/guide/" + GUIDE).json();
        ArrayNode chapters = ((ArrayNode) guide.path("properties").path("chapters")).deepCopy();
        ObjectNode body = (ObjectNode) chapters.get(0).path("body");
        body.put("fr", "<p><img src=\"http://" + trapHost + "/absolute.png\" alt=\"Image absolue laissée de côté\" />"
                + "<img src=\"/relative.png\" alt=\"Image relative laissée de côté\" />"
                + "<img src=\"/dam/" + own + "/renditions/medium\" alt=\"Notre schéma\" /></p>" + body.path("fr").asText());
        ObjectNode patch = Http.JSON.createObjectNode();
        patch.putObject("properties").set("chapters", chapters);
        Http.Res saved = admin.patch("/.rest/authoring/v1/items/guide/" + GUIDE, Http.JSON.writeValueAsString(patch), "If-Match", "*");
        assertEquals(200, saved.status(), saved.body());
        assertEquals(200, admin.post("/.rest/authoring/v1/items/guide/" + GUIDE + "/publish", "{\"locales\": [\"fr\"]}").status());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (trap != null) trap.stop(0);
    }

    @Test
    void the_pdf_fetches_nothing_shows_alt_texts_and_embeds_our_own_image_whatever_the_host_header() throws Exception {
        // the first rendering is asked for with a forged Host: the relative image would have pointed at the trap
        byte[] forged = RawBytes.get(server.uri(), "/fr/guide.pdf", trapHost);
        assertEquals("%PDF", new String(forged, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(0, FETCHES.get(), "the server fetched an image while rendering the PDF");
        byte[] normal = RawBytes.get(server.uri(), "/fr/guide.pdf", server.uri().getAuthority());
        try (PDDocument d = Loader.loadPDF(normal)) {
            String text = new PDFTextStripper().getText(d);
            assertTrue(text.contains("Image absolue laissée de côté"), text.substring(0, Math.min(2000, text.length())));
            assertTrue(text.contains("Image relative laissée de côté"));
            assertFalse(text.contains(trapHost), "the forged host is in the PDF everyone gets");
            assertTrue(text.contains(PortalSite.base(server) + "/fr/guide"), "the address on the cover is the public one");
            assertTrue(images(d) >= 1, "our own published image is embedded");
        }
        assertEquals(0, FETCHES.get());
    }

    private static int images(PDDocument d) throws Exception {
        int n = 0;
        for (PDPage page : d.getPages()) {
            for (var name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) n++;
            }
        }
        return n;
    }

    private static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
