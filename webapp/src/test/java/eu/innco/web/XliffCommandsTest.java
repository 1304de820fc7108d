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

/** The translators' file commands on a segment store: export to a file, translate, import, see the answer per unit. */
class XliffCommandsTest {
    @TempDir
    Path temp;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String command, String... args) {
        out.reset();
        err.reset();
        Settings settings = Settings.of(Map.of("INNCO_STORE", "segment", "INNCO_HOME", temp.resolve("home").toString(),
                "INNCO_LIGHT_MODULES", WebFixtures.lightModules().toString()));
        return Main.run(command, List.of(args), settings, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_file_is_exported_translated_and_imported_from_the_command_line() throws Exception {
        assertEquals(0, run("import", WebFixtures.exports("site").toString()), err.toString());
        Path file = temp.resolve("pl.xlf");
        assertEquals(0, run("xliff-export", "--locale", "pl", "--type", "caseStudy", file.toString()), err.toString());
        assertTrue(out().startsWith("Wrote "), out());
        String xml = Files.readString(file);
        int source = xml.indexOf("</source>");
        Files.writeString(file, xml.substring(0, source) + "</source><target>Wspólny magazyn</target>" + xml.substring(source + 9));
        assertEquals(0, run("xliff-import", file.toString()), err.toString());
        assertTrue(out().contains("applied"), out());
        assertTrue(out().contains("applied=1"), out());
    }

    @Test
    void wrong_arguments_and_a_broken_file_exit_with_2() throws Exception {
        assertEquals(2, run("xliff-export", "--locale", "pl"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Missing required parameter: 'FILE'"), err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--locale=L"), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("xliff-export", "--locale", "xx", temp.resolve("x.xlf").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("locale"), err.toString());
        Path broken = Files.writeString(temp.resolve("broken.xlf"), "<xliff");
        assertEquals(2, run("xliff-import", broken.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not well-formed"), err.toString());
    }
}
