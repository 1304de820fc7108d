package eu.innco.i18n.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.innco.TestModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No key is defined twice in a bundle: the bundles are merged by union when branches meet, and a
 * key two features both added would silently take the last text (one feature's message shown for
 * the other's field).
 */
class BundleDuplicateKeysTest {
    @Test
    void every_key_is_defined_once_in_each_bundle() throws IOException {
        List<String> twice = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestModule.lightModules().resolve("inn-co/i18n"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".properties")).sorted().toList()) {
                Set<String> seen = new HashSet<>();
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    int eq = line.indexOf('=');
                    if (line.isBlank() || line.startsWith("#") || eq < 0) continue;
                    String key = line.substring(0, eq).trim();
                    if (!seen.add(key)) twice.add(f.getFileName() + ": " + key);
                }
            }
        }
        assertEquals(List.of(), twice);
    }
}
