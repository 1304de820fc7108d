package eu.innco.web.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.web.Problems;
import eu.innco.web.TestServer;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The error catalogue ({@link ErrorCode}) is the only source of codes, each with one meaning and one status, and docs/errors.md lists it. */
class ErrorCatalogueTest {
    static final Pattern CODE = Pattern.compile("INNCO-[A-Z]+-\\d{3}");
    /** A string literal that is a code and nothing else (also inside hand-written JSON): the way a code is produced. */
    static final Pattern LITERAL = Pattern.compile("\\\\?\"INNCO-[A-Z]+-\\d{3}\\\\?\"");
    static final Path CHECKOUT = TestServer.checkout();

    @Test
    void no_source_writes_a_code_outside_the_catalogue() throws IOException {
        List<String> written = new ArrayList<>();
        for (String module : List.of("inn-co-module", "webapp")) {
            for (Path f : files(CHECKOUT.resolve(module).resolve("src/main/java"), ".java")) {
                if (f.endsWith("ErrorCode.java")) continue;
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) written.add(CHECKOUT.relativize(f) + ": " + m.group());
            }
        }
        assertEquals(List.of(), written, "name codes with eu.innco.ErrorCode, never as strings");
    }

    @Test
    void every_code_tests_bundles_docs_and_comments_name_is_in_the_catalogue() throws IOException {
        List<Path> files = new ArrayList<>(List.of(CHECKOUT.resolve("README.md")));
        files.addAll(files(CHECKOUT.resolve("docs"), ".md"));
        files.addAll(files(CHECKOUT.resolve("light-modules"), ".properties"));
        for (String module : List.of("inn-co-module", "webapp")) {
            files.addAll(files(CHECKOUT.resolve(module).resolve("src/test/java"), ".java"));
            files.addAll(files(CHECKOUT.resolve(module).resolve("src/main/java"), ".java")); // comments and OpenAPI texts
        }
        TreeSet<String> unknown = new TreeSet<>();
        for (Path f : files) {
            Matcher m = CODE.matcher(Files.readString(f));
            while (m.find()) if (ErrorCode.of(m.group()).isEmpty()) unknown.add(CHECKOUT.relativize(f) + ": " + m.group());
        }
        assertEquals(List.of(), List.copyOf(unknown));
    }

    @Test
    void each_code_has_one_meaning_and_answers_with_its_own_status() {
        Map<String, ErrorCode> meanings = new HashMap<>();
        for (ErrorCode c : ErrorCode.values()) {
            assertTrue(CODE.matcher(c.code()).matches(), c.code());
            assertFalse(c.meaning().isBlank(), c.code());
            ErrorCode same = meanings.put(c.meaning(), c);
            assertEquals(null, same, c.code() + " says what " + same + " says");
            Response r = Problems.response(new InncoException(c, "title", "detail"));
            assertEquals(c.status(), r.getStatus(), c.code());
            assertEquals(c, ErrorCode.of(c.code()).orElseThrow());
        }
        assertEquals(413, ErrorCode.XLIFF_413.status());
        assertEquals(400, ErrorCode.XLIFF_006.status());
    }

    @Test
    void docs_errors_md_lists_the_catalogue() throws IOException {
        Path doc = CHECKOUT.resolve("docs/errors.md");
        String expected = table();
        String actual = Files.exists(doc) ? Files.readString(doc) : "";
        if (!actual.equals(expected)) {
            Path fresh = CHECKOUT.resolve("webapp/target/errors.md");
            Files.writeString(fresh, expected);
            assertEquals(expected, actual, "docs/errors.md is out of date; the catalogue's table is in " + fresh);
        }
    }

    static String table() {
        StringBuilder b = new StringBuilder("""
                # Error codes

                Every refusal the server sends is `application/problem+json` with a stable `code`. This
                table is the catalogue `eu.innco.ErrorCode` (`inn-co-module`), written out by
                `ErrorCatalogueTest`, which fails when the two differ (it leaves the fresh table in
                `webapp/target/errors.md`). A code keeps its meaning and its status for good: a new
                meaning gets a new code. Errors raised before the application sees the request (an
                unknown route, a method not allowed...) carry `INNCO-HTTP-<status>`.

                | code | status | meaning |
                |---|---|---|
                """);
        for (ErrorCode c : ErrorCode.values()) {
            b.append("| `").append(c.code()).append("` | ").append(c.status()).append(" | ").append(c.meaning()).append(" |\n");
        }
        return b.toString();
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
