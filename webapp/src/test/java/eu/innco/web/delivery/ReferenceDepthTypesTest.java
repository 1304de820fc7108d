package eu.innco.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import eu.innco.content.ContentItem;
import eu.innco.security.Actor;
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
 * {@code referenceDepth} in what clients generate from: an event whose host organisation has a logo
 * and visited that same event (a cycle), read through endpoints of depth 0 and 2. The OpenAPI
 * schemas and the GraphQL types describe each level as it is answered: ids at depth 0, the host's
 * logo expanded two levels down at depth 2, and the cycle's id where the renderer stopped.
 */
class ReferenceDepthTypesTest {
    static InncoServer server;
    static Http http;
    static ContentItem event;
    static String logo;

    static String endpoint(int depth) {
        return "workspace: events\nreferenceDepth: " + depth + "\nreferences:\n  - propertyName: host\n  - propertyName: visitedDuring\n"
                + "  - propertyName: logo\n    referenceResolver:\n      class: info.magnolia.rest.reference.dam.AssetReferenceResolverDefinition\n"
                + "      assetRenditions: [thumbnail]\n";
    }

    @BeforeAll
    static void start() throws Exception {
        Path modules = Files.createTempDirectory("light-modules");
        Files.createSymbolicLink(modules.resolve("inn-co"), TestServer.checkout().resolve("light-modules/inn-co"));
        Path own = Files.createDirectories(modules.resolve("site/restEndpoints/delivery"));
        Files.writeString(own.resolve("deep0.yaml"), endpoint(0));
        Files.writeString(own.resolve("deep2.yaml"), endpoint(2));
        server = TestServer.start(Map.of("INNCO_LIGHT_MODULES", modules.toString()));
        http = new Http(server.uri());
        Published content = new Published(server);
        logo = Images.published(server.uri(), http.admin(), "logo.png", Images.withBlock(40, 30, Color.RED, 0, 0, 5, 5, "png"));
        ContentItem org = content.create("organisation", "{'name': 'Hosts', 'country': 'BE', 'logo': '" + logo + "'}");
        content.publish(org, "en");
        event = content.create("event", "{'title': {'en': 'Forum'}, 'kind': 'seminar', 'startDate': '2026-11-26', 'host': '" + org.id() + "'}");
        content.publish(event, "en");
        server.services().content.patch(Actor.SYSTEM, "organisation", org.id(),
                Http.JSON.readTree(Http.j("{'properties': {'visitedDuring': ['" + event.id() + "']}}")), eu.innco.content.Precondition.ANY);
        content.publish(org, "en");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    static JsonNode graphql(String query) {
        Http.Res r = http.post("/.rest/graphql", JsonNodeFactory.instance.objectNode().put("query", query).toString());
        assertEquals(200, r.status(), r.body());
        assertTrue(r.json().path("errors").isMissingNode(), r.body());
        return r.json().path("data");
    }

    @Test
    void graphql_asks_for_references_two_levels_down() {
        JsonNode rest = http.get("/.rest/delivery/deep2@" + event.id() + "?lang=en").json();
        JsonNode host = graphql("{ eventDeep2(id: \"" + event.id() + "\", lang: \"en\") { title host { name logo { _id _link renditions }"
                + " visitedDuring { _id title } } } }").path("eventDeep2").path("host");
        assertEquals("Hosts", host.path("name").asText(), host.toString());
        assertEquals("/dam/" + logo + "/logo.png", host.path("logo").path("_link").asText(), host.toString());
        assertEquals(rest.path("host").path("logo").path("@link"), host.path("logo").path("_link"));
        assertEquals(rest.path("host").path("logo").path("renditions"), host.path("logo").path("renditions"));
        assertEquals(event.id(), rest.path("host").path("visitedDuring").get(0).asText(), "REST: the cycle stops at the id");
        assertTrue(host.path("visitedDuring").get(0).isNull(), "GraphQL: the node already on the way down is null: " + host);
    }

    @Test
    void graphql_types_references_as_ids_at_depth_zero() {
        JsonNode one = graphql("{ eventDeep0(id: \"" + event.id() + "\") { host } }").path("eventDeep0");
        assertEquals(http.get("/.rest/delivery/deep0@" + event.id()).json().path("host").asText(), one.path("host").asText(), one.toString());
    }

    @Test
    void the_openapi_schemas_type_each_level_and_the_answers_conform() throws Exception {
        JsonNode schemas = http.get("/.rest/openapi.json").json().path("components").path("schemas");
        JsonNode deep0 = schemas.path("Deep0Item").path("allOf").get(1).path("properties");
        assertEquals("string", deep0.path("host").path("type").asText(), "referenceDepth 0: an id, as answered: " + deep0.path("host"));
        JsonNode host = schemas.path("Deep2Item").path("allOf").get(1).path("properties").path("host");
        assertEquals("#/components/schemas/Deep2OrganisationLevel1", host.path("$ref").asText(), host.toString());
        JsonNode level1 = schemas.path("Deep2OrganisationLevel1").path("allOf").get(1).path("properties");
        assertTrue(level1.path("logo").toString().contains("@link"), "the logo expanded below the host: " + level1.path("logo"));
        assertTrue(level1.path("visitedDuring").toString().contains("\"type\":\"string\""), "or the id of a cycle: " + level1.path("visitedDuring"));

        TypeScriptTools tools = TypeScriptTools.require();
        Path dir = tools.workFolder();
        Files.writeString(dir.resolve("openapi.json"), http.get("/.rest/openapi.json").body());
        assertTrue(tools.node(dir, "validate.mjs", "openapi.json").contains("valid OpenAPI 3.1"));
        String d = "/.rest/delivery/";
        List<String> args = List.of("openapi.json", server.uri().toString().replaceAll("/$", ""),
                d + "deep2/{path}", d + "deep2/" + event.name() + "?lang=en", d + "deep2", d + "deep2?lang=all",
                d + "deep0/{path}", d + "deep0/" + event.name() + "?lang=en");
        String out = tools.node(dir, "conforms.mjs", args.toArray(String[]::new));
        assertEquals(3, out.lines().filter(l -> l.startsWith("conforms ")).count(), out);
    }
}
