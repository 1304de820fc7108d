package eu.innco.web.metrics;

import static eu.innco.web.Http.j;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import eu.innco.mail.MailMessage;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoublePredicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: each metric of docs/metrics.md moves when the thing it measures happens, seen by
 * scraping {@code /.rest/metrics} of a real server on a segment store before and after the action.
 */
class MetricsMoveTest {
    static final String API = "/.rest/authoring/v1/";
    static final String TOKEN = "metrics-move-token-91fa";
    @TempDir static Path dir;
    static HttpServer receiver;
    static InncoServer server;
    static Http http;
    static Http admin;

    @BeforeAll
    static void start() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", ex -> {
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(calls.incrementAndGet() == 1 ? 503 : 204, -1); // the first is refused: one retry
            ex.close();
        });
        receiver.start();
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort(); // nobody listens there once closed: every attempt fails
        }
        Path modules = eu.innco.web.api.WebhookTestModules.copy(dir);
        Files.writeString(modules.resolve("inn-co/webhooks/listening.yaml"), "url: http://127.0.0.1:" + receiver.getAddress().getPort()
                + "/hook\nevents: [published]\ncontentTypes: [organisation]\nsecret: metrics-test-secret-0123456789\nmaxAttempts: 3\n");
        Files.writeString(modules.resolve("inn-co/webhooks/gone.yaml"), "url: http://127.0.0.1:" + closed
                + "/hook\nevents: [published]\ncontentTypes: [organisation]\nsecret: metrics-test-secret-0123456789\nmaxAttempts: 1\n");
        server = TestServer.start(Map.of("INNCO_METRICS_TOKEN", TOKEN, "INNCO_STORE", "segment", "INNCO_LIGHT_MODULES", modules.toString(),
                "INNCO_WEBHOOK_RETRY_MILLIS", "100", "INNCO_SCHEDULER_INTERVAL_SECONDS", "1"));
        http = new Http(server.uri());
        admin = http.admin();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        receiver.stop(0);
    }

    static String scrape() {
        return Scrapes.scrape(http, TOKEN);
    }

    /** The value of one series; NaN when it is not there. */
    static double value(String text, String series) {
        return Scrapes.value(text, series, Double.NaN);
    }

    /** Scrapes until {@code series} satisfies {@code until} (background work: webhooks, schedules), at most 30 s. */
    static double await(String series, DoublePredicate until) throws InterruptedException {
        String text = "";
        for (int i = 0; i < 300; i++) {
            text = scrape();
            if (until.test(value(text, series))) return value(text, series);
            Thread.sleep(100);
        }
        throw new AssertionError(series + " did not move: " + text);
    }

    static String organisation(String name) {
        Http.Res r = admin.post(API + "items/organisation", j("{'properties': {'name': '" + name + "', 'country': 'BE'}}"));
        assertEquals(201, r.status(), r.body());
        return r.json().path("id").asText();
    }

    @Test
    void the_page_cache_counts_a_miss_then_a_hit() {
        String before = scrape();
        assertEquals(200, http.get("/en/organisations?metrics=page").status());
        String middle = scrape();
        assertEquals(value(before, "innco_page_cache_misses_total") + 1, value(middle, "innco_page_cache_misses_total"), middle);
        assertEquals(200, http.get("/en/organisations?metrics=page").status());
        assertEquals(value(middle, "innco_page_cache_hits_total") + 1, value(scrape(), "innco_page_cache_hits_total"));
    }

    @Test
    void a_publication_is_counted_moves_the_index_and_its_lag_is_measured() {
        String id = organisation("Counted Coop");
        String pub = "innco_publications_total{kind=\"published\",origin=\"this-server\"}";
        String unpub = "innco_publications_total{kind=\"unpublished\",origin=\"this-server\"}";
        String lag = "innco_index_lag_seconds_count{origin=\"this-server\"}";
        String before = scrape();
        assertEquals(200, admin.post(API + "items/organisation/" + id + "/publish", j("{'locales': ['en', 'fr']}")).status());
        String after = scrape();
        assertEquals(value(before, pub) + 1, value(after, pub), "one item published, whatever its locales");
        assertEquals(value(before, lag) + 1, value(after, lag));
        assertTrue(value(after, "innco_index_generation") > value(before, "innco_index_generation"));
        assertTrue(value(after, "innco_index_lag_seconds_max{origin=\"this-server\"}") < 60, after);
        assertEquals(200, admin.post(API + "items/organisation/" + id + "/unpublish", j("{'locales': ['fr']}")).status());
        assertEquals(value(after, unpub) + 1, value(scrape(), unpub));
    }

    @Test
    void a_schedule_is_counted_pending_then_done() throws Exception {
        String id = organisation("Scheduled Coop");
        String pending = "innco_schedules{state=\"pending\"}";
        String done = "innco_schedules{state=\"done\"}";
        String before = scrape();
        String at = Instant.now().plusSeconds(3).toString();
        assertEquals(201, admin.post(API + "items/organisation/" + id + "/schedule", j("{'action': 'publish', 'at': '" + at
                + "', 'locales': ['en']}")).status());
        Thread.sleep(1100); // the gauges read the repository at most once a second
        assertEquals(value(before, pending) + 1, value(scrape(), pending));
        await(done, v -> v == value(before, done) + 1);
        await(pending, v -> v == value(before, pending));
    }

    @Test
    void webhook_deliveries_retries_and_failures_are_counted() throws Exception {
        String delivered = "innco_webhook_deliveries_total{outcome=\"delivered\",webhook=\"listening\"}";
        String retries = "innco_webhook_retries_total{webhook=\"listening\"}";
        String failed = "innco_webhook_deliveries_total{outcome=\"failed\",webhook=\"gone\"}";
        String before = scrape();
        String id = organisation("Hooked Coop");
        assertEquals(200, admin.post(API + "items/organisation/" + id + "/publish", j("{'locales': ['en']}")).status());
        await(delivered, v -> v >= value(before, delivered) + 1);
        await(failed, v -> v >= value(before, failed) + 1);
        assertTrue(value(scrape(), retries) >= 1, "the receiver refused the first attempt");
    }

    @Test
    void a_mail_waiting_in_the_outbox_is_counted() {
        String before = scrape();
        server.services().outbox.enqueue(new MailMessage("reader@example.org", "Metrics", "A mail that waits: no SMTP server is set.",
                null, Map.of()));
        assertEquals(value(before, "innco_mail_outbox_waiting") + 1, value(scrape(), "innco_mail_outbox_waiting"));
    }

    @Test
    void store_figures_grow_with_writes_and_say_writes_are_accepted() {
        String before = scrape();
        for (int i = 0; i < 20; i++) organisation("Stored Coop " + i);
        String after = scrape();
        assertTrue(value(after, "innco_store_disk_bytes") > value(before, "innco_store_disk_bytes"), before + after);
        assertTrue(value(after, "innco_index_disk_bytes") > 0, after);
        assertTrue(value(after, "innco_disk_free_bytes") > 0, after);
        assertEquals(1, value(after, "innco_store_writable"));
    }
}
