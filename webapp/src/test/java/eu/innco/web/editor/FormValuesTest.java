package eu.innco.web.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.TestModule;
import eu.innco.content.ItemValues;
import eu.innco.content.ItemWrite;
import eu.innco.contenttype.ContentTypeDefinition;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Editor forms bound straight into typed values: the same values and the same reading problems, on
 * the same paths, as the API's reader gives for the JSON a client would send for that form.
 */
class FormValuesTest {
    static TestModule module;

    @BeforeAll
    static void start() {
        module = TestModule.memory();
    }

    @AfterAll
    static void stop() {
        module.close();
    }

    static MultivaluedMap<String, String> form(String... pairs) {
        MultivaluedMap<String, String> f = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) f.add(pairs[i], pairs[i + 1]);
        return f;
    }

    static FormValues.Bound bind(String type, MultivaluedMap<String, String> form, List<String> edited, boolean shared, ItemValues stored) {
        ContentTypeDefinition t = module.content.types().require(type);
        return new FormValues(form, edited, shared, module.content.valuesJson()).bind(t.properties(), stored, module.locales.locales());
    }

    static ItemWrite api(String type, String properties) throws Exception {
        return module.content.writes().read(module.content.types().require(type),
                new ObjectMapper().readTree("{\"properties\": " + properties.replace('\'', '"') + "}"));
    }

    @Test
    void a_form_gives_the_values_the_api_reads_from_the_same_content() throws Exception {
        FormValues.Bound b = bind("caseStudy", form("p.title.en", " Bread ", "p.whatHelped.en.0", "time", "p.whatHelped.en.3", "trust",
                "p.figures.0.label.en", "Jobs", "p.figures.0.value", "1,5", "p.figures.0.unit", "", "p.publicationDate", "2026-03-01",
                "p.demo", "true", "p.summary.en", "   "), List.of("en"), true, null);
        ItemWrite json = api("caseStudy", "{'title': {'en': 'Bread'}, 'whatHelped': {'en': ['time', 'trust']},"
                + " 'figures': [{'label': {'en': 'Jobs'}, 'value': 1.5}], 'publicationDate': '2026-03-01', 'demo': true}");
        assertEquals(json.values(), b.write().values());
        assertTrue(b.write().unreadable().isEmpty(), b.write().unreadable().toString());
        ItemWrite place = bind("organisation", form("p.name", "Coop", "p.location.lat", "50.85", "p.location.lon", "4,35"), List.of("en"), true, null).write();
        assertEquals(api("organisation", "{'name': 'Coop', 'location': {'lat': 50.85, 'lon': 4.35}}").values(), place.values());
    }

    @Test
    void mistakes_are_reported_on_the_api_paths_and_kept_as_typed_for_the_form() throws Exception {
        FormValues.Bound b = bind("caseStudy", form("p.title.en", "Bread", "p.figures.0.label.en", "Jobs", "p.figures.0.value", "3",
                "p.figures.2.label.en", "Hours", "p.figures.2.value", "many", "p.publicationDate", "March"), List.of("en"), true, null);
        ItemWrite json = api("caseStudy", "{'title': {'en': 'Bread'}, 'figures': [{'label': {'en': 'Jobs'}, 'value': 3},"
                + " {'label': {'en': 'Hours'}, 'value': 'many'}], 'publicationDate': 'March'}");
        assertFalse(json.unreadable().isEmpty());
        assertEquals(json.unreadable(), b.write().unreadable());
        assertEquals(json.values(), b.write().values());
        assertEquals("many", b.shown().path("figures").path(1).path("value").asText(), b.shown().toString());
        assertEquals("March", b.shown().path("publicationDate").asText());
        FormValues.Bound place = bind("organisation", form("p.name", "Coop", "p.location.lat", "north", "p.location.lon", "200"), List.of("en"), true, null);
        assertEquals(api("organisation", "{'name': 'Coop', 'location': {'lat': 'north', 'lon': 200}}").unreadable(), place.write().unreadable());
    }

    /** The translation view: only the target locale comes from the form; shared values and the other locales stay as stored. */
    @Test
    void the_translation_view_keeps_what_it_does_not_edit() throws Exception {
        ItemValues stored = api("caseStudy", "{'title': {'en': 'Bread', 'fr': 'Pain'}, 'whatHelped': {'en': ['time', 'trust']},"
                + " 'figures': [{'label': {'en': 'Jobs'}, 'value': 3}], 'demo': true}").values();
        FormValues.Bound b = bind("caseStudy", form("p.title.fr", "Le pain", "p.title.en", "ignored", "p.demo", "false",
                "p.whatHelped.fr.0", "le temps", "p.figures.0.label.fr", "Emplois", "p.figures.0.value", "99"), List.of("fr"), false, stored);
        ItemWrite json = api("caseStudy", "{'title': {'en': 'Bread', 'fr': 'Le pain'}, 'whatHelped': {'en': ['time', 'trust'], 'fr': ['le temps']},"
                + " 'figures': [{'label': {'en': 'Jobs', 'fr': 'Emplois'}, 'value': 3}], 'demo': true}");
        assertEquals(json.values(), b.write().values());
        assertEquals(Map.of("en", "Bread", "fr", "Le pain"), b.write().values().get("title").orElseThrow());
    }

    /** A moved entry names where it came from, so its other locales' values move with it. */
    @Test
    void moved_entries_carry_their_other_locales() throws Exception {
        ItemValues stored = api("caseStudy", "{'figures': [{'label': {'en': 'Jobs', 'fr': 'Emplois'}, 'value': 3},"
                + " {'label': {'en': 'Hours', 'fr': 'Heures'}, 'value': 7}]}").values();
        FormValues.Bound b = bind("caseStudy", form("p.figures.0._from", "1", "p.figures.0.label.en", "Hours", "p.figures.0.value", "7",
                "p.figures.1._from", "0", "p.figures.1.label.en", "Jobs", "p.figures.1.value", "3"), List.of("en"), true, stored);
        ItemWrite json = api("caseStudy", "{'figures': [{'label': {'en': 'Hours', 'fr': 'Heures'}, 'value': 7},"
                + " {'label': {'en': 'Jobs', 'fr': 'Emplois'}, 'value': 3}]}");
        assertEquals(json.values(), b.write().values());
    }
}
