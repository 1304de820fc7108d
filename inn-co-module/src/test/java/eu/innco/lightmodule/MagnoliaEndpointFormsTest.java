package eu.innco.lightmodule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.FieldError;
import eu.innco.TestModule;
import eu.innco.contenttype.ContentTypeLoader;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.delivery.EndpointDefinition;
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
    void child_node_types_reference_depth_and_system_properties_take_effect_without_warnings() throws Exception {
        EndpointRegistry r = load("events.yaml", """
                workspace: events
                depth: 2
                childNodeTypes:
                  - mgnl:area
                  - mgnl:component
                referenceDepth: 3
                bypassWorkspaceAcls: true
                systemProperties:
                  - mgnl:lastModified
                """);
        assertEquals(List.of(), r.warnings());
        EndpointDefinition ep = r.require("events");
        assertEquals(0, ep.depth(), "items' children are mgnl:contentNode, which the list leaves out");
        assertEquals(3, ep.options().referenceDepth());
        assertEquals(List.of("mgnl:lastModified"), ep.options().systemProperties());
        assertEquals(1, load("events.yaml", "workspace: events\n").require("events").options().referenceDepth(), "Magnolia's default");
    }

    @Test
    void what_we_cannot_honour_is_a_warning_with_file_and_line() throws Exception {
        EndpointRegistry r = load("events.yaml", """
                workspace: events
                bypassWorkspaceAcls: false
                personalized: true
                includeSystemProperties: false
                systemProperties: [mgnl:created]
                references:
                  - propertyName: host
                    referenceResolver:
                      class: info.magnolia.rest.reference.dam.AssetReferenceResolverDefinition
                      assetRenditions: [medium, 960x720]
                """);
        List<String> w = r.warnings();
        assertEquals(4, w.size(), w.toString());
        assertTrue(w.stream().anyMatch(x -> x.startsWith("site/restEndpoints/delivery/events.yaml:2: bypassWorkspaceAcls false")), w.toString());
        assertTrue(w.stream().anyMatch(x -> x.startsWith("site/restEndpoints/delivery/events.yaml:3: personalized")), w.toString());
        assertTrue(w.stream().anyMatch(x -> x.startsWith("site/restEndpoints/delivery/events.yaml:5: systemProperties has no effect")), w.toString());
        assertTrue(w.stream().anyMatch(x -> x.startsWith("site/restEndpoints/delivery/events.yaml:10: assetRenditions: '960x720'")), w.toString());
        assertEquals(List.of("medium"), r.require("events").options().rule("host").orElseThrow().renditions());
        EndpointDefinitionException e = assertThrows(EndpointDefinitionException.class, () -> load("events.yaml", "workspace: events\nreferenceDepth: -1\n"));
        assertEquals("site/restEndpoints/delivery/events.yaml:2", e.errors().get(0).path());
    }

    @Test
    void magnolias_own_example_of_a_reference_into_a_plain_workspace_loads_as_a_rule() throws Exception {
        // the documentation's tours endpoint resolves tourTypes into the category workspace; here country plays the plain property
        EndpointRegistry r = load("events.yaml", """
                workspace: events
                references:
                  - name: tourTypeReference
                    propertyName: country
                    referenceResolver:
                      class: info.magnolia.rest.reference.jcr.JcrReferenceResolverDefinition
                      targetWorkspace: category
                """);
        assertEquals(List.of(), r.warnings());
        EndpointDefinition ep = r.require("events");
        var country = ep.type().property("country").orElseThrow();
        assertEquals("category", ep.plainReference(country).orElseThrow().targetWorkspace());
        assertTrue(ep.plainReference(ep.type().property("title").orElseThrow()).isEmpty());
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
