package eu.innco.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.TestModule;
import eu.innco.content.ContentItem;
import eu.innco.repository.RepositoryConfig;
import eu.innco.security.Actor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Types without a model.nodeType share Magnolia's mgnl:content; an export file's workspace prefix says which one it holds. */
class SharedNodeTypeImportTest {
    @TempDir
    Path temp;

    @Test
    void an_exported_item_of_a_default_typed_type_imports_as_its_own_type() throws Exception {
        Path modules = Files.createDirectories(temp.resolve("modules"));
        Files.createSymbolicLink(modules.resolve("inn-co"), TestModule.lightModules().resolve("inn-co").toAbsolutePath());
        Path types = Files.createDirectories(modules.resolve("guides/contentTypes"));
        Files.writeString(types.resolve("stop.yaml"), "datasource:\n  workspace: stops\n  autoCreate: true\nmodel:\n  properties:\n    place:\n");
        Files.writeString(types.resolve("walk.yaml"), "datasource:\n  workspace: walks\n  autoCreate: true\nmodel:\n  properties:\n    title:\n");
        Path out = temp.resolve("out");
        try (TestModule a = new TestModule(RepositoryConfig.memory(), modules)) {
            a.content.create(Actor.SYSTEM, "walk", new ObjectMapper().readTree("{\"properties\":{\"title\":\"Ridge\"}}"));
            ExportsFixtures.exporter(a).export(Actor.SYSTEM, ExportSelection.of("walk", null), out);
        }
        try (TestModule b = new TestModule(RepositoryConfig.memory(), modules)) {
            ImportResult r = ExportsFixtures.importer(b, ImportPublisher.NONE).importFolder(Actor.SYSTEM, out, false);
            assertEquals(1, r.count(ImportOutcome.CREATED), r.toString());
            List<ContentItem> walks = b.content.list(Actor.SYSTEM, "walk", eu.innco.content.ListQuery.firstPage()).items();
            assertEquals("Ridge", walks.get(0).values().get("title").orElseThrow());
        }
    }
}
