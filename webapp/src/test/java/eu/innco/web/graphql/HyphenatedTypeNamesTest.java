package eu.innco.web.graphql;

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
 * A content type named as Magnolia's demos name theirs ({@code about-careers.yaml}) loads, takes
 * items, is delivered, and is {@code AboutCareers} in GraphQL and in the OpenAPI document (whose
 * schema names the TypeScript client's types are made from).
 */
class HyphenatedTypeNamesTest {
    static InncoServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        Path modules = Files.createTempDirectory("light-modules");
        Files.createSymbolicLink(modules.resolve("inn-co"), TestServer.checkout().resolve("light-modules/inn-co"));
        Path careers = modules.resolve("careers");
        Files.createDirectories(careers.resolve("contentTypes"));
        Files.createDirectories(careers.resolve("restEndpoints/delivery"));
        Files.writeString(careers.resolve("contentTypes/about-careers.yaml"), """
                datasource:
                  workspace: about-careers
                  autoCreate: true
                model:
                  properties:
                    title:
                      required: true
                    team:
                """);
        Files.writeString(careers.resolve("restEndpoints/delivery/about-careers.yaml"), """
                class: info.magnolia.rest.delivery.jcr.v2.JcrDeliveryEndpointDefinition
                workspace: about-careers
                """);
        server = TestServer.start(Map.of("INNCO_LIGHT_MODULES", modules.toString()));
        http = new Http(server.uri());
        String yaml = "'night-nurse':\n  'jcr:primaryType': mgnl:content\n  'mgnl:activationStatus': true\n"
                + "  'title': 'Night nurse'\n  'team': 'Care'\n";
        Http.Res r = http.admin().send("POST", "/.rest/authoring/v1/workspaces/about-careers/import", yaml, "application/yaml");
        assertEquals(200, r.status(), r.toString());
        assertEquals("[\"en\"]", r.json().path("items").path(0).path("publish").toString(), r.body());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_type_is_delivered_under_its_own_name() {
        JsonNode job = http.get("/.rest/delivery/about-careers/night-nurse").json();
        assertEquals("Night nurse", job.path("title").asText(), job.toString());
        assertEquals(1, http.get("/.rest/delivery/about-careers").json().path("total").asInt());
    }

    @Test
    void graphql_names_it_in_pascal_case() {
        JsonNode data = GraphqlClient.data(http, "{ aboutCareers { total results { _name title team } }"
                + " one: aboutCareersItem(path: \"/night-nurse\") { title } t: __type(name: \"AboutCareers\") { name } }");
        assertEquals("AboutCareers", data.path("t").path("name").asText(), data.toString());
        assertEquals("night-nurse", data.path("aboutCareers").path("results").path(0).path("_name").asText(), data.toString());
        assertEquals("Night nurse", data.path("one").path("title").asText(), data.toString());
    }

    @Test
    void the_openapi_document_names_its_schemas_in_pascal_case() {
        JsonNode api = http.get("/.rest/openapi.json").json();
        JsonNode schemas = api.path("components").path("schemas");
        assertTrue(schemas.has("AboutCareersProperties"), schemas.toString().substring(0, 300));
        assertTrue(schemas.has("AboutCareersItem"), "the delivery item schema");
        for (var it = schemas.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            assertTrue(name.matches("[A-Za-z0-9_.]+"), "a schema name a TypeScript generator takes as it is: " + name);
        }
        assertTrue(api.path("paths").has("/.rest/authoring/v1/items/about-careers"), api.path("paths").toString().substring(0, 300));
    }
}
