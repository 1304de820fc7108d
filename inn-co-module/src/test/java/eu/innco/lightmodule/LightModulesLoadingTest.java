package eu.innco.lightmodule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.FieldError;
import eu.innco.TestModule;
import eu.innco.contenttype.ContentTypeLoader;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.contenttype.DefinitionException;
import eu.innco.delivery.EndpointDefinition;
import eu.innco.delivery.EndpointDefinitionException;
import eu.innco.delivery.EndpointLoader;
import eu.innco.delivery.EndpointRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every module folder under the light-modules folder is read, beside the unchanged inn-co module. */
class LightModulesLoadingTest {
    @TempDir
    Path modules;

    @BeforeEach
    void innCoBeside() throws Exception {
        Files.createSymbolicLink(modules.resolve("inn-co"), TestModule.lightModules().resolve("inn-co").toAbsolutePath());
    }

    void write(String path, String yaml) throws Exception {
        Path f = modules.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, yaml);
    }

    @Test
    void a_second_module_adds_its_types_and_endpoints_with_magnolias_paths() throws Exception {
        write("travel/contentTypes/tours/tour.yaml", """
                datasource:
                  workspace: tours
                  autoCreate: true
                model:
                  nodeType: mt:tour
                  properties:
                    - name: name
                """);
        write("travel/restEndpoints/delivery/tours_v1.yaml", """
                class: info.magnolia.rest.delivery.jcr.v2.JcrDeliveryEndpointDefinition
                workspace: tours
                """);
        write("travel/restEndpoints/delivery/nested/places.yaml", "workspace: tours\n");
        write("travel/restEndpoints/other/thing.yaml", "workspace: tours\n");
        ContentTypeRegistry types = ContentTypeLoader.load(modules);
        assertEquals("travel/contentTypes/tours/tour.yaml", types.require("tour").source());
        assertTrue(types.get("organisation").isPresent(), "inn-co's types still load");
        EndpointRegistry endpoints = EndpointLoader.load(modules, types);
        EndpointDefinition tours = endpoints.require("tours/v1");
        assertEquals("tour", tours.type().name());
        assertEquals("tour", endpoints.require("nested/places").type().name());
        assertTrue(endpoints.get("tours_v1").isEmpty());
        assertTrue(endpoints.get("events").isPresent(), "inn-co's endpoints still load");
        assertEquals(List.of("tours/v1", "/@abc"), List.of(endpoints.split("tours/v1/@abc").orElseThrow()));
        assertTrue(endpoints.warnings().stream().anyMatch(w -> w.startsWith("travel/restEndpoints/other/thing.yaml:1")
                && w.contains("/.rest/other/thing")), endpoints.warnings().toString());
    }

    @Test
    void the_same_type_in_two_modules_stops_the_start_naming_both_files() throws Exception {
        write("zz/contentTypes/event.yaml", """
                datasource:
                  workspace: happenings
                model:
                  nodeType: zz:event
                  properties:
                    - name: title
                """);
        DefinitionException e = assertThrows(DefinitionException.class, () -> ContentTypeLoader.load(modules));
        FieldError err = e.errors().get(0);
        assertEquals("zz/contentTypes/event.yaml:1", err.path());
        assertTrue(err.message().contains("inn-co/contentTypes/event.yaml"), err.message());
    }

    @Test
    void the_same_endpoint_path_in_two_modules_stops_the_start_naming_both_files() throws Exception {
        write("zz/restEndpoints/delivery/events.yaml", "workspace: events\n");
        ContentTypeRegistry types = ContentTypeLoader.load(modules);
        EndpointDefinitionException e = assertThrows(EndpointDefinitionException.class, () -> EndpointLoader.load(modules, types));
        FieldError err = e.errors().get(0);
        assertEquals("zz/restEndpoints/delivery/events.yaml:1", err.path());
        assertTrue(err.message().contains("inn-co/restEndpoints/delivery/events.yaml"), err.message());
    }

    @Test
    void a_workspace_taken_by_another_module_stops_the_start_naming_both_files() throws Exception {
        write("zz/contentTypes/happening.yaml", """
                datasource:
                  workspace: events
                model:
                  nodeType: zz:happening
                  properties:
                    - name: title
                """);
        DefinitionException e = assertThrows(DefinitionException.class, () -> ContentTypeLoader.load(modules));
        FieldError err = e.errors().get(0);
        assertEquals("zz/contentTypes/happening.yaml:1", err.path());
        assertTrue(err.message().contains("'event' (inn-co/contentTypes/event.yaml)"), err.message());
    }
}
