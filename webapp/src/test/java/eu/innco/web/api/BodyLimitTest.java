package eu.innco.web.api;

import static eu.innco.web.Http.j;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.Http;
import eu.innco.web.Http.Res;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** INNCO_MAX_BODY_BYTES sets the largest JSON body; a larger one is a 413 problem, and nothing is written. */
class BodyLimitTest {
    static final String ITEMS = "/.rest/authoring/v1/items/organisation";

    static String organisation(String name, int descriptionLength) {
        return j("{'properties': {'name': '" + name + "', 'country': 'FR', 'description': {'en': '<p>" + "x".repeat(descriptionLength) + "</p>'}}}");
    }

    @Test
    void the_configured_body_limit_is_enforced_with_a_413_problem() throws Exception {
        try (InncoServer server = TestServer.start(Map.of("INNCO_MAX_BODY_BYTES", "4096"))) {
            Http admin = new Http(server.uri()).admin();
            String small = organisation("Small Enough", 3_000);
            String large = organisation("Too Large", 5_000);
            assertTrue(small.length() < 4096 && large.length() > 4096);
            assertEquals(201, admin.post(ITEMS, small).status());
            Res refused = admin.post(ITEMS, large);
            assertEquals(413, refused.status(), refused.body());
            assertEquals("application/problem+json", refused.contentType());
            assertEquals(413, refused.json().path("status").asInt());
            assertTrue(refused.json().path("detail").asText().contains("4096"), refused.body());
            assertEquals(404, admin.get(ITEMS + "/too-large").status());
            assertEquals(1, admin.get(ITEMS).json().path("total").asInt(), "only the small one was written");
            String id = admin.get(ITEMS).json().path("results").get(0).path("id").asText();
            assertEquals(413, admin.put(ITEMS + "/" + id, large, "If-Match", "*").status(), "replacements too");
        }
        try (InncoServer defaults = TestServer.start()) {
            assertEquals(201, new Http(defaults.uri()).admin().post(ITEMS, organisation("Too Large", 5_000)).status(),
                    "the default limit (1 MiB) takes it");
        }
    }
}
