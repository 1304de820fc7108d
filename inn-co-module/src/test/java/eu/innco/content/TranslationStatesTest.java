package eu.innco.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.ErrorKind;
import eu.innco.InncoException;
import eu.innco.TestModule;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Translation states per locale: set automatically on edits, marked by people, outdated when the source changes. */
class TranslationStatesTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Actor POLISH_TRANSLATOR = new Actor("tomasz", Set.of(Role.TRANSLATOR), "", Set.of("pl"), false);
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

    static ContentItem study(String enTitle, String plTitle) throws Exception {
        return module.content.create(Actor.SYSTEM, "caseStudy", json("{'properties': {'title': {'en': '" + enTitle + "', 'pl': '" + plTitle
                + "'}, 'summary': {'en': 'A shared kitchen.'}}}"));
    }

    static ContentItem patch(Actor actor, ContentItem item, String patch) throws Exception {
        return module.content.patch(actor, "caseStudy", item.id(), json(patch), Precondition.etag(item.etag()));
    }

    @Test
    void values_written_in_a_locale_are_a_draft_and_locales_without_values_are_missing() throws Exception {
        ContentItem s = study("Kitchen", "Kuchnia");
        assertEquals("en", s.sourceLocale());
        assertEquals("draft", s.locales().get("en").translation());
        assertEquals("draft", s.locales().get("pl").translation());
        assertEquals("missing", s.locales().get("fr").translation());
        assertFalse(s.locales().get("pl").outdated());
    }

    @Test
    void a_translation_becomes_outdated_when_its_source_changes_and_current_when_marked_again() throws Exception {
        ContentItem s = patch(Actor.SYSTEM, study("Bakery", "Piekarnia"), "{'locales': {'pl': {'translation': 'translated'}}}");
        assertEquals("translated", s.locales().get("pl").translation());
        assertFalse(s.locales().get("pl").outdated());

        s = patch(Actor.SYSTEM, s, "{'properties': {'summary': {'en': 'A bakery run by its workers.'}}}");
        assertTrue(s.locales().get("pl").outdated(), "the English summary changed after the Polish translation");
        assertEquals("translated", s.locales().get("pl").translation(), "the state stays; outdated says the source moved");
        assertFalse(s.locales().get("en").outdated(), "the source itself is never outdated");

        s = patch(Actor.SYSTEM, s, "{'properties': {'summary': {'pl': 'Piekarnia prowadzona przez pracowników.'}}}");
        assertEquals("draft", s.locales().get("pl").translation(), "an edit without a state makes a draft");
        assertTrue(s.locales().get("pl").outdated(), "a draft edit does not say the new source was seen");

        s = patch(POLISH_TRANSLATOR, s, "{'locales': {'pl': {'translation': 'reviewed'}}}");
        assertEquals("reviewed", s.locales().get("pl").translation());
        assertFalse(s.locales().get("pl").outdated());
    }

    @Test
    void an_edit_that_names_a_state_keeps_it_and_an_echoed_state_does_not_count() throws Exception {
        ContentItem s = patch(Actor.SYSTEM, study("Garden", "Ogród"), "{'properties': {'title': {'pl': 'Ogród społeczny'}},"
                + " 'locales': {'pl': {'translation': 'translated'}}}");
        assertEquals("translated", s.locales().get("pl").translation());

        ObjectMapper m = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode echo = new ItemJson(module.content.valuesJson()).write(s, module.types.require("caseStudy"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) echo.get("properties").get("title")).put("pl", "Ogród wspólny");
        ContentItem replaced = module.content.replace(Actor.SYSTEM, "caseStudy", s.id(), m.readTree(echo.toString()), Precondition.etag(s.etag()));
        assertEquals("draft", replaced.locales().get("pl").translation(), "a PUT echoing 'translated' while changing the text is a draft");
    }

    @Test
    void removing_every_value_of_a_locale_makes_it_missing_again() throws Exception {
        ContentItem s = patch(Actor.SYSTEM, study("Repair café", "Kawiarnia naprawcza"), "{'locales': {'pl': {'translation': 'reviewed'}}}");
        s = patch(Actor.SYSTEM, s, "{'properties': {'title': {'pl': null}}}");
        assertEquals("missing", s.locales().get("pl").translation());
        assertFalse(s.locales().get("pl").outdated());
    }

    @Test
    void a_state_needs_values_in_its_locale_and_must_be_a_known_state() throws Exception {
        ContentItem s = study("Laundry", "Pralnia");
        InncoException e = assertThrows(InncoException.class, () -> patch(Actor.SYSTEM, s,
                "{'locales': {'fr': {'translation': 'translated'}, 'pl': {'translation': 'done'}, 'xx': {'translation': 'draft'}}}"));
        assertEquals(ErrorKind.INVALID_INPUT, e.kind());
        Set<String> paths = new java.util.TreeSet<>();
        e.errors().forEach(x -> paths.add(x.path()));
        assertEquals(Set.of("locales.fr.translation", "locales.pl.translation", "locales.xx"), paths, e.errors().toString());
        assertEquals("draft", module.content.get(Actor.SYSTEM, "caseStudy", s.id()).locales().get("pl").translation());
    }

    @Test
    void a_translator_marks_states_only_in_the_granted_locales() throws Exception {
        ContentItem s = module.content.create(Actor.SYSTEM, "caseStudy", json("{'properties': {'title': {'en': 'Print shop', 'fr': 'Imprimerie', 'pl': 'Drukarnia'}}}"));
        InncoException e = assertThrows(InncoException.class, () -> patch(POLISH_TRANSLATOR, s, "{'locales': {'fr': {'translation': 'reviewed'}}}"));
        assertEquals(ErrorKind.FORBIDDEN, e.kind());
        assertEquals("translated", patch(POLISH_TRANSLATOR, s, "{'locales': {'pl': {'translation': 'translated'}}}").locales().get("pl").translation());
    }

    @Test
    void changing_the_source_locale_makes_the_new_source_current_and_the_old_one_a_translation_of_it() throws Exception {
        ContentItem s = patch(Actor.SYSTEM, study("Tool library", "Wypożyczalnia narzędzi"), "{'locales': {'pl': {'translation': 'translated'}}}");
        s = patch(Actor.SYSTEM, s, "{'sourceLocale': 'pl'}");
        assertEquals("pl", s.sourceLocale());
        s = patch(Actor.SYSTEM, s, "{'properties': {'title': {'pl': 'Biblioteka narzędzi'}}}");
        assertFalse(s.locales().get("pl").outdated());
        assertTrue(s.locales().get("en").outdated(), "English now follows the Polish source");
    }

    @Test
    void the_item_list_filters_by_locale_and_translation_state() throws Exception {
        ContentItem s = patch(Actor.SYSTEM, study("Filter cooperative", "Spółdzielnia filtrów"), "{'locales': {'pl': {'translation': 'translated'}}}");
        patch(Actor.SYSTEM, s, "{'properties': {'title': {'en': 'Filter co-operative'}}}");
        ItemPage outdated = module.content.list(Actor.SYSTEM, "caseStudy", ListQuery.of(200, 0, "", null, "pl", "outdated"));
        assertTrue(outdated.items().stream().anyMatch(i -> i.id().equals(s.id())));
        assertTrue(outdated.items().stream().allMatch(i -> i.locales().get("pl").outdated()));
        ItemPage missing = module.content.list(Actor.SYSTEM, "caseStudy", ListQuery.of(200, 0, "", null, "fr", "missing"));
        assertTrue(missing.items().stream().anyMatch(i -> i.id().equals(s.id())));
    }
}
