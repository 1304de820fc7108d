package eu.innco.web.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 21: every answer carries a request id, the caller's when it is a plausible one, else a new one. */
class RequestIdTest {
    static InncoServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_plausible_id_from_the_caller_comes_back_unchanged() {
        for (String id : new String[] {"3f2a9c1e-77b0-4d3e-9a51-0c8e2f6b1d44", "nginx.8d1e6c0a", "Root=1-67891233-abcdef012345678912345678"}) {
            assertEquals(id, http.get("/.rest/health", "X-Request-Id", id).header("X-Request-Id"));
        }
        assertEquals("portal-1", http.get("/en/", "X-Request-Id", "portal-1").header("X-Request-Id"), "pages too");
        assertEquals("missing-1", http.get("/.rest/delivery/nothing-here", "X-Request-Id", "missing-1").header("X-Request-Id"), "errors too");
    }

    @Test
    void an_implausible_id_is_replaced_and_a_missing_one_is_made() {
        for (String bad : new String[] {"x".repeat(129), "<script>alert(1)</script>", "two words", "\"quoted\"", "caf\u00e9"}) {
            String answered = http.get("/.rest/health", "X-Request-Id", bad).header("X-Request-Id");
            assertTrue(answered.matches("[0-9a-f]{32}"), bad + " -> " + answered);
        }
        String one = http.get("/.rest/health").header("X-Request-Id");
        String two = http.get("/.rest/health").header("X-Request-Id");
        assertTrue(one.matches("[0-9a-f]{32}") && two.matches("[0-9a-f]{32}"), one + " " + two);
        assertNotEquals(one, two);
    }
}
