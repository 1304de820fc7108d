package eu.innco.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.ErrorKind;
import eu.innco.InncoException;
import eu.innco.TestModule;
import eu.innco.security.Actor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ContentServiceTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static TestModule module;

    @BeforeAll
    static void start() {
        module = TestModule.memory();
    }

    @AfterAll
    static void stop() {
        module.close();
    }

    static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void an_organisation_is_created_read_and_replaced() throws Exception {
        ContentItem org = module.content.create(Actor.SYSTEM, "organisation", json(
                "{'properties': {'name': 'Coopérative La Ruche', 'country': 'FR', 'location': {'lat': 45.764, 'lon': 4.8357},"
                        + "'description': {'en': '<p>Bees <script>alert(1)</script></p>', 'fr': '<p>Abeilles</p>'}}}"));
        assertEquals("cooperative-la-ruche", org.name());
        assertEquals("/organisations/cooperative-la-ruche", org.path());
        ContentItem read = module.content.get(Actor.SYSTEM, "organisation", org.id());
        assertEquals("<p>Bees </p>", read.values().get("description", "en").orElseThrow());
        assertEquals(org.etag(), read.etag());

        ContentItem replaced = module.content.replace(Actor.SYSTEM, "organisation", org.id(),
                json("{'properties': {'name': 'La Ruche', 'country': 'FR'}}"), Precondition.etag(org.etag()));
        assertEquals("La Ruche", replaced.values().get("name").orElseThrow());
        assertTrue(replaced.values().get("description").isEmpty());
        InncoException stale = assertThrows(InncoException.class, () -> module.content.replace(Actor.SYSTEM,
                "organisation", org.id(), json("{'properties': {'name': 'X', 'country': 'FR'}}"), Precondition.etag(org.etag())));
        assertEquals(ErrorKind.PRECONDITION_FAILED, stale.kind());
    }

    @Test
    void invalid_values_are_all_reported_with_paths_and_nothing_is_written() throws Exception {
        int before = module.content.list(Actor.SYSTEM, "organisation", ListQuery.firstPage()).total();
        InncoException e = assertThrows(InncoException.class, () -> module.content.create(Actor.SYSTEM, "organisation", json(
                "{'properties': {'country': 'France', 'location': {'lat': 95, 'lon': 4}, 'website': 'ftp://x',"
                        + "'description': {'xx': '<p>?</p>'}, 'colour': 'red'}}")));
        assertEquals(ErrorKind.INVALID_INPUT, e.kind());
        java.util.Set<String> paths = new java.util.TreeSet<>();
        e.errors().forEach(err -> paths.add(err.path()));
        assertEquals(java.util.Set.of("properties.colour", "properties.country", "properties.description.xx",
                "properties.location.lat", "properties.name", "properties.website"), paths, e.errors().toString());
        assertEquals(before, module.content.list(Actor.SYSTEM, "organisation", ListQuery.firstPage()).total());
    }
}
