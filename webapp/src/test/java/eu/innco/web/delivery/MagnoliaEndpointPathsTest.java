package eu.innco.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.innco.content.ContentItem;
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
 * A second light module's endpoint named as Magnolia names versions ({@code partners_v1.yaml}) is
 * served at {@code /.rest/delivery/partners/v1}, for queries, paths and ids, beside inn-co's own.
 */
class MagnoliaEndpointPathsTest {
    static InncoServer server;
    static Http http;
    static ContentItem org;

    @BeforeAll
    static void start() throws Exception {
        Path modules = Files.createTempDirectory("light-modules");
        Files.createSymbolicLink(modules.resolve("inn-co"), TestServer.checkout().resolve("light-modules/inn-co"));
        Path delivery = Files.createDirectories(modules.resolve("partners/restEndpoints/delivery"));
        Files.writeString(delivery.resolve("partners_v1.yaml"), "$type: deliveryEndpoint_v2\nworkspace: organisations\n");
        server = TestServer.start(Map.of("INNCO_LIGHT_MODULES", modules.toString()));
        http = new Http(server.uri());
        Published content = new Published(server);
        org = content.create("organisation", "{'name': 'Versioned Org', 'country': 'FR', 'city': 'Lyon'}");
        content.publish(org, "en");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_versioned_endpoint_answers_queries_paths_and_ids() {
        assertEquals(1, http.get("/.rest/delivery/partners/v1?lang=en").json().path("total").asInt());
        assertEquals(1, http.get("/.rest/delivery/partners/v1/?lang=en").json().path("total").asInt());
        assertEquals("Lyon", http.get("/.rest/delivery/partners/v1/" + org.name() + "?lang=en").json().path("city").asText());
        assertEquals("Lyon", http.get("/.rest/delivery/partners/v1@" + org.id() + "?lang=en").json().path("city").asText());
        assertEquals("Lyon", http.get("/.rest/delivery/organisations/" + org.name() + "?lang=en").json().path("city").asText());
    }

    @Test
    void the_file_name_itself_is_not_an_endpoint() {
        Http.Res r = http.get("/.rest/delivery/partners_v1");
        assertEquals(404, r.status(), r.toString());
        assertEquals("INNCO-DELIVERY-404", r.json().path("code").asText(), r.toString());
    }
}
