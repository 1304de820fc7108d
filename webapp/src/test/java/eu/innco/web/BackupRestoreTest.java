package eu.innco.web;

import static eu.innco.web.Http.j;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.config.Settings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup} while the server serves (and is written to), {@code restore} into a new home: every
 * item, every version and every published locale is the same on the restored server.
 */
class BackupRestoreTest {
    static final String API = "/.rest/authoring/v1/";
    static final Map<String, String> ENV = Map.of("INNCO_SCHEDULER", "false", "INNCO_PUBLIC_URL", "https://inn-co.test");
    static final Map<String, String> ENDPOINTS = Map.of("organisation", "organisations", "caseStudy", "caseStudies");

    @Test
    void a_backup_taken_while_serving_restores_into_a_new_home_with_every_item_version_and_published_locale(@TempDir Path tmp)
            throws Exception {
        Path home = tmp.resolve("home");
        Path backup = tmp.resolve("backup");
        Path restored = tmp.resolve("restored");
        Map<String, String> before;
        try (ChildServer child = ChildServer.start(home, ENV)) {
            Http admin = new Http(child.uri()).admin();
            writeContent(admin);
            before = snapshot(admin, new Http(child.uri()));
            CompletableFuture<List<Integer>> writing = CompletableFuture.supplyAsync(() -> {
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    statuses.add(admin.post(API + "items/organisation", j("{'properties': {'name': 'During backup " + i + "', 'country': 'BE'}}")).status());
                }
                return statuses;
            });
            Run run = command("backup", home, backup.toString());
            assertEquals(0, run.code, run.err);
            assertTrue(run.out.contains("while serving"), "the running server made it: " + run.out);
            assertTrue(writing.get().stream().allMatch(s -> s == 201), "the server went on serving writes: " + writing.get());

            Run again = command("backup", home, backup.toString());
            assertNotEquals(0, again.code);
            assertTrue(again.err.contains("not empty"), again.err);
        }

        Run offline = command("backup", home, tmp.resolve("offline").toString());
        assertEquals(0, offline.code, offline.err);
        assertTrue(offline.out.contains("server stopped"), "with the server stopped the command opens the store itself: " + offline.out);

        Run run = command("restore", restored, backup.toString());
        assertEquals(0, run.code, run.err);
        Run twice = command("restore", restored, backup.toString());
        assertEquals(2, twice.code, "a home with a repository is only replaced on request");
        assertTrue(twice.err.contains("--replace"), twice.err);

        try (ChildServer child = ChildServer.start(restored, ENV)) {
            Map<String, String> after = snapshot(new Http(child.uri()).admin(), new Http(child.uri()));
            after.keySet().removeIf(k -> k.contains("during-backup")); // written while the backup ran: in it or not
            assertEquals(before.keySet(), after.keySet());
            for (String key : before.keySet()) assertEquals(before.get(key), after.get(key), key);
            assertTrue(before.keySet().stream().filter(k -> k.startsWith("version ")).count() >= 12, before.keySet().toString());
            assertTrue(before.keySet().stream().filter(k -> k.startsWith("delivery ")).count() >= 10, before.keySet().toString());
        }
    }

    /** Organisations published in English, case studies in English and French, republished, one French withdrawn. */
    private static void writeContent(Http admin) {
        for (int i = 0; i < 4; i++) {
            String id = created(admin.post(API + "items/organisation", j("{'properties': {'name': 'Backup org " + i + "', 'country': 'FR'}}")));
            ok(admin.post(API + "items/organisation/" + id + "/publish", j("{'locales': ['en']}")));
        }
        for (int i = 0; i < 4; i++) {
            String id = created(admin.post(API + "items/caseStudy",
                    j("{'properties': {'title': {'en': 'Backup case " + i + "', 'fr': 'Cas " + i + "'}}}")));
            ok(admin.post(API + "items/caseStudy/" + id + "/publish", j("{'locales': ['en']}")));
            ok(admin.post(API + "items/caseStudy/" + id + "/publish", j("{'locales': ['en', 'fr']}")));
            if (i == 0) ok(admin.post(API + "items/caseStudy/" + id + "/unpublish", j("{'locales': ['fr']}")));
        }
    }

    /** Every item's authoring JSON, its versions, and each published locale as delivery serves it. */
    private static Map<String, String> snapshot(Http admin, Http anonymous) {
        Map<String, String> s = new TreeMap<>();
        for (Map.Entry<String, String> type : ENDPOINTS.entrySet()) {
            JsonNode list = admin.get(API + "items/" + type.getKey() + "?limit=100").json();
            for (JsonNode summary : list.path("results")) {
                String id = summary.path("id").asText();
                String path = type.getKey() + "/" + id;
                JsonNode item = admin.get(API + "items/" + path).json();
                String name = item.path("name").asText();
                s.put("item " + name + " " + id, item.toString());
                s.put("version " + name + " list", admin.get(API + "items/" + path + "/versions").body());
                for (JsonNode v : admin.get(API + "items/" + path + "/versions").json().path("versions")) {
                    s.put("version " + name + " " + v.path("version").asText(), admin.get(API + "items/" + path + "/versions/" + v.path("version").asText()).body());
                }
                item.path("locales").fields().forEachRemaining(l -> {
                    if (!l.getValue().path("published").isNull()) {
                        s.put("delivery " + name + " " + l.getKey(), anonymous.get("/.rest/delivery/" + type.getValue() + "/" + name + "?lang=" + l.getKey()).body());
                    }
                });
            }
        }
        return s;
    }

    private static String created(Http.Res r) {
        assertEquals(201, r.status(), r.body());
        return r.json().path("id").asText();
    }

    private static void ok(Http.Res r) {
        assertEquals(200, r.status(), r.body());
    }

    record Run(int code, String out, String err) {}

    private static Run command(String name, Path home, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(name, List.of(args), Settings.of(Map.of("INNCO_HOME", home.toString())),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
