package eu.innco.web;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's {@code import} takes Magnolia's system view export of a content type's
 * workspace put in the folder as Magnolia named it: the travel demo's tours file, unchanged.
 */
class MagnoliaExportCommandTest {
    static final Path SPA = TestServer.checkout().resolve("inn-co-module/src/test/resources/magnolia-fixtures/vasilis-exo/magnolia-spa/magnolia");
    @TempDir
    Path temp;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(Path modules, String... args) {
        out.reset();
        err.reset();
        Settings settings = Settings.of(Map.of("INNCO_STORE", "segment", "INNCO_HOME", temp.resolve("home").toString(),
                "INNCO_LIGHT_MODULES", modules.toString()));
        return Main.run("import", List.of(args), settings, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void the_tours_workspace_imports_from_a_folder_then_again_unchanged_and_a_misnamed_file_is_refused() throws Exception {
        Path modules = Files.createDirectories(temp.resolve("modules"));
        Files.createSymbolicLink(modules.resolve("inn-co"), WebFixtures.lightModules().resolve("inn-co"));
        Files.createSymbolicLink(modules.resolve("spa-lm"), SPA.resolve("light-modules/spa-lm"));
        Path folder = Files.createDirectories(temp.resolve("exports"));
        Files.copy(SPA.resolve("_dev/content-to-import/tours.magnolia-travels.xml"), folder.resolve("tours.magnolia-travels.xml"));

        assertEquals(0, run(modules, folder.toString()), err.toString());
        String first = out.toString(StandardCharsets.UTF_8);
        assertTrue(first.endsWith("36 created, 0 changed, 0 unchanged\n"), first);
        assertTrue(first.contains("created   tours.magnolia-travels.xml /magnolia-travels/Kyoto -> /tours/kyoto (publish en, de)"), first);
        assertTrue(first.contains("/magnolia-travels/Vietnam--Tradition-and-Today -> /tours/vietnam-tradition-and-today "), first);

        assertEquals(0, run(modules, folder.toString()), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("0 created, 0 changed, 36 unchanged\n"), out.toString(StandardCharsets.UTF_8));

        Files.writeString(folder.resolve("nowhere.things.xml"), "<sv:node xmlns:sv=\"http://www.jcp.org/jcr/sv/1.0\" sv:name=\"things\"/>");
        assertEquals(2, run(modules, folder.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("nowhere.things.xml:1"), err.toString(StandardCharsets.UTF_8));
    }
}
