package eu.innco.web;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.FuzzProperty;
import eu.innco.config.Settings;
import eu.innco.content.ContentItem;
import eu.innco.content.Precondition;
import eu.innco.security.Actor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Bodies of the authoring API's writes, read as the API reads them ({@link JsonBodies}, with the
 * size limit) and given to the content service's create, replace or merge patch on the server's
 * real services (in-memory store, every hook: audit, publishing, delivery index). Every body is
 * written or refused as a 4xx, never an unexpected exception, never a hang.
 *
 * <p>Corpus: {@code JsonBodiesFuzzTestInputs/itemBody/}; the first line names the write and the
 * type ({@code create organisation}, {@code patch caseStudy}), the rest is the body. Replace and
 * patch go to an item of that type made at the start.
 */
class JsonBodiesFuzzTest {
    static Services services;
    static final JsonBodies BODIES = new JsonBodies(1024 * 1024);
    static final Map<String, String> EXISTING = new HashMap<>();

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> s = new HashMap<>();
        s.put("INNCO_STORE", "memory");
        s.put("INNCO_ADMIN_PASSWORD", TestServer.ADMIN_PASSWORD);
        s.put("INNCO_LIGHT_MODULES", TestServer.checkout().resolve("light-modules").toString());
        s.put("INNCO_IMPORT_ON_START", "false");
        s.put("INNCO_SCHEDULER", "false");
        s.put("INNCO_HOME", Files.createTempDirectory("innco-fuzz").toString());
        services = Services.start(ServerConfig.from(Settings.of(s)));
        EXISTING.put("organisation", create("organisation", "{'properties': {'name': 'La Ruche', 'country': 'FR'}}"));
        EXISTING.put("caseStudy", create("caseStudy", "{'properties': {'title': {'en': 'A shared warehouse'}}}"));
        EXISTING.put("event", create("event", "{'properties': {'kind': 'seminar', 'title': {'en': 'Seminar'}, 'startDate': '2026-03-14T09:00:00Z'}}"));
    }

    static String create(String type, String singleQuoted) {
        JsonNode body = BODIES.read(new ByteArrayInputStream(Http.j(singleQuoted).getBytes(StandardCharsets.UTF_8)));
        return services.content.create(Actor.SYSTEM, type, body).id();
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @FuzzTest(maxDuration = "25s")
    void itemBody(byte[] input) throws Exception {
        int newline = indexOf(input, (byte) '\n');
        String[] head = new String(input, 0, Math.max(newline, 0), StandardCharsets.UTF_8).trim().split(" ");
        String write = head[0];
        String type = head.length > 1 && EXISTING.containsKey(head[1]) ? head[1] : "organisation";
        ByteArrayInputStream body = new ByteArrayInputStream(input, newline + 1, input.length - newline - 1);
        FuzzProperty.holds(() -> {
            JsonNode json = BODIES.read(body);
            ContentItem written = switch (write) {
                case "replace" -> services.content.replace(Actor.SYSTEM, type, EXISTING.get(type), json, Precondition.ANY);
                case "patch" -> services.content.patch(Actor.SYSTEM, type, EXISTING.get(type), json, Precondition.ANY);
                default -> services.content.create(Actor.SYSTEM, type, json);
            };
            // what was accepted must read back
            services.content.get(Actor.SYSTEM, type, written.id());
        });
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == b) return i;
        return -1;
    }
}
