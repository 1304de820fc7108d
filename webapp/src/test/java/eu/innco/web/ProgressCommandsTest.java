package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21: long commands show their progress; into a pipe as plain lines every few seconds, never a redrawn line. */
class ProgressCommandsTest {
    @Test
    void generate_with_its_output_to_a_pipe_writes_plain_progress_lines(@TempDir Path home) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "generate", "--items", "300");
        pb.environment().put("INNCO_HOME", home.toString());
        pb.environment().put("INNCO_LIGHT_MODULES", TestServer.checkout().resolve("light-modules").toString());
        pb.environment().put("INNCO_IMPORT_ON_START", "false");
        pb.environment().put("INNCO_PROGRESS_SECONDS", "1");
        Process p = pb.start(); // standard output and error are pipes to this test
        CompletableFuture<String> out = drain(p.getInputStream());
        CompletableFuture<String> err = drain(p.getErrorStream());
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "generate ended");
        String text = err.get();
        assertEquals(0, p.exitValue(), text);
        assertTrue(out.get().contains("Generated and published 300 items"), out.get());
        assertTrue(text.indexOf('\r') < 0 && text.indexOf('\u001b') < 0, "no redrawn line in a pipe: " + text);
        assertTrue(Pattern.compile("(?m)^generate: (organisations|case studies) \\d+/150 \\(\\d+%\\), [0-9.]+/s(, about .+ left)?$")
                .matcher(text).find(), "a line while it works: " + text);
        assertTrue(Pattern.compile("(?m)^generate: organisations 150/150 \\(100%\\) in \\d+ s, [0-9.]+/s$").matcher(text).find(), text);
        assertTrue(Pattern.compile("(?m)^generate: case studies 150/150 \\(100%\\) in \\d+ s, [0-9.]+/s$").matcher(text).find(), text);
    }

    @Test
    void export_import_reindex_backup_restore_and_xliff_end_with_their_figures(@TempDir Path dir) {
        Map<String, String> a = Map.of("INNCO_HOME", dir.resolve("a").toString(), "INNCO_IMPORT_ON_START", "false",
                "INNCO_LIGHT_MODULES", TestServer.checkout().resolve("light-modules").toString());
        assertProgress(run("generate", List.of("--items", "12"), a), "generate: case studies 6/6 (100%) in ");
        assertProgress(run("export", List.of(dir.resolve("export").toString()), a), "export: items 12/12 (100%) in ");
        assertProgress(run("reindex", List.of(), a), "reindex: items 12/12 (100%) in ");
        assertProgress(run("xliff-export", List.of("--locale", "pl", "--type", "caseStudy", dir.resolve("pl.xlf").toString()), a),
                "xliff-export: items 6/6 (100%) in ");
        assertProgress(run("xliff-import", List.of(dir.resolve("pl.xlf").toString()), a), "xliff-import: items 6/6 (100%) in ");
        DeliveryCommandsTest.Run backup = run("backup", List.of(dir.resolve("backup").toString()), a);
        assertTrue(Pattern.compile("(?m)^backup: bytes copied (\\d+)/\\1 \\(100%\\) in ").matcher(backup.err()).find(), backup.err());

        Map<String, String> b = Map.of("INNCO_HOME", dir.resolve("b").toString(), "INNCO_IMPORT_ON_START", "false",
                "INNCO_LIGHT_MODULES", TestServer.checkout().resolve("light-modules").toString());
        DeliveryCommandsTest.Run imported = run("import", List.of(dir.resolve("export").toString()), b);
        assertProgress(imported, "import: files read 12/12 (100%) in ");
        assertProgress(imported, "import: items written 12/12 (100%) in ");
        Map<String, String> c = Map.of("INNCO_HOME", dir.resolve("c").toString());
        DeliveryCommandsTest.Run restored = run("restore", List.of(dir.resolve("backup").toString()), c);
        assertTrue(Pattern.compile("(?m)^restore: bytes copied (\\d+)/\\1 \\(100%\\) in ").matcher(restored.err()).find(), restored.err());
    }

    static DeliveryCommandsTest.Run run(String command, List<String> args, Map<String, String> settings) {
        DeliveryCommandsTest.Run r = DeliveryCommandsTest.run(command, args, settings);
        assertEquals(0, r.code(), command + ": " + r.err() + r.out());
        return r;
    }

    static void assertProgress(DeliveryCommandsTest.Run r, String line) {
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith(line)), line + " in: " + r.err());
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
