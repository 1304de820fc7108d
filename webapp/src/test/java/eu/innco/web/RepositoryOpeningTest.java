package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.config.Settings;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.RepositoryConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The segment store opened beside the definitions (issue 18): a broken definition still stops the start cleanly. */
class RepositoryOpeningTest {
    @Test
    void a_broken_definition_on_an_existing_store_stops_the_start_and_leaves_the_store_closed(@TempDir Path home) throws Exception {
        try (InncoServer first = TestServer.start(Map.of("INNCO_STORE", "segment", "INNCO_HOME", home.toString()))) {
            assertTrue(first.port() > 0);
        }
        // the first start recorded its parsed definitions and checked bundles; an edited file is read again all the same
        assertTrue(Files.size(home.resolve("cache/definitions.bin")) > 1_000);
        assertTrue(Files.readAllLines(home.resolve("cache/bundles-passed.txt")).size() >= 7);
        String message = serveWithBrokenType(home, "segment");
        assertTrue(message.contains("inn-co/contentTypes/event.yaml:7"), message);
        // the store opened early was closed again: its lock is free for the next start
        try (ContentRepository again = ContentRepository.start(RepositoryConfig.segment(home))) {
            assertTrue(again.read(s -> s.nodeExists("/")).booleanValue());
        }
    }

    @Test
    void a_broken_definition_on_a_new_home_makes_no_repository(@TempDir Path home) throws Exception {
        String message = serveWithBrokenType(home, "segment");
        assertTrue(message.contains("type 'Strnig' is neither a field type"), message);
        Path store = home.resolve("repository");
        assertFalse(Files.isDirectory(store) && Files.list(store).findAny().isPresent(), "no store was made for a start that failed");
    }

    @Test
    void the_server_class_list_names_classes_that_exist() throws Exception {
        // an old list only loses part of the gain, but a list of which nothing loads would mean a broken recording
        Method run = eu.innco.web.startup.ClassPreload.class.getDeclaredMethod("run");
        run.setAccessible(true);
        int loaded = (int) run.invoke(null);
        assertTrue(loaded > 3_000, "classes of the list loaded: " + loaded);
    }

    @Test
    void no_preload_beside_a_class_data_archive() {
        assertTrue(eu.innco.web.startup.ClassPreload.archiveGiven(List.of("-Xmx512m", "-XX:SharedArchiveFile=webapp/target/inn-co.jsa")));
        assertFalse(eu.innco.web.startup.ClassPreload.archiveGiven(List.of("-Xmx512m", "-XX:ArchiveClassesAtExit=target/inn-co.jsa")),
                "the training run that makes the archive preloads, so that the archive holds the list's classes");
        assertFalse(eu.innco.web.startup.ClassPreload.archiveGiven(List.of()));
    }

    private static String serveWithBrokenType(Path home, String store) throws Exception {
        Path modules = Files.createDirectories(home.resolve("modules"));
        Files.walk(TestServer.checkout().resolve("light-modules")).forEach(p -> copy(p, modules.resolve(
                TestServer.checkout().resolve("light-modules").relativize(p).toString())));
        Files.writeString(modules.resolve("inn-co/contentTypes/event.yaml"), "datasource:\n  workspace: events\nmodel:\n  nodeType: innco:event\n"
                + "  properties:\n  - name: title\n    type: Strnig\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run("serve", List.of(), Settings.of(Map.of("INNCO_STORE", store, "INNCO_PORT", "0",
                "INNCO_LIGHT_MODULES", modules.toString(), "INNCO_HOME", home.toString(), "INNCO_IMPORT_ON_START", "false")),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, message);
        return message;
    }

    private static void copy(Path from, Path to) {
        try {
            if (Files.isDirectory(from)) Files.createDirectories(to);
            else Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
