package eu.innco.lightmodule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.InncoException;
import eu.innco.TestModule;
import eu.innco.content.ContentItem;
import eu.innco.content.Precondition;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeLoader;
import eu.innco.contenttype.field.ReferenceField;
import eu.innco.repository.RepositoryConfig;
import eu.innco.security.Actor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Magnolia's ways of writing a content type: maps keyed by name, no nodeType, references into another module. */
class MagnoliaContentTypeFormsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path modules;

    @BeforeEach
    void modules() throws Exception {
        Files.createSymbolicLink(modules.resolve("inn-co"), TestModule.lightModules().resolve("inn-co").toAbsolutePath());
        Path types = Files.createDirectories(modules.resolve("guides/contentTypes"));
        Files.writeString(types.resolve("walk.yaml"), """
                datasource:
                  workspace: walks
                  autoCreate: true
                model:
                  properties:
                    title:
                      required: true
                    notes:
                    days:
                      type: Long
                      options:
                        "2":
                          value: 2
                          label: 2 days
                        "7":
                          label: a week
                    level:
                      options:
                        easy:
                        hard: {label: Hard}
                    host:
                      type: reference:organisation
                """);
        Files.writeString(types.resolve("stop.yaml"), """
                datasource:
                  workspace: stops
                  autoCreate: true
                model:
                  properties:
                    - name: place
                """);
    }

    @Test
    void maps_keyed_by_name_load_and_a_missing_node_type_is_magnolias_default() {
        ContentTypeDefinition walk = ContentTypeLoader.load(modules).require("walk");
        assertEquals("mgnl:content", walk.nodeType());
        assertEquals(List.of("title", "notes", "days", "level", "host"), walk.properties().stream().map(p -> p.name()).toList());
        assertTrue(walk.property("title").orElseThrow().required());
        assertEquals(List.of("2", "7"), walk.property("days").orElseThrow().rules().options().stream().map(o -> o.value()).toList());
        assertEquals(List.of("easy", "hard"), walk.property("level").orElseThrow().rules().options().stream().map(o -> o.value()).toList());
        assertEquals("organisation", ((ReferenceField) walk.property("host").orElseThrow().fieldType()).targetType());
    }

    @Test
    void items_of_two_default_typed_types_live_apart_and_refer_to_the_other_modules_items() throws Exception {
        try (TestModule m = new TestModule(RepositoryConfig.memory(), modules)) {
            ContentItem org = m.content.create(Actor.SYSTEM, "organisation",
                    JSON.readTree("{\"properties\":{\"name\":\"Host\",\"country\":\"FR\"}}"));
            ContentItem walk = m.content.create(Actor.SYSTEM, "walk", JSON.readTree(
                    "{\"properties\":{\"title\":\"Ridge\",\"days\":7,\"level\":\"easy\",\"host\":\"" + org.id() + "\"}}"));
            ContentItem stop = m.content.create(Actor.SYSTEM, "stop", JSON.readTree("{\"properties\":{\"place\":\"Col\"}}"));
            InncoException bad = assertThrows(InncoException.class, () -> m.content.create(Actor.SYSTEM, "walk",
                    JSON.readTree("{\"properties\":{\"title\":\"Long\",\"days\":5}}")));
            assertTrue(bad.errors().get(0).path().contains("days"), bad.errors().toString());
            // both share mgnl:content; deleting one finds its own type by workspace
            m.content.delete(Actor.SYSTEM, "stop", stop.id(), Precondition.ANY);
            assertEquals("Ridge", m.content.get(Actor.SYSTEM, "walk", walk.id()).values().get("title").orElseThrow());
        }
    }
}
