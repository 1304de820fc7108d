package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.config.Settings;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content-exports with values far beyond any real content (a 300 MB text, a zip bomb of entries) are
 * refused within seconds, with a clear error over HTTP and on the command line, and nothing is written.
 */
class HugeImportTest {
    private static final String UUID = "5d1e2f30-4a5b-4c6d-8e7f-901a2b3c4d77";
    @TempDir
    Path temp;

    @Test
    void a_zip_with_a_300_mb_value_is_refused_within_seconds_over_http() throws Exception {
        Path zip = temp.resolve("huge.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(file)) {
            z.putNextEntry(new ZipEntry("organisations.huge.yaml"));
            writeOrganisation(z, 300L * 1024 * 1024);
            z.closeEntry();
        }
        try (InncoServer server = TestServer.start()) {
            long start = System.nanoTime();
            HttpResponse<String> r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> post(server, zip));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(r.statusCode() == 413 || r.statusCode() == 400, r.statusCode() + " " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.body());
            JsonNode problem = Http.JSON.readTree(r.body());
            assertTrue(problem.path("detail").asText().contains("organisations.huge.yaml"), r.body());
            assertTrue(millis < 10_000, "refused after " + millis + " ms");
            assertEquals(404, new Http(server.uri()).admin().get("/.rest/authoring/v1/items/organisation/" + UUID).status());
        }
    }

    @Test
    void the_command_line_refuses_a_folder_with_a_huge_value_at_once_with_a_clear_message() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("exports"));
        try (OutputStream out = Files.newOutputStream(folder.resolve("organisations.huge.yaml"))) {
            writeOrganisation(out, 64L * 1024 * 1024);
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Settings settings = Settings.of(Map.of("INNCO_STORE", "segment", "INNCO_HOME", temp.resolve("home").toString(),
                "INNCO_LIGHT_MODULES", WebFixtures.lightModules().toString()));
        long start = System.nanoTime();
        int code = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Main.run("import", List.of(folder.toString()), settings,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, message);
        assertTrue(message.contains("organisations.huge.yaml") && message.contains("nothing was written"), message);
        assertTrue(message.contains("MiB"), message);
        assertTrue((System.nanoTime() - start) / 1_000_000 < 20_000);
    }

    /** An organisation whose description is {@code bytes} long, written as it streams (the test holds none of it). */
    private static void writeOrganisation(OutputStream out, long bytes) throws Exception {
        Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("huge:\n  jcr:primaryType: 'innco:organisation'\n  jcr:uuid: '" + UUID + "'\n  name: 'Huge'\n  country: 'FR'\n"
                + "  description_fr: '<p>");
        char[] chunk = "Une coopérative qui grandit. ".repeat(2000).toCharArray();
        for (long written = 0; written < bytes; written += chunk.length) w.write(chunk);
        w.write("</p>'\n");
        w.flush();
    }

    private static HttpResponse<String> post(InncoServer server, Path zip) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + TestServer.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri().resolve(".rest/authoring/v1/import"))
                .header("Authorization", auth).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofFile(zip)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
