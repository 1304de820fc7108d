package eu.innco.exports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.innco.TestModule;
import eu.innco.security.Actor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {
    @TempDir
    Path temp;

    @Test
    void export_then_import_into_an_empty_repository_then_export_gives_the_same_bytes() {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        try (TestModule a = TestModule.memory()) {
            ExportsFixtures.importer(a, new ExportsFixtures.RecordingPublisher(a)).importFolder(Actor.SYSTEM, ExportsFixtures.scenario("good"), false);
            ExportsFixtures.exporter(a).export(Actor.SYSTEM, ExportSelection.ALL, first);
        }
        try (TestModule b = TestModule.memory()) {
            ImportResult r = ExportsFixtures.importer(b, new ExportsFixtures.RecordingPublisher(b)).importFolder(Actor.SYSTEM, first, false);
            assertEquals(4, r.count(ImportOutcome.CREATED));
            ExportsFixtures.exporter(b).export(Actor.SYSTEM, ExportSelection.ALL, second);
        }
        Map<String, byte[]> one = ExportsFixtures.files(first);
        Map<String, byte[]> two = ExportsFixtures.files(second);
        assertEquals(one.keySet(), two.keySet());
        one.forEach((name, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8),
                new String(two.get(name), StandardCharsets.UTF_8), name));
        one.forEach((name, bytes) -> assertArrayEquals(bytes, two.get(name), name));
    }

    @Test
    void files_written_in_the_canonical_form_are_exported_unchanged_binary_included() {
        Path out = temp.resolve("out");
        try (TestModule m = TestModule.memory()) {
            ExportsFixtures.importer(m, new ExportsFixtures.RecordingPublisher(m)).importFolder(Actor.SYSTEM, ExportsFixtures.scenario("good"), false);
            ExportSummary s = ExportsFixtures.exporter(m).export(Actor.SYSTEM, ExportSelection.ALL, out);
            assertEquals(4, s.items());
        }
        Map<String, byte[]> fixture = ExportsFixtures.files(ExportsFixtures.scenario("good"));
        Map<String, byte[]> exported = ExportsFixtures.files(out);
        for (String name : List.of("organisations.la-ruche.yaml", "caseStudies.shared-warehouse.yaml", "assets.ruche-logo.yaml")) {
            assertEquals(new String(fixture.get(name), StandardCharsets.UTF_8), new String(exported.get(name), StandardCharsets.UTF_8), name);
        }
        assertArrayEquals(fixture.get("assets.ruche-logo.png"), exported.get("assets.ruche-logo.png"));
    }

    @Test
    void an_export_can_be_limited_to_a_type_or_a_path_prefix() {
        try (TestModule m = TestModule.memory()) {
            ExportsFixtures.importer(m, ImportPublisher.NONE).importFolder(Actor.SYSTEM, ExportsFixtures.scenario("good"), false);
            Exporter exporter = ExportsFixtures.exporter(m);
            assertEquals(List.of("organisations.kooperatywa-spoldzielnia.yaml", "organisations.la-ruche.yaml"),
                    exporter.export(Actor.SYSTEM, ExportSelection.of("organisation", null), temp.resolve("type")).files());
            assertEquals(List.of("organisations.la-ruche.yaml"),
                    exporter.export(Actor.SYSTEM, ExportSelection.of(null, "/organisations/la-"), temp.resolve("path")).files());
            assertEquals(List.of("assets.ruche-logo.yaml", "assets.ruche-logo.png"),
                    exporter.export(Actor.SYSTEM, ExportSelection.of("asset", "/assets"), temp.resolve("both")).files());
        }
    }
}
