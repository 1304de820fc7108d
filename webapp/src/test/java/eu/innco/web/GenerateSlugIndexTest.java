package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.config.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: the first start of a home of 100,000 generated items spent 94 s in "other services":
 * the slug index, defined there for the first time, was filled by a walk of the whole repository.
 * {@code generate} now defines it before writing, so a generated home has it from the start.
 */
class GenerateSlugIndexTest {
    @Test
    void a_generated_home_has_the_slug_index_before_the_first_start(@TempDir Path home) {
        Map<String, String> s = Map.of("INNCO_HOME", home.toString(), "INNCO_IMPORT_ON_START", "false",
                "INNCO_LIGHT_MODULES", TestServer.checkout().resolve("light-modules").toString());
        DeliveryCommandsTest.Run gen = DeliveryCommandsTest.run("generate", List.of("--items", "4"), s);
        assertEquals(0, gen.code(), gen.err());
        try (CommandModule m = new CommandModule(Settings.of(s))) {
            boolean defined = m.repository.read(session -> session.nodeExists("/oak:index/inncoSlugs"));
            assertTrue(defined, "slug index defined by generate");
        }
    }
}
