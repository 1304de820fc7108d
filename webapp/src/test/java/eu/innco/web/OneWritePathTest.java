package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Writes are durable because they all go through {@code ContentRepository.write}, which flushes
 * before it returns (see KillDuringWritesTest and DurableWritesTest). A JCR call that persists by
 * itself elsewhere would bypass that flush: this keeps such calls inside the repository package.
 */
class OneWritePathTest {
    /** {@code save()}, and the workspace operations that persist without one. */
    static final Pattern PERSISTS = Pattern.compile("\\.save\\(\\)|getWorkspace\\(\\)\\s*\\.\\s*(?:copy|move|clone|importXML|getImportContentHandler|getVersionManager)\\b");
    static final String REPOSITORY_PACKAGE = "eu/innco/repository/".replace('/', java.io.File.separatorChar);

    @Test
    void only_the_repository_package_persists_jcr_changes() throws IOException {
        Path checkout = TestServer.checkout();
        TreeSet<String> elsewhere = new TreeSet<>();
        for (String module : BuildHygieneTest.MODULES) {
            Path sources = checkout.resolve(module).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    if (sources.relativize(file).toString().startsWith(REPOSITORY_PACKAGE)) continue;
                    Matcher m = PERSISTS.matcher(Files.readString(file));
                    while (m.find()) elsewhere.add(sources.relativize(file) + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), List.copyOf(elsewhere), "persist through ContentRepository.write, which flushes before it returns");
    }
}
