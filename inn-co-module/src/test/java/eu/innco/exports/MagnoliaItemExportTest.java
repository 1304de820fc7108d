package eu.innco.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.TestModule;
import eu.innco.content.ContentItem;
import eu.innco.repository.RepositoryConfig;
import eu.innco.security.Actor;
import eu.innco.workspace.BootstrapYamlWriter;
import eu.innco.workspace.ItemTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Items exported as Magnolia writes nodes (ItemTrees) import again here, with what Magnolia adds to
 * nodes it has published ({@code mgnl:activationStatus}, {@code mgnl:lastActivated}, mixins),
 * dates with an offset and asset ids as {@code jcr:<id>}: what Magnolia exports loads here, and
 * what we export is in Magnolia's form.
 */
class MagnoliaItemExportTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path out;

    @Test
    void an_item_in_magnolias_form_with_magnolias_publication_keys_imports_as_the_same_item() throws Exception {
        ContentItem logo;
        ContentItem org;
        try (TestModule a = TestModule.memory()) {
            logo = a.content.create(Actor.SYSTEM, "asset", JSON.readTree("{\"properties\":{\"title\":{\"en\":\"Hive\"},\"fileName\":\"hive.png\"}}"));
            org = a.content.create(Actor.SYSTEM, "organisation", JSON.readTree("{\"properties\":{\"name\":\"La Ruche\",\"country\":\"FR\","
                    + "\"city\":\"Lyon\",\"kind\":\"cooperative\",\"description\":{\"en\":\"<p>A hive</p>\",\"fr\":\"<p>Une ruche</p>\"},"
                    + "\"logo\":\"" + logo.id() + "\"}}"));
            ItemTrees trees = new ItemTrees(a.repository, a.types);
            String asset = BootstrapYamlWriter.write(trees.item("assets", "/" + logo.name()).orElseThrow());
            String yaml = BootstrapYamlWriter.write(trees.item("organisations", "/" + org.name()).orElseThrow());
            assertTrue(yaml.contains("'logo': 'jcr:" + logo.id() + "'"), yaml);
            assertTrue(yaml.contains("'description_fr': '<p>Une ruche</p>'"), yaml);
            assertTrue(yaml.matches("(?s).*'mgnl:created': \\d{4}-\\d\\d-\\d\\dT[0-9:.]+(Z|[+-]\\d\\d:\\d\\d)\n.*"), yaml);
            // as Magnolia writes the node once it has published it
            String published = yaml.replace("  'jcr:uuid': " + org.id() + "\n", "  'jcr:mixinTypes':\n    - mgnl:hasVersion\n  'jcr:uuid': "
                    + org.id() + "\n  'mgnl:activationStatus': true\n  'mgnl:lastActivated': 2020-03-26T18:16:05.389+01:00\n"
                    + "  'mgnl:lastActivatedBy': superuser\n");
            Files.writeString(out.resolve("assets." + logo.name() + ".yaml"), asset);
            Files.writeString(out.resolve("organisations." + org.name() + ".yaml"), published);
        }
        try (TestModule b = new TestModule(RepositoryConfig.memory(), TestModule.lightModules())) {
            ImportResult r = ExportsFixtures.importer(b, ImportPublisher.NONE).importFolder(Actor.SYSTEM, out, false);
            assertEquals(2, r.count(ImportOutcome.CREATED), r.toString());
            ContentItem again = b.content.get(Actor.SYSTEM, "organisation", org.id());
            assertEquals(logo.id(), again.values().get("logo").orElseThrow());
            assertEquals("La Ruche", again.values().get("name").orElseThrow());
        }
    }
}
