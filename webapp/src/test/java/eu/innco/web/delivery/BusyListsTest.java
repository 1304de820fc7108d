package eu.innco.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.content.ContentItem;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * When every turn to make a list is taken for longer than a list may wait, the list gets a 503
 * problem with Retry-After from either door (the servlet fast path and Jersey) and the refusal is
 * counted; a single node never waits for a turn, and a list is served again once a turn is free.
 */
class BusyListsTest {
    static final String TOKEN = "busy-lists-metrics-51c0";
    static final String LIST = "/.rest/delivery/caseStudies?lang=fr&country=FR";
    static InncoServer server;
    static Http http;
    static DeliveryDoors doors;
    static ContentItem study;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of("INNCO_RATE_LIMIT_PER_MINUTE", "0", "INNCO_DELIVERY_CACHE_MB", "0",
                "INNCO_DELIVERY_QUERY_SLOTS", "1", "INNCO_METRICS_TOKEN", TOKEN));
        http = new Http(server.uri());
        doors = server.services().deliveryDoors;
        Published content = new Published(server);
        study = content.create("caseStudy", "{'title': {'en': 'Busy bakery', 'fr': 'Boulangerie occupée'}, 'country': 'FR', 'publicationDate': '2024-03-01'}");
        content.publish(study, "en", "fr");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void lists_wait_for_a_turn_and_get_a_503_when_none_comes_in_time() throws Exception {
        assertEquals(200, http.get(LIST).status());
        QueryTurns before = doors.turns;
        doors.turns = new QueryTurns(1, 200);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            Future<?> held = pool.submit(() -> doors.turns.inTurn(() -> {
                holding.countDown();
                QueryTurnsTest.await(release);
                return null;
            }));
            assertTrue(holding.await(10, TimeUnit.SECONDS));
            double refused = eu.innco.web.metrics.Scrapes.value(scrape(), "innco_delivery_queries_refused_total", 0);
            busy(http.get(LIST), "the servlet fast path");
            doors.listsBeforeJersey = false;
            busy(http.get(LIST + "&limit=5"), "Jersey");
            doors.listsBeforeJersey = true;
            assertEquals(refused + 2, eu.innco.web.metrics.Scrapes.value(scrape(), "innco_delivery_queries_refused_total", 0));
            Http.Res node = http.get("/.rest/delivery/caseStudies/" + study.name() + "?lang=fr");
            assertEquals(200, node.status(), "a single node takes no turn");
            release.countDown();
            held.get(10, TimeUnit.SECONDS);
            Http.Res again = http.get(LIST);
            assertEquals(200, again.status());
            assertTrue(again.body().contains("Boulangerie occupée"), again.body());
        } finally {
            doors.listsBeforeJersey = true;
            release.countDown();
            pool.shutdownNow();
            doors.turns = before;
        }
    }

    @Test
    void the_setting_is_read_and_refused_when_negative() {
        assertEquals(1, doors.settings.querySlots());
        assertEquals("1", doors.settings.describe().get("INNCO_DELIVERY_QUERY_SLOTS"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DeliverySettings.from(eu.innco.config.Settings.of(Map.of("INNCO_DELIVERY_QUERY_SLOTS", "-1"))));
        assertTrue(e.getMessage().contains("INNCO_DELIVERY_QUERY_SLOTS"), e.getMessage());
        assertTrue(DeliverySettings.defaults().querySlots() >= 2);
    }

    @Test
    void the_openapi_document_names_the_503_of_public_lists_only() {
        com.fasterxml.jackson.databind.JsonNode paths = http.get("/.rest/openapi.json").json().path("paths");
        com.fasterxml.jackson.databind.JsonNode list = paths.path("/.rest/delivery/caseStudies").path("get").path("responses");
        assertEquals("integer", list.path("503").path("headers").path("Retry-After").path("schema").path("type").asText(), list.toString());
        assertTrue(paths.path("/.rest/delivery/caseStudies/{path}").path("get").path("responses").has("200"));
        assertTrue(!paths.path("/.rest/delivery/caseStudies/{path}").path("get").path("responses").has("503"), "a single node never waits");
    }

    static void busy(Http.Res r, String door) {
        assertEquals(503, r.status(), door + ": " + r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), door + ": " + r.contentType());
        assertEquals("1", r.header("Retry-After"), door);
        assertTrue(r.body().contains("\"code\":\"INNCO-DELIVERY-503\""), door + ": " + r.body());
        assertEquals("nosniff", r.header("X-Content-Type-Options"), door);
    }

    static String scrape() {
        return eu.innco.web.metrics.Scrapes.scrape(http, TOKEN);
    }
}
