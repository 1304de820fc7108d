package eu.innco.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.content.ContentItem;
import eu.innco.security.Actor;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The typed client of README: a generator from the npm registry turns the live
 * {@code /.rest/openapi.json} into TypeScript, a small reader written against it compiles (so the
 * document types pages, an endpoint's fields and problems) and reads the delivery API of a real
 * server, and what it prints is what the server answers.
 */
class TypeScriptClientTest {
    static TypeScriptTools tools;
    static InncoServer server;
    static Http http;
    static ContentItem ruche;
    static ContentItem kitchen;

    @BeforeAll
    static void start() throws Exception {
        if (TypeScriptTools.missing() != null) return; // each test then says why it is skipped (or fails, when required)
        server = TestServer.start();
        http = new Http(server.uri());
        Published content = new Published(server);
        ruche = content.organisation("La Ruche", "FR", 45.764, 4.8357, "{'en': '<p>A hive</p>', 'fr': '<p>Une ruche</p>'}");
        ContentItem atelier = content.organisation("Atelier Vert", "FR", 48.85, 2.35, "{'en': '<p>A green workshop</p>'}");
        ContentItem korf = content.organisation("De Bijenkorf", "BE", 50.85, 4.35, "{'en': '<p>A beehive</p>', 'fr': '<p>Une ruche belge</p>'}");
        content.publish(ruche, "en", "fr");
        content.publish(atelier, "en");
        content.publish(korf, "en", "fr");
        ContentItem photo = server.services().assets.upload(Actor.SYSTEM, "kitchen.png", new ByteArrayInputStream(png()), "en",
                "The kitchen", "Cooks at a long table");
        content.publish(photo, "en");
        kitchen = content.create("caseStudy", "{'title': {'en': 'Shared kitchen', 'fr': 'Cuisine partagée'}, 'country': 'FR',"
                + " 'publicationDate': '2022-05-01', 'organisations': ['" + ruche.id() + "', '" + korf.id() + "'],"
                + " 'images': ['" + photo.id() + "'],"
                + " 'figures': [{'label': {'en': 'Meals a day', 'fr': 'Repas par jour'}, 'value': 120, 'unit': 'meals'}]}");
        content.publish(kitchen, "en", "fr");
    }

    /** A small real image, for an expanded asset with its link, metadata and renditions. */
    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @BeforeEach
    void tools() {
        tools = TypeScriptTools.require();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    /** The live document, written into a fresh work folder. */
    static Path documentIn(Path dir) throws Exception {
        Http.Res doc = http.get("/.rest/openapi.json");
        assertEquals(200, doc.status(), doc.body());
        Files.writeString(dir.resolve("openapi.json"), doc.body());
        return dir.resolve("openapi.json");
    }

    @Test
    void the_openapi_document_is_valid_against_the_openapi_specification() throws Exception {
        Path dir = tools.workFolder();
        documentIn(dir);
        String out = tools.node(dir, "validate.mjs", "openapi.json");
        assertTrue(out.contains("valid OpenAPI 3.1"), out);
    }

    /** The schemas are only worth generating from when the answers are what they say, for every endpoint and every shape. */
    @Test
    void every_delivery_answer_conforms_to_the_schema_the_document_gives_it() throws Exception {
        Path dir = tools.workFolder();
        documentIn(dir);
        String d = "/.rest/delivery/";
        List<String> args = new ArrayList<>(List.of("openapi.json", server.uri().toString().replaceAll("/$", "")));
        for (var ep : server.services().delivery.endpoints().all()) args.addAll(List.of(d + ep.name(), d + ep.name() + "?lang=en"));
        String k = kitchen.name();
        JsonNode study = http.get(d + "caseStudies/" + k + "?lang=en").json();
        assertTrue(study.path("images").path(0).has("@link") && study.path("organisations").path(0).has("@id"), "expanded: " + study);
        args.addAll(List.of(
                d + "organisations", d + "organisations?lang=fr&country=FR",
                d + "organisations", d + "organisations?lang=all",
                d + "organisations", d + "organisations?lang=xx-not%20a%20tag",
                d + "organisations/{path}", d + "organisations/la-ruche?lang=fr",
                d + "organisations/{path}", d + "organisations/nobody-here",
                d + "organisations@{id}", d + "organisations@" + ruche.id() + "?lang=nl",
                d + "caseStudies", d + "caseStudies?lang=all",
                d + "caseStudies/{path}", d + "caseStudies/" + k + "?lang=fr",
                d + "caseStudies/{path}", d + "caseStudies/" + k + "?lang=all",
                d + "caseStudies/{path}@nodes", d + "caseStudies/" + k + "/figures@nodes?lang=en"));
        String out = tools.node(dir, "conforms.mjs", args.toArray(String[]::new));
        assertEquals(args.size() / 2 - 1, out.lines().filter(l -> l.startsWith("conforms ")).count(), out);
    }

    @Test
    void a_generated_client_compiles_and_reads_a_filtered_list_and_single_items_as_the_server_answers() throws Exception {
        Path dir = tools.workFolder();
        documentIn(dir);
        tools.node(dir, "node_modules/openapi-typescript/bin/cli.js", "openapi.json", "--output", "delivery-api.ts");
        tools.node(dir, "node_modules/typescript/bin/tsc", "-p", "tsconfig.json");
        String printed = tools.node(dir, "out/reader.js", server.uri().toString());
        JsonNode read = Http.JSON.readTree(printed.substring(printed.indexOf('{')));

        JsonNode page = http.get("/.rest/delivery/organisations?lang=fr&country=FR&orderBy=name%20asc&limit=10").json();
        List<String> names = new ArrayList<>();
        page.path("results").forEach(n -> names.add(n.path("@name").asText()));
        assertEquals(List.of("atelier-vert", "la-ruche"), names, "the filter keeps France's two: " + page);
        assertEquals(page.path("total").asInt(), read.path("total").asInt(), printed);
        assertEquals(names.toString(), read.path("names").toString().replace("\"", "").replace(",", ", "), printed);

        JsonNode one = http.get("/.rest/delivery/organisations/atelier-vert?lang=fr").json();
        JsonNode theirs = read.path("one");
        assertEquals(one.path("name").asText(), theirs.path("name").asText(), printed);
        assertEquals("FR", theirs.path("country").asText(), printed);
        assertEquals("en", theirs.path("locale").asText(), "published in English only, so French falls back: " + printed);
        assertEquals(one.path("description").asText(), theirs.path("description").asText(), printed);
        assertEquals(one.path("location").path("lat").asDouble(), theirs.path("latitude").asDouble(), printed);
        assertEquals("typed-client-1", theirs.path("requestId").asText(), "the client's own X-Request-Id comes back");

        JsonNode byId = http.get("/.rest/delivery/organisations@" + one.path("@id").asText() + "?lang=en").json();
        assertEquals(byId.path("description").asText(), read.path("byIdDescription").asText(), printed);

        Http.Res bad = http.get("/.rest/delivery/organisations?lang=xx-not%20a%20tag");
        assertEquals(400, read.path("badStatus").asInt(), printed);
        assertEquals(bad.json().path("code").asText(), read.path("badCode").asText(), "the problem's code, typed: " + printed);
    }
}
