package eu.innco.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.TestModule;
import eu.innco.content.ContentItem;
import eu.innco.repository.RepositoryConfig;
import eu.innco.security.Actor;
import eu.innco.workspace.BootstrapYamlReader;
import eu.innco.workspace.WorkspaceStore;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Items embedding nodes of a plain workspace follow a change of it that this index did not hear of
 * (another server's import, or one made just before a crash): the checkpoint's diff names the
 * workspace, and its next move renders those items again. Here the store tells nobody, as on
 * another server.
 */
class PlainWorkspaceCatchUpTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PLACE = "5b0f7c1e-2f1c-4a55-9d8b-0a4f2c3b9e11";

    @TempDir
    Path modules;

    @TempDir
    Path index;

    static String places(String label) {
        return "lyon:\n  'jcr:primaryType': mgnl:content\n  'jcr:uuid': " + PLACE + "\n  label: " + label + "\n";
    }

    @Test
    void a_change_of_the_workspace_made_elsewhere_reaches_the_items_when_the_checkpoint_moves_on() throws Exception {
        Files.createSymbolicLink(modules.resolve("inn-co"), TestModule.lightModules().resolve("inn-co").toAbsolutePath());
        Path own = Files.createDirectories(modules.resolve("site/restEndpoints/delivery"));
        Files.writeString(own.resolve("orgs.yaml"), "workspace: organisations\nreferences:\n  - propertyName: city\n"
                + "    referenceResolver:\n      $type: jcrReferenceResolver\n      targetWorkspace: places\n");
        try (TestModule m = new TestModule(RepositoryConfig.memory(), modules)) {
            WorkspaceStore store = new WorkspaceStore(m.repository, m.policy, Set.of("organisations"));
            store.importTrees(Actor.SYSTEM, "places", "/", BootstrapYamlReader.read(new StringReader(places("Lyon")), "places"));
            try (DeliveryService d = DeliveryService.start(m.repository, m.types, m.locales, EndpointLoader.load(modules, m.types), m.reader, index)) {
                m.events.subscribe(d);
                ContentItem o = m.content.create(Actor.SYSTEM, "organisation", JSON.readTree("{\"properties\": {\"name\": \"Hive\","
                        + " \"country\": \"FR\", \"city\": \"" + PLACE + "\"}}"));
                m.publication.publish(Actor.SYSTEM, "organisation", o.id(), List.of("en"), null, false);
                assertEquals("Lyon", city(d, o).path("label").asText(), city(d, o).toString());

                store.importTrees(Actor.SYSTEM, "places", "/", BootstrapYamlReader.read(new StringReader(places("Lugdunum")), "places"));
                assertEquals("Lyon", city(d, o).path("label").asText(), "not heard of yet");
                d.advanceCheckpoint();
                assertEquals("Lugdunum", city(d, o).path("label").asText(), city(d, o).toString());
            }
        }
    }

    static JsonNode city(DeliveryService d, ContentItem o) throws Exception {
        return JSON.readTree(d.byId("orgs", "en", o.id()).orElseThrow().json()).path("city");
    }
}
