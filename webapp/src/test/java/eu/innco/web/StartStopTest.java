package eu.innco.web;

import static eu.innco.web.Http.j;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.config.Settings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting, stopping and restarting the real server on a segment store, and refusing to start when something is wrong. */
class StartStopTest {
    @Test
    void data_written_before_a_stop_is_served_after_the_next_start(@TempDir Path home) throws Exception {
        Map<String, String> segment = Map.of("INNCO_STORE", "segment", "INNCO_HOME", home.toString());
        String id;
        try (InncoServer first = TestServer.start(segment)) {
            Http.Res r = new Http(first.uri()).admin().post("/.rest/authoring/v1/items/organisation",
                    j("{'properties': {'name': 'Survivor', 'country': 'PL'}}"));
            assertEquals(201, r.status(), r.body());
            id = r.json().path("id").asText();
        }
        assertTrue(Files.isDirectory(home.resolve("repository")));
        try (InncoServer second = TestServer.start(segment)) {
            Http.Res r = new Http(second.uri()).admin().get("/.rest/authoring/v1/items/organisation/" + id);
            assertEquals(200, r.status(), r.body());
            assertEquals("Survivor", r.json().path("properties").path("name").asText());
        }
    }

    /**
     * Each write after a start opens a new tar file that every later start reads: a restart that
     * changed nothing (the delivery index's checkpoint, Oak's initial content, the leases of scheduled
     * work all as they were) must leave the store exactly as it found it.
     */
    @Test
    void a_restart_that_changed_nothing_leaves_the_segment_store_as_it_was(@TempDir Path home) throws Exception {
        Map<String, String> segment = Map.of("INNCO_STORE", "segment", "INNCO_HOME", home.toString());
        try (InncoServer first = TestServer.start(segment)) {
            assertEquals(201, new Http(first.uri()).admin().post("/.rest/authoring/v1/items/organisation",
                    j("{'properties': {'name': 'Still', 'country': 'CY'}}")).status());
        }
        try (InncoServer second = TestServer.start(segment)) { // Oak's initial content recorded, the index's checkpoint taken
            assertEquals(200, new Http(second.uri()).get("/.rest/health").status());
        }
        List<String> tars = storeFiles(home);
        long journal = Files.size(home.resolve("repository/journal.log"));
        try (InncoServer third = TestServer.start(segment)) {
            assertEquals(200, new Http(third.uri()).get("/.rest/delivery/organisations?lang=en").status());
        }
        assertEquals(tars, storeFiles(home), "no tar file written by a start and stop that changed nothing");
        assertEquals(journal, Files.size(home.resolve("repository/journal.log")), "no new head in the journal");
    }

    private static List<String> storeFiles(Path home) throws java.io.IOException {
        try (var files = Files.list(home.resolve("repository"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tar")).sorted().toList();
        }
    }

    @Test
    void a_second_process_on_the_same_repository_folder_fails_with_a_clear_message(@TempDir Path home) throws Exception {
        try (InncoServer running = TestServer.start(Map.of("INNCO_STORE", "segment", "INNCO_HOME", home.toString()))) {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve");
            pb.environment().put("INNCO_HOME", home.toString());
            pb.environment().put("INNCO_PORT", "0");
            pb.environment().put("INNCO_LIGHT_MODULES", TestServer.checkout().resolve("light-modules").toString());
            pb.redirectErrorStream(true);
            Path log = home.resolve("second.log");
            pb.redirectOutput(log.toFile());
            Process p = pb.start();
            boolean ended = p.waitFor(60, TimeUnit.SECONDS);
            p.destroyForcibly();
            String out = Files.readString(log);
            assertTrue(ended, "the second process should give up, not hang: " + out);
            assertEquals(2, p.exitValue(), out);
            assertTrue(out.contains("is in use by another process"), out);
            assertTrue(!out.contains("\tat "), "no stack trace: " + out);
            assertEquals(200, new Http(running.uri()).get("/.rest/health").status(), "the first one is unharmed");
        }
    }

    @Test
    void sigterm_stops_the_server_cleanly_and_releases_the_repository(@TempDir Path home) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName());
        pb.environment().put("INNCO_HOME", home.toString());
        pb.environment().put("INNCO_PORT", "0");
        pb.environment().put("INNCO_ADMIN_PASSWORD", TestServer.ADMIN_PASSWORD);
        pb.environment().put("INNCO_LIGHT_MODULES", TestServer.checkout().resolve("light-modules").toString());
        pb.environment().put("INNCO_IMPORT_ON_START", "false");
        Path log = home.resolve("server.log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process p = pb.start();
        try {
            String url = null;
            for (int i = 0; i < 480 && url == null; i++) { // two minutes: a loaded CI machine took over 30 s
                Thread.sleep(250);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("ready in \\d+ ms at (http://\\S+)").matcher(Files.readString(log));
                if (m.find()) url = m.group(1);
            }
            assertTrue(url != null, "the server announces its URL: " + Files.readString(log));
            Http admin = new Http(java.net.URI.create(url)).admin();
            assertEquals(201, admin.post("/.rest/authoring/v1/items/organisation", j("{'properties': {'name': 'Before TERM', 'country': 'IT'}}")).status());
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "stops within the drain time");
            assertTrue(Files.readString(log).contains("Repository closed"), Files.readString(log));
        } finally {
            p.destroyForcibly();
        }
        try (eu.innco.repository.ContentRepository again = eu.innco.repository.ContentRepository.start(
                eu.innco.repository.RepositoryConfig.segment(home))) {
            assertTrue(again.read(s -> s.nodeExists("/organisations/before-term")).booleanValue(), "the write is there, the lock is free");
        }
    }

    @Test
    void a_broken_content_type_stops_the_start_naming_file_and_line(@TempDir Path dir) throws Exception {
        Path modules = dir.resolve("light-modules");
        Path types = Files.createDirectories(modules.resolve("inn-co/contentTypes"));
        Files.writeString(types.resolve("event.yaml"), "datasource:\n  workspace: events\nmodel:\n  nodeType: innco:event\n"
                + "  properties:\n  - name: title\n    type: Strnig\n");
        Settings settings = Settings.of(Map.of("INNCO_STORE", "memory", "INNCO_PORT", "0",
                "INNCO_LIGHT_MODULES", modules.toString(), "INNCO_HOME", dir.toString()));
        // through the parsed command line (`serve`), and as a plain `java -jar` starts it, without parsing
        for (boolean parsed : new boolean[] {true, false}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
            PrintStream out = new PrintStream(new ByteArrayOutputStream());
            int code = parsed ? Main.run("serve", List.of(), settings, out, errors) : Cli.serve(settings, out, errors);
            String message = err.toString(StandardCharsets.UTF_8);
            assertEquals(2, code, message);
            assertTrue(message.contains("inn-co/contentTypes/event.yaml:7"), message);
            assertTrue(message.contains("type 'Strnig' is neither a field type"), message);
        }
    }

    @Test
    void help_lists_the_commands_and_an_unknown_command_says_what_exists() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, Main.run("help", List.of(), Settings.of(Map.of()), new PrintStream(out), new PrintStream(err)));
        assertTrue(out.toString().contains("create-user"));
        assertEquals(2, Main.run("frobnicate", List.of(), Settings.of(Map.of()), new PrintStream(out), new PrintStream(err)));
        assertTrue(err.toString().contains("unknown command 'frobnicate'"));
    }

    @Test
    void create_user_adds_a_user_who_can_then_log_in(@TempDir Path home) throws Exception {
        Settings s = Settings.of(Map.of("INNCO_STORE", "segment", "INNCO_HOME", home.toString(),
                "INNCO_NEW_USER_PASSWORD", "editor password 1"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, Main.run("create-user", List.of("marie", "--role", "editor", "--locales", "fr"), s,
                new PrintStream(out), new PrintStream(err)), err.toString());
        assertTrue(out.toString().contains("Created user 'marie'"));
        assertTrue(!out.toString().contains("editor password 1"), "a given password is never printed");
        assertEquals(2, Main.run("create-user", List.of("marie", "--role", "chief"), s, new PrintStream(out), new PrintStream(err)));
        assertTrue(err.toString().contains("unknown role 'chief'"));
        try (InncoServer server = TestServer.start(Map.of("INNCO_STORE", "segment", "INNCO_HOME", home.toString()))) {
            assertEquals(200, new Http(server.uri()).as("marie", "editor password 1").get("/.rest/authoring/v1/items/organisation").status());
        }
    }
}
