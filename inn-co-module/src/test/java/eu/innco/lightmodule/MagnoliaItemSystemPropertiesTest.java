package eu.innco.lightmodule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.TestModule;
import eu.innco.content.ContentItem;
import eu.innco.delivery.DeliveryService;
import eu.innco.delivery.EndpointLoader;
import eu.innco.delivery.EndpointRegistry;
import eu.innco.repository.RepositoryConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The system properties Magnolia answers for a content app's item (its real answers show
 * {@code mgnl:activationStatus}, {@code mgnl:created}, {@code mgnl:createdBy}, {@code mgnl:lastActivated},
 * {@code mgnl:lastActivatedBy}, {@code mgnl:lastModified}, {@code mgnl:lastModifiedBy}), as far as
 * INN-CO holds them: named in {@code systemProperties}, the activation status and {@code jcr:created}
 * are answered; account names never are, and naming one is a warning at its line.
 */
class MagnoliaItemSystemPropertiesTest {
    @TempDir
    Path modules;

    @TempDir
    Path index;

    @Test
    void named_system_properties_are_answered_with_magnolias_names_and_account_names_never() throws Exception {
        Files.createSymbolicLink(modules.resolve("inn-co"), TestModule.lightModules().resolve("inn-co").toAbsolutePath());
        Path own = Files.createDirectories(modules.resolve("site/restEndpoints/delivery"));
        Files.writeString(own.resolve("named.yaml"), """
                workspace: organisations
                systemProperties:
                  - mgnl:activationStatus
                  - mgnl:created
                  - jcr:created
                  - mgnl:createdBy
                  - mgnl:lastActivatedBy
                """);
        Files.writeString(own.resolve("plain.yaml"), "workspace: organisations\n");
        try (TestModule m = new TestModule(RepositoryConfig.memory(), modules)) {
            EndpointRegistry endpoints = EndpointLoader.load(modules, m.types);
            List<String> warned = endpoints.warnings().stream().filter(w -> w.contains("named.yaml")).toList();
            assertEquals(2, warned.size(), warned.toString());
            assertTrue(warned.get(0).startsWith("site/restEndpoints/delivery/named.yaml:6: systemProperties 'mgnl:createdBy' is not answered"), warned.toString());
            assertTrue(warned.get(1).startsWith("site/restEndpoints/delivery/named.yaml:7:"), warned.toString());
            try (DeliveryService d = DeliveryService.start(m.repository, m.types, m.locales, endpoints, m.reader, index)) {
                m.events.subscribe(d);
                ContentItem o = MagnoliaReferenceDepthTest.create(m, "organisation", "{\"name\":\"Hive\",\"country\":\"BE\"}");
                JsonNode named = MagnoliaReferenceDepthTest.read(d, "named", o);
                assertEquals("true", named.path("mgnl:activationStatus").asText(), named.toString());
                assertTrue(named.path("mgnl:activationStatus").isTextual(), "a string, as Magnolia writes it");
                assertTrue(named.path("mgnl:created").asText().endsWith("Z"), named.toString());
                assertEquals(named.path("mgnl:created"), named.path("jcr:created"));
                for (String absent : List.of("mgnl:createdBy", "mgnl:lastActivatedBy", "mgnl:lastModifiedBy", "mgnl:lastModified")) {
                    assertFalse(named.has(absent), absent + ": " + named);
                }
                // an endpoint naming none answers what it answered before
                JsonNode plain = MagnoliaReferenceDepthTest.read(d, "plain", o);
                assertTrue(plain.has("mgnl:created") && plain.has("mgnl:lastModified") && plain.has("mgnl:lastActivated"), plain.toString());
                assertFalse(plain.has("mgnl:activationStatus") || plain.has("jcr:created") || plain.has("mgnl:createdBy"), plain.toString());
            }
        }
    }
}
