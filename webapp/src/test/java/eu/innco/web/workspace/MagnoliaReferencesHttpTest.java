package eu.innco.web.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import eu.innco.web.renditions.Images;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * References, {@code referenceDepth} and {@code systemProperties} on endpoints over plain
 * workspaces, as Magnolia's JCR and asset resolvers answer them: the SPA demo's real category
 * export and page tree, its real {@code pages_v1.yaml} (unchanged), and endpoints of our own over
 * {@code category} whose references point to other categories (a cycle), a published tour of the
 * demo's content type, an INN-CO image and an identifier nothing answers to.
 */
class MagnoliaReferencesHttpTest {
    static final Path SPA = MagnoliaWorkspacesHttpTest.SPA;
    static final String EUROPE = "6cc50e28-fb0e-4e49-b3b6-728690a2e861";
    static InncoServer server;
    static Http http;
    static Http admin;
    static String image;
    static String tour;
    static String asia;

    static String endpoint(int depth) {
        return "workspace: category\nnodeTypes: [mgnl:category]\nreferenceDepth: " + depth + "\n"
                + "systemProperties: [mgnl:lastModified, jcr:mixinTypes]\nreferences:\n"
                + "  - propertyName: image\n    referenceResolver:\n      class: info.magnolia.rest.reference.dam.AssetReferenceResolverDefinition\n"
                + "      assetRenditions: [thumbnail]\n"
                + "  - propertyName: related\n    referenceResolver:\n      $type: jcrReferenceResolver\n      targetWorkspace: category\n"
                + "  - propertyName: tour\n    referenceResolver:\n      class: info.magnolia.rest.reference.jcr.JcrReferenceResolverDefinition\n"
                + "      targetWorkspace: tours\n";
    }

    @BeforeAll
    static void start() throws Exception {
        Path modules = MagnoliaWorkspacesHttpTest.spaModules();
        Path own = Files.createDirectories(modules.resolve("travel/restEndpoints/delivery"));
        Files.writeString(own.resolve("places.yaml"), endpoint(2));
        Files.writeString(own.resolve("places_one.yaml"), endpoint(1));
        Files.writeString(own.resolve("places_none.yaml"), endpoint(0));
        server = TestServer.start(Map.of("INNCO_LIGHT_MODULES", modules.toString()));
        http = new Http(server.uri());
        admin = http.admin();
        assertEquals(200, admin.send("POST", "/.rest/authoring/v1/workspaces/website/import",
                Files.readString(SPA.resolve("_dev/content-to-import/website.react-minimal.yaml")), "application/yaml").status());
        assertEquals(200, admin.send("POST", "/.rest/authoring/v1/workspaces/category/import",
                Files.readString(SPA.resolve("_dev/content-to-bootstrap/category.xml")), "application/xml").status());
        image = Images.published(server.uri(), admin, "europe.png", Images.withBlock(400, 300, Color.BLUE, 0, 0, 10, 10, "png"));
        Http.Res created = admin.post("/.rest/authoring/v1/items/tours", Http.j("{'properties': {'name': {'en': 'Alps'}, 'duration': 7}}"));
        assertEquals(201, created.status(), created.toString());
        tour = created.json().path("id").asText();
        assertEquals(200, admin.post("/.rest/authoring/v1/items/tours/" + tour + "/publish", Http.j("{'locales': ['en']}")).status());
        asia = http.get("/.rest/delivery/places/destinations/asia").json().path("@id").asText();
        // Europe: the image, Asia, the tour and an identifier nothing answers to; Asia: back to Europe (a cycle) and the tour
        set("destinations/europe", "{'name': 'image', 'type': 'String', 'values': ['jcr:" + image + "']},"
                + "{'name': 'related', 'type': 'String', 'multiple': true, 'values': ['" + asia + "', 'jcr:00000000-0000-4000-8000-000000000000']},"
                + "{'name': 'tour', 'type': 'String', 'values': ['" + tour + "']}");
        set("destinations/asia", "{'name': 'related', 'type': 'String', 'values': ['" + EUROPE + "']},"
                + "{'name': 'tour', 'type': 'String', 'values': ['" + tour + "']}");
    }

    static void set(String path, String properties) {
        Http.Res r = admin.post("/.rest/nodes/v1/category/" + path, Http.j("{'properties': [" + properties + "]}"));
        assertEquals(200, r.status(), r.toString());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void references_resolve_into_assets_items_and_plain_nodes_to_the_given_depth() {
        JsonNode europe = http.get("/.rest/delivery/places/destinations/europe").json();
        JsonNode img = europe.path("image");
        assertEquals("/dam/" + image + "/europe.png", img.path("@link").asText(), europe.toString());
        assertEquals("image/png", img.path("metadata").path("mimeType").asText(), europe.toString());
        assertEquals(List.of("thumbnail"), names(img.path("renditions")), "assetRenditions names what is listed: " + img);
        assertEquals("Alps", europe.path("tour").path("name").asText(), europe.toString());
        JsonNode related = europe.path("related");
        assertEquals("/destinations/asia", related.get(0).path("@path").asText(), europe.toString());
        assertEquals("mgnl:category", related.get(0).path("@nodeType").asText());
        assertEquals("jcr:00000000-0000-4000-8000-000000000000", related.get(1).asText(), "an unknown id is answered as stored");
        assertEquals(EUROPE, related.get(0).path("related").asText(), "the cycle back to Europe stops: " + europe);
        assertEquals("Alps", related.get(0).path("tour").path("name").asText(), "the second level expands: " + europe);
        assertTrue(related.get(0).path("image").asText().startsWith("jcr:"), "an asset INN-CO does not hold stays as stored");
        assertEquals("jcr:e0894297-fd1c-478a-bac1-a1eb11c5f02f", europe.path("icon").asText(), "no rule, no resolution");

        JsonNode one = http.get("/.rest/delivery/places/one/destinations/europe").json();
        assertEquals("/destinations/asia", one.path("related").get(0).path("@path").asText(), one.toString());
        assertEquals(tour, one.path("related").get(0).path("tour").asText(), "referenceDepth 1: Asia's own references stay ids");
        JsonNode none = http.get("/.rest/delivery/places/none/destinations/europe").json();
        assertEquals(asia, none.path("related").get(0).asText(), "referenceDepth 0 expands nothing: " + none);
        assertEquals("jcr:" + image, none.path("image").asText());
    }

    @Test
    void system_properties_answer_what_is_named_with_the_mixins_as_a_list() {
        JsonNode europe = http.get("/.rest/delivery/places/destinations/europe").json();
        assertEquals("[\"mgnl:hasVersion\"]", europe.path("jcr:mixinTypes").toString(), europe.toString());
        assertEquals("2015-07-16T11:55:01.450Z", europe.path("mgnl:lastModified").asText());
        for (String hidden : List.of("mgnl:created", "mgnl:createdBy", "mgnl:activationStatus", "mgnl:lastActivated")) {
            assertFalse(europe.has(hidden), hidden + " is not named: " + europe);
        }
        // the SPA demo's real pages_v1.yaml: its four system properties and no other
        JsonNode page = http.get("/.rest/delivery/pages/v1/react-minimal").json();
        assertEquals("react-minimal-lm:pages/basic", page.path("mgnl:template").asText(), page.toString());
        assertEquals("2020-02-01T07:45:49.952+01:00", page.path("mgnl:created").asText());
        assertEquals("2020-03-27T15:49:41.220+01:00", page.path("mgnl:lastModified").asText());
        assertEquals("[]", page.path("jcr:mixinTypes").toString(), "the export gives the page no mixin");
        assertFalse(page.has("mgnl:createdBy") || page.has("mgnl:lastModifiedBy"), page.toString());
        assertEquals("jcr:090eb9c4-b35b-4869-a12f-6ea80292cba4", page.path("main").path("00").path("image").asText(),
                "the demo's image is no INN-CO asset: answered as stored");
        // the demo's other pages endpoint names none: every system property shows, and no mixins
        JsonNode all = http.get("/.rest/delivery/pages/react-minimal").json();
        assertEquals("superuser", all.path("mgnl:createdBy").asText(), all.toString());
        assertFalse(all.has("jcr:mixinTypes"));
    }

    static List<String> names(JsonNode o) {
        List<String> out = new java.util.ArrayList<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
