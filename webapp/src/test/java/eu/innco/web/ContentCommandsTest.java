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

class ContentCommandsTest {
    @TempDir
    Path temp;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    Settings settings() {
        return Settings.of(Map.of("INNCO_STORE", "segment", "INNCO_HOME", temp.resolve("home").toString(),
                "INNCO_LIGHT_MODULES", WebFixtures.lightModules().toString()));
    }

    int run(String command, String... args) {
        out.reset();
        err.reset();
        return Main.run(command, List.of(args), settings(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void import_on_a_segment_store_then_again_then_export_and_export_sse() throws Exception {
        String site = WebFixtures.exports("site").toString();
        assertEquals(0, run("import", "--dry-run", site), err.toString());
        assertTrue(out().endsWith("2 created, 0 changed, 0 unchanged (dry run: nothing was written)\n"), out());

        assertEquals(0, run("import", site), err.toString());
        assertTrue(out().contains("created   organisations.la-ruche.yaml -> /organisations/la-ruche (publish en, fr)"), out());

        assertEquals(0, run("import", site), err.toString());
        assertTrue(out().endsWith("0 created, 0 changed, 2 unchanged\n"), out());

        Path exported = temp.resolve("exported");
        assertEquals(0, run("export", "--type", "caseStudy", exported.toString()), err.toString());
        assertEquals(Files.readString(WebFixtures.exports("site").resolve("caseStudies.shared-warehouse.yaml")),
                Files.readString(exported.resolve("caseStudies.shared-warehouse.yaml")));
        assertEquals(List.of("caseStudies.shared-warehouse.yaml"), Files.list(exported).map(p -> p.getFileName().toString()).toList());

        Path csv = temp.resolve("sse/organisations.csv");
        assertEquals(0, run("export-sse", csv.toString()), err.toString());
        assertTrue(Files.readString(csv).startsWith("Identifier,Name,Description,Organisational Structure,"));
        assertTrue(Files.readString(csv).contains(",Coopérative La Ruche,Une coopérative,Co-operative,Goods & Services,"));
    }

    @Test
    void a_refused_import_exits_with_2_and_lists_every_error_at_file_and_line() {
        assertEquals(2, run("import", WebFixtures.exports("broken").toString()));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("nothing was written"), e);
        assertTrue(e.contains("organisations.no-country.yaml:4: 'country' must be one of"), e);
    }

    @Test
    void wrong_arguments_say_how_to_call_the_command() {
        assertEquals(2, run("import"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("[--dry-run] DIR"), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("export", "--type"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Missing required parameter for option '--type'"), err.toString(StandardCharsets.UTF_8));
    }
}
