package eu.innco.publishing.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import eu.innco.InncoException;
import eu.innco.TestModule;
import eu.innco.config.Settings;
import eu.innco.publishing.PublicationEvent;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Webhooks against a real HTTP receiver on loopback: signed bodies, retries with backoff, a delivery log. */
class WebhookDispatcherTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String SECRET = "a-webhook-secret-of-some-length";

    record Received(byte[] body, String signature, String timestamp, String event, long at) {}

    @Test
    void a_delivery_interrupted_by_a_stop_is_resumed_at_the_next_start_with_the_same_id_and_body(@TempDir Path dir) throws Exception {
        List<String> deliveries = new CopyOnWriteArrayList<>();
        List<String> bodies = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger calls = new AtomicInteger();
        receiver.createContext("/hook", ex -> {
            deliveries.add(ex.getRequestHeaders().getFirst("X-Innco-Delivery"));
            bodies.add(new String(ex.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            ex.sendResponseHeaders(calls.incrementAndGet() == 1 ? 503 : 204, -1);
            ex.close();
        });
        receiver.start();
        Path modules = dir.resolve("light-modules");
        Files.createDirectories(modules.resolve("inn-co/webhooks"));
        Files.writeString(modules.resolve("inn-co/webhooks/partner-site.yaml"), "url: http://127.0.0.1:" + receiver.getAddress().getPort()
                + "/hook\nevents: [published]\nsecretEnv: HOOK_SECRET\nmaxAttempts: 3\n");
        List<WebhookDefinition> defs = WebhookLoader.load(modules, Settings.of(Map.of("HOOK_SECRET", SECRET)));
        try (TestModule m = TestModule.memory()) {
            // the first server's retry is an hour away: it stops before making it
            try (WebhookDispatcher first = new WebhookDispatcher(defs, m.repository, Clock.systemUTC(), Duration.ofHours(1))) {
                first.published(new PublicationEvent(PublicationEvent.Kind.PUBLISHED, "caseStudy", "0b0c0d0e-0000-4000-8000-000000000002",
                        "/caseStudies/y", List.of("fr"), "pia", Instant.now(), 1L));
                for (int i = 0; i < 100 && first.deliveries("partner-site", 1).get(0).attempts().isEmpty(); i++) Thread.sleep(50);
                assertEquals("retrying", first.deliveries("partner-site", 1).get(0).state());
            }
            try (WebhookDispatcher next = new WebhookDispatcher(defs, m.repository, Clock.systemUTC(), Duration.ofMillis(50))) {
                assertEquals(1, next.resume());
                for (int i = 0; i < 100 && !next.deliveries("partner-site", 1).get(0).state().equals("delivered"); i++) Thread.sleep(50);
                WebhookDelivery log = next.deliveries("partner-site", 1).get(0);
                assertEquals("delivered", log.state());
                assertEquals(List.of(503, 204), log.attempts().stream().map(WebhookDelivery.Attempt::status).toList());
                assertEquals(List.of(log.id(), log.id()), deliveries, "the same delivery, not a new one");
                assertEquals(bodies.get(0), bodies.get(1));
                assertEquals(0, next.resume(), "a delivered one is not sent again");
            }
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void a_publication_is_posted_signed_and_retried_with_backoff_until_the_receiver_accepts(@TempDir Path dir) throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            received.add(new Received(body, ex.getRequestHeaders().getFirst("X-Innco-Signature"),
                    ex.getRequestHeaders().getFirst("X-Innco-Timestamp"), ex.getRequestHeaders().getFirst("X-Innco-Event"), System.nanoTime()));
            int status = calls.incrementAndGet() <= 2 ? 503 : 204;
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        receiver.start();
        Path modules = dir.resolve("light-modules");
        Files.createDirectories(modules.resolve("inn-co/webhooks"));
        Files.writeString(modules.resolve("inn-co/webhooks/partner-site.yaml"), "url: http://127.0.0.1:" + receiver.getAddress().getPort()
                + "/hook\nevents: [published]\ncontentTypes: [caseStudy]\nsecretEnv: HOOK_SECRET\nmaxAttempts: 5\n");
        List<WebhookDefinition> defs = WebhookLoader.load(modules, Settings.of(Map.of("HOOK_SECRET", SECRET)));
        try (TestModule m = TestModule.memory();
             WebhookDispatcher d = new WebhookDispatcher(defs, m.repository, Clock.systemUTC(), Duration.ofMillis(200))) {
            PublicationEvent event = new PublicationEvent(PublicationEvent.Kind.PUBLISHED, "caseStudy", "0b0c0d0e-0000-4000-8000-000000000001",
                    "/caseStudies/x", List.of("en", "fr"), "pia", Instant.now(), 3L);
            d.published(event);
            d.published(new PublicationEvent(PublicationEvent.Kind.PUBLISHED, "organisation", "id", "/o", List.of("en"), "pia", Instant.now(), 1L));
            d.published(new PublicationEvent(PublicationEvent.Kind.UNPUBLISHED, "caseStudy", "id", "/c", List.of("en"), "pia", Instant.now(), null));
            for (int i = 0; i < 100 && d.deliveries("partner-site", 10).stream().noneMatch(x -> x.state().equals("delivered")); i++) Thread.sleep(50);
            WebhookDelivery log = d.deliveries("partner-site", 10).get(0);
            assertEquals(1, d.deliveries("partner-site", 10).size(), "only the published case study matches");
            assertEquals("delivered", log.state());
            assertEquals(List.of(503, 503, 204), log.attempts().stream().map(WebhookDelivery.Attempt::status).toList());
            assertEquals(3, received.size());
            long first = received.get(1).at() - received.get(0).at();
            long second = received.get(2).at() - received.get(1).at();
            assertTrue(first >= 180_000_000L && second >= 380_000_000L, "backoff doubles: " + first / 1e6 + " ms then " + second / 1e6 + " ms");
            for (Received r : received) {
                assertEquals(WebhookSignature.sign(SECRET, Long.parseLong(r.timestamp()), r.body()), r.signature(), "signature checks");
                assertEquals("published", r.event());
            }
            assertTrue(!received.get(0).signature().equals(WebhookSignature.sign("wrong secret wrong", Long.parseLong(received.get(0).timestamp()), received.get(0).body())));
            JsonNode body = JSON.readTree(received.get(0).body());
            assertEquals("caseStudy", body.get("type").asText());
            assertEquals("[\"en\",\"fr\"]", body.get("locales").toString());
            assertEquals(3, body.get("version").asInt());
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void a_receiver_that_never_accepts_is_given_up_after_the_attempt_limit(@TempDir Path dir) throws Exception {
        WebhookDefinition dead = new WebhookDefinition("dead", java.net.URI.create("http://127.0.0.1:9/nothing"), Set.of("published"), Set.of(),
                SECRET, true, 3, "test");
        try (TestModule m = TestModule.memory(); WebhookDispatcher d = new WebhookDispatcher(List.of(dead), m.repository, Clock.systemUTC(), Duration.ofMillis(20))) {
            d.published(new PublicationEvent(PublicationEvent.Kind.PUBLISHED, "caseStudy", "x", "/c", List.of("en"), "pia", Instant.now(), 1L));
            for (int i = 0; i < 100 && d.deliveries("dead", 1).stream().noneMatch(x -> x.state().equals("failed")); i++) Thread.sleep(50);
            WebhookDelivery log = d.deliveries("dead", 1).get(0);
            assertEquals("failed", log.state());
            assertEquals(3, log.attempts().size());
            assertEquals(0, log.attempts().get(0).status());
        }
    }

    @Test
    void a_broken_webhook_definition_is_reported_with_file_and_line_and_a_missing_secret_is_refused(@TempDir Path dir) throws Exception {
        Path modules = dir.resolve("light-modules");
        Files.createDirectories(modules.resolve("inn-co/webhooks"));
        Files.writeString(modules.resolve("inn-co/webhooks/bad.yaml"), "url: ftp://x\nevents: [deleted]\nsecretEnv: NOT_SET\nretries: 3\n");
        InncoException e = assertThrows(InncoException.class, () -> WebhookLoader.load(modules, Settings.of(Map.of())));
        String all = e.errors().toString();
        assertTrue(all.contains("inn-co/webhooks/bad.yaml:4") && all.contains("unknown key 'retries'"), all);
        assertTrue(all.contains("events are"), all);
        assertTrue(all.contains("url must be an http or https address"), all);
        assertTrue(all.contains("needs a secret") && all.contains("NOT_SET"), all);
        assertTrue(!new WebhookDefinition("x", java.net.URI.create("http://a"), Set.of(), Set.of(), SECRET, true, 1, "").toString().contains(SECRET));
    }
}
