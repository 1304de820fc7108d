package eu.innco.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.FieldError;
import eu.innco.TestModule;
import eu.innco.contenttype.ContentTypeLoader;
import eu.innco.contenttype.ContentTypeRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Endpoint definitions: ours, one written for Magnolia, unsupported keys as warnings, broken ones with file and line. */
class EndpointLoaderTest {
    static final ContentTypeRegistry TYPES = ContentTypeLoader.load(TestModule.lightModules());

    @TempDir
    Path dir;

    EndpointRegistry load(String file, String yaml) throws Exception {
        Files.writeString(dir.resolve(file), yaml);
        return EndpointLoader.loadFolder(dir, "delivery/", TYPES);
    }

    @Test
    void the_projects_endpoints_load_without_warnings() {
        EndpointRegistry r = EndpointLoader.load(TestModule.lightModules(), TYPES);
        assertEquals(List.of("campaigns", "caseStudies", "checkupStatements", "events", "guides", "initiatives", "needs", "offers", "organisations", "successConditions", "techniques",
                "workshopMaterials"), r.all().stream().map(EndpointDefinition::name).toList());
        assertEquals(List.of(), r.warnings());
        EndpointDefinition cs = r.require("caseStudies");
        assertEquals(List.of("organisations", "conditions", "techniques", "images"), cs.expandedReferences());
        assertEquals("caseStudy", cs.type().name());
    }

    @Test
    void a_definition_written_for_magnolia_loads_unchanged_and_unsupported_keys_are_warnings() throws Exception {
        EndpointRegistry r = load("tours.yaml", """
                $type: jcrDeliveryEndpoint_v2
                workspace: organisations
                rootPath: /organisations
                nodeTypes:
                  - mgnl:content
                depth: 3
                includeSystemProperties: false
                bypassWorkspaceAcls: true
                limit: 25
                references:
                  - name: eventsRef
                    propertyName: visitedDuring
                    referenceResolver:
                      $type: jcrReferenceResolver
                      targetWorkspace: events
                """);
        EndpointDefinition e = r.require("tours");
        assertEquals("/", e.rootPath());
        assertEquals(3, e.depth());
        assertEquals(25, e.defaultLimit());
        assertEquals(false, e.includeSystemProperties());
        assertEquals(List.of("visitedDuring"), e.expandedReferences());
        // bypassWorkspaceAcls: true is what delivery does here (published content is public): no warning
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).startsWith("delivery/tours.yaml:5: nodeTypes [mgnl:content]"), r.warnings().toString());
    }

    @Test
    void a_broken_definition_names_every_error_with_file_and_line() throws Exception {
        Files.writeString(dir.resolve("a.yaml"), "class: info.magnolia.rest.delivery.jcr.v1.JcrDeliveryEndpointDefinition\nworkspace: organisations\nlimit: 500\n");
        Files.writeString(dir.resolve("b.yaml"), "workspace: no where\n");
        Files.writeString(dir.resolve("c.yaml"), "workspace: caseStudies\nreferences:\n  - propertyName: title\n"
                + "  - propertyName: organisations\n    referenceResolver:\n      class: x.Y\n      targetWorkspace: events\n");
        Files.writeString(dir.resolve("d.yaml"), "workspace: [unclosed\n");
        EndpointDefinitionException e = assertThrows(EndpointDefinitionException.class,
                () -> EndpointLoader.loadFolder(dir, "delivery/", TYPES));
        List<String> where = e.errors().stream().map(FieldError::path).toList();
        assertEquals(List.of("delivery/a.yaml:1", "delivery/a.yaml:3", "delivery/b.yaml:1", "delivery/c.yaml:3", "delivery/c.yaml:6",
                "delivery/c.yaml:7", "delivery/d.yaml:2"), where, e.getMessage());
        assertTrue(e.getMessage().contains("workspace 'no where' must be a letter"), e.getMessage());
        assertTrue(e.getMessage().contains("'title' is not a reference property"), e.getMessage());
    }

    @Test
    void node_types_that_exclude_the_workspaces_type_are_an_error() throws Exception {
        EndpointDefinitionException e = assertThrows(EndpointDefinitionException.class,
                () -> load("x.yaml", "workspace: events\nnodeTypes: [innco:organisation]\n"));
        assertEquals("delivery/x.yaml:2", e.errors().get(0).path());
    }
}
