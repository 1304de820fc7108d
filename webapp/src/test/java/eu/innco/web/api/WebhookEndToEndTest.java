package eu.innco.web.api;

import static eu.innco.web.Http.j;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import eu.innco.web.Http;
import eu.innco.web.Http.Res;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A publication through the running server reaches a partner's receiver: a webhook definition in
 * the light module points at a small HTTP server on loopback, which checks each delivery's
 * signature as a partner would, from the documented scheme alone.
 */
class WebhookEndToEndTest {
    static final String API = "/.rest/authoring/v1/";
    static final String SECRET = "partner-shared-secret-0123456789";

    record Delivery(String body, String event, String id, String timestamp, String signature) {}

    @Test
    void a_publication_and_an_unpublication_reach_the_receiver_signed_and_are_in_the_delivery_log(@TempDir Path dir) throws Exception {
        List<Delivery> received = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/innco-events", ex -> {
            var h = ex.getRequestHeaders();
            received.add(new Delivery(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), h.getFirst("X-Innco-Event"),
                    h.getFirst("X-Innco-Delivery"), h.getFirst("X-Innco-Timestamp"), h.getFirst("X-Innco-Signature")));
            ex.sendResponseHeaders(calls.incrementAndGet() == 1 ? 503 : 204, -1); // the first answer is a failure: it is retried
            ex.close();
        });
        receiver.start();
        Path modules = copyOfLightModules(dir);
        Files.writeString(modules.resolve("inn-co/webhooks/partner-portal.yaml"), "description: the test's receiver\n"
                + "url: http://127.0.0.1:" + receiver.getAddress().getPort() + "/innco-events\n"
                + "events: [published, unpublished]\ncontentTypes: [organisation]\nsecretEnv: PARTNER_PORTAL_SECRET\nmaxAttempts: 3\n");
        try (InncoServer server = TestServer.start(Map.of("INNCO_LIGHT_MODULES", modules.toString(), "PARTNER_PORTAL_SECRET", SECRET,
                "INNCO_WEBHOOK_RETRY_MILLIS", "100"))) {
            Http admin = new Http(server.uri()).admin();
            Res created = admin.post(API + "items/organisation", j("{'properties': {'name': 'Hooked Coop', 'country': 'BE'}}"));
            String id = created.json().path("id").asText();
            String study = admin.post(API + "items/caseStudy", j("{'properties': {'title': {'en': 'Not for this hook'}}}")).json().path("id").asText();
            assertEquals(200, admin.post(API + "items/caseStudy/" + study + "/publish", j("{'locales': ['en']}")).status());
            assertEquals(200, admin.post(API + "items/organisation/" + id + "/publish", j("{'locales': ['fr', 'nl']}")).status());
            JsonNode first = waitForDelivered(admin, 1);
            assertEquals(200, admin.post(API + "items/organisation/" + id + "/unpublish", j("{'locales': ['nl']}")).status());
            JsonNode log = waitForDelivered(admin, 2);

            assertEquals(3, received.size(), "two events, the first sent twice: " + received);
            for (Delivery d : received) assertTrue(signatureIsValid(SECRET, d), "signature of " + d);
            assertFalse(signatureIsValid("another-secret-of-enough-length", received.get(0)), "a wrong secret does not verify");
            Delivery tampered = received.get(0);
            assertFalse(signatureIsValid(SECRET, new Delivery(tampered.body().replace("fr", "pl"), tampered.event(), tampered.id(),
                    tampered.timestamp(), tampered.signature())), "nor does a changed body");

            JsonNode published = Http.JSON.readTree(received.get(1).body());
            assertEquals(List.of("published", "organisation", id, "admin", "[\"fr\",\"nl\"]", "1"), List.of(published.path("event").asText(),
                    published.path("type").asText(), published.path("itemId").asText(), published.path("user").asText(),
                    published.path("locales").toString(), published.path("version").asText()));
            assertEquals(received.get(0).body(), received.get(1).body(), "a retry sends the same event");
            assertEquals(published.path("id").asText(), received.get(1).id(), "X-Innco-Delivery names the delivery");
            JsonNode unpublished = Http.JSON.readTree(received.get(2).body());
            assertEquals(List.of("unpublished", "[\"nl\"]"), List.of(received.get(2).event(), unpublished.path("locales").toString()));

            JsonNode newest = log.get(0);
            JsonNode older = log.get(1);
            assertEquals(List.of(unpublished.path("id").asText(), "unpublished", id), List.of(newest.path("id").asText(),
                    newest.path("event").asText(), newest.path("item").asText()));
            assertEquals(first.get(0).path("id").asText(), older.path("id").asText());
            assertEquals(List.of(503, 204), List.of(older.path("attempts").get(0).path("status").asInt(),
                    older.path("attempts").get(1).path("status").asInt()), older.toString());
            assertEquals(404, admin.get(API + "webhooks/nobody/deliveries").status());
        } finally {
            receiver.stop(0);
        }
    }

    /** What a partner does: HMAC-SHA256 of "timestamp.body" with the shared secret, compared in constant time, and a recent timestamp. */
    static boolean signatureIsValid(String secret, Delivery d) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((d.timestamp() + "." + d.body()).getBytes(StandardCharsets.UTF_8));
            byte[] sent = d.signature().startsWith("sha256=") ? HexFormat.of().parseHex(d.signature().substring(7)) : new byte[0];
            boolean fresh = Math.abs(Instant.now().getEpochSecond() - Long.parseLong(d.timestamp())) < 300;
            return MessageDigest.isEqual(expected, sent) && fresh;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The partner's delivery log once {@code count} deliveries are delivered, newest first. */
    static JsonNode waitForDelivered(Http admin, int count) throws InterruptedException {
        JsonNode log = null;
        for (int i = 0; i < 150; i++) {
            log = admin.get(API + "webhooks/partner-portal/deliveries").json().path("deliveries");
            long delivered = 0;
            for (JsonNode d : log) if (d.path("state").asText().equals("delivered")) delivered++;
            if (delivered >= count) return log;
            Thread.sleep(100);
        }
        throw new AssertionError(count + " deliveries expected: " + log);
    }

    static Path copyOfLightModules(Path dir) throws IOException {
        Path from = TestServer.checkout().resolve("light-modules");
        Path to = dir.resolve("light-modules");
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(f -> {
                try {
                    Files.copy(f, to.resolve(from.relativize(f).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return to;
    }
}
