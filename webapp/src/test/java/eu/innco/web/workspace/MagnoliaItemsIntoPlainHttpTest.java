package eu.innco.web.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Magnolia's documented tours endpoint: a tour's {@code tourTypes} (a plain property of the SPA
 * demo's real {@code tours} content type) name nodes of the plain {@code category} workspace (the
 * demo's real export) and are answered as those nodes. Items' answers are stored when they are
 * published, so a change of the workspace (Magnolia's nodes API, an import) must reach the tour's
 * answer, also when it was already read and kept by the answer cache.
 */
class MagnoliaItemsIntoPlainHttpTest {
    static final String EUROPE = MagnoliaReferencesHttpTest.EUROPE;
    static final String NOBODY = "00000000-0000-4000-8000-000000000000";
    static InncoServer server;
    static Http http;
    static Http admin;
    static String tour;
    static String asia;

    @BeforeAll
    static void start() throws Exception {
        Path modules = MagnoliaWorkspacesHttpTest.spaModules();
        Path own = Files.createDirectories(modules.resolve("travel/restEndpoints/delivery"));
        // the documentation's example endpoint, over the demo's tours type
        Files.writeString(own.resolve("trips.yaml"), """
                workspace: tours
                references:
                  - name: tourTypeReference
                    propertyName: tourTypes
                    referenceResolver:
                      class: info.magnolia.rest.reference.jcr.JcrReferenceResolverDefinition
                      targetWorkspace: category
                """);
        Files.writeString(own.resolve("kinds.yaml"), "workspace: category\nnodeTypes: [mgnl:category]\n");
        server = TestServer.start(Map.of("INNCO_LIGHT_MODULES", modules.toString()));
        http = new Http(server.uri());
        admin = http.admin();
        importCategories();
        asia = http.get("/.rest/delivery/kinds/destinations/asia").json().path("@id").asText();
        Http.Res created = admin.post("/.rest/authoring/v1/items/tours", Http.j("{'properties': {'name': {'en': 'Alps', 'de': 'Alpen'},"
                + " 'tourTypes': ['" + EUROPE + "', 'jcr:" + asia + "', '" + NOBODY + "']}}"));
        assertEquals(201, created.status(), created.toString());
        tour = created.json().path("id").asText();
        assertEquals(200, admin.post("/.rest/authoring/v1/items/tours/" + tour + "/publish", Http.j("{'locales': ['en', 'de']}")).status());
    }

    static void importCategories() throws Exception {
        Http.Res r = admin.send("POST", "/.rest/authoring/v1/workspaces/category/import",
                Files.readString(MagnoliaWorkspacesHttpTest.SPA.resolve("_dev/content-to-bootstrap/category.xml")), "application/xml");
        assertEquals(200, r.status(), r.toString());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode types(String lang) {
        Http.Res r = http.get("/.rest/delivery/trips@" + tour + "?lang=" + lang);
        assertEquals(200, r.status(), r.toString());
        return r.json().path("tourTypes");
    }

    @Test
    void tour_types_are_answered_as_the_category_nodes_and_follow_their_changes() throws Exception {
        JsonNode types = types("en");
        assertEquals("Europe", types.get(0).path("displayName").asText(), types.toString());
        assertEquals("/destinations/europe", types.get(0).path("@path").asText());
        assertEquals("mgnl:category", types.get(0).path("@nodeType").asText());
        assertEquals("[]", types.get(0).path("@nodes").toString(), "the node without its children");
        assertEquals(asia, types.get(1).path("@id").asText(), "Magnolia's jcr: prefix is read: " + types);
        assertEquals(NOBODY, types.get(2).asText(), "an identifier no node has is answered as stored");
        assertEquals("Europa", types("de").get(0).path("displayName").asText(), "the reader's language, as over the workspace itself");
        assertEquals("Europa", http.get("/.rest/delivery/trips@" + tour + "?lang=all").json().path("tourTypes").get(0)
                .path("displayName_de").asText(), "lang=all shows every variant");
        JsonNode listed = http.get("/.rest/delivery/trips?lang=en").json().path("results").get(0);
        assertEquals("Europe", listed.path("tourTypes").get(0).path("displayName").asText(), listed.toString());

        // Magnolia's nodes API changes Europe: the stored (and cached) answer follows
        Http.Res set = admin.post("/.rest/nodes/v1/category/destinations/europe",
                Http.j("{'properties': [{'name': 'displayName', 'type': 'String', 'values': ['Old Europe']}]}"));
        assertEquals(200, set.status(), set.toString());
        assertEquals("Old Europe", types("en").get(0).path("displayName").asText());
        assertEquals("Old Europe", http.get("/.rest/delivery/trips?lang=en").json().path("results").get(0).path("tourTypes").get(0)
                .path("displayName").asText(), "lists too");

        // deleted: the identifier as stored; imported again: the node
        assertEquals(204, admin.delete("/.rest/nodes/v1/category/destinations/asia").status());
        assertEquals("jcr:" + asia, types("en").get(1).asText());
        importCategories();
        JsonNode back = types("en");
        assertEquals("/destinations/asia", back.get(1).path("@path").asText(), back.toString());
        assertEquals("Europe", back.get(0).path("displayName").asText(), "the import replaced the changed node");
    }

    @Test
    void the_endpoint_loads_without_a_warning() {
        assertTrue(server.services().delivery.endpoints().warnings().stream().noneMatch(w -> w.contains("trips.yaml")),
                server.services().delivery.endpoints().warnings().toString());
    }
}
