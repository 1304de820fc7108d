package eu.innco.lightmodule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.FieldError;
import eu.innco.TestModule;
import eu.innco.contenttype.ContentTypeLoader;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.delivery.EndpointDefinitionException;
import eu.innco.delivery.EndpointLoader;
import eu.innco.delivery.EndpointRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Endpoint definitions as Magnolia writes them: its $type names, name-only references, child types and reference depth. */
class MagnoliaEndpointFormsTest {
    static final ContentTypeRegistry TYPES = ContentTypeLoader.load(TestModule.lightModules());

    @TempDir
    Path modules;

    EndpointRegistry load(String file, String yaml) throws Exception {
        Path f = modules.resolve("site/restEndpoints/delivery/" + file);
        Files.createDirectories(f.getParent());
        Files.writeString(f, yaml);
        return EndpointLoader.load(modules, TYPES);
    }

    @Test
    void delivery_endpoint_v2_with_name_only_references_and_what_we_embed_loads_without_warnings() throws Exception {
        EndpointRegistry r = load("events_v2.yaml", """
                $type: deliveryEndpoint_v2
                workspace: events
                depth: 2
                childNodeTypes:
                  - mgnl:contentNode
                referenceDepth: 1
                references:
                  - name: host
                    referenceResolver:
                      $type: jcrReferenceResolver
                      targetWorkspace: organisations
                """);
        assertEquals(List.of("host"), r.require("events/v2").expandedReferences());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void page_children_and_deeper_references_are_warnings_with_file_and_line() throws Exception {
        EndpointRegistry r = load("events.yaml", """
                workspace: events
                childNodeTypes:
                  - mgnl:area
                  - mgnl:component
                referenceDepth: 3
                """);
        assertEquals(2, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).startsWith("site/restEndpoints/delivery/events.yaml:3: childNodeTypes [mgnl:area, mgnl:component]"),
                r.warnings().toString());
        assertTrue(r.warnings().get(1).startsWith("site/restEndpoints/delivery/events.yaml:5: referenceDepth 3"), r.warnings().toString());
    }

    @Test
    void a_pages_endpoint_over_a_content_types_workspace_is_refused_naming_file_and_line() throws Exception {
        EndpointDefinitionException e = assertThrows(EndpointDefinitionException.class, () -> load("pages.yaml", """
                workspace: events
                $type: pagesDeliveryEndpoint_v2
                """));
        FieldError err = e.errors().get(0);
        assertEquals("site/restEndpoints/delivery/pages.yaml:1", err.path());
        assertTrue(err.message().contains("pages endpoint serves a workspace of plain page nodes"), err.message());
    }
}
