package eu.innco.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.ErrorKind;
import eu.innco.InncoException;
import eu.innco.TestModule;
import eu.innco.i18n.translation.FieldWork;
import eu.innco.i18n.translation.LocaleWork;
import eu.innco.i18n.translation.TranslationOverview;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Translation states per localised value: an edit drafts one value, a locale's state is the lowest of its values'. */
class FieldStatesTest {
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

    static ContentItem study(String en, String pl) throws Exception {
        return module.content.create(Actor.SYSTEM, "caseStudy", json("{'properties': {'title': {'en': '" + en + "', 'pl': '" + pl
                + "'}, 'summary': {'en': 'About " + en + "', 'pl': 'O: " + pl + "'}, 'whatHelped': {'en': ['Trust', 'Time']}},"
                + " 'locales': {'pl': {'translation': 'reviewed'}}}"));
    }

    static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    static ContentItem patch(Actor actor, ContentItem item, String patch) throws Exception {
        return module.content.patch(actor, "caseStudy", item.id(), json(patch), Precondition.etag(item.etag()));
    }

    static String state(ContentItem item, String locale, String path) {
        return item.locales().get(locale).fields().get(path).state();
    }

    @Test
    void editing_one_value_makes_only_that_value_a_draft_and_the_locale_the_lowest() throws Exception {
        ContentItem s = study("Bakery", "Piekarnia");
        assertEquals("reviewed", s.locales().get("pl").translation());
        assertEquals("reviewed", state(s, "pl", "title"));

        s = patch(Actor.SYSTEM, s, "{'properties': {'summary': {'pl': 'O piekarni'}}}");
        assertEquals("draft", state(s, "pl", "summary"), "the edited value");
        assertEquals("reviewed", state(s, "pl", "title"), "the other value keeps its state");
        assertEquals("draft", s.locales().get("pl").translation(), "the locale's state is the lowest of its values'");
        assertEquals("missing", state(s, "pl", "whatHelped.0"), "a value the source has and the locale lacks");
        assertEquals("missing", state(s, "pl", "whatHelped.1"));

        s = patch(Actor.SYSTEM, s, "{'locales': {'pl': {'fields': {'summary': 'translated'}}}}");
        assertEquals("translated", s.locales().get("pl").translation(), "reviewed and translated: the lowest is translated");
        s = patch(Actor.SYSTEM, s, "{'locales': {'pl': {'translation': 'draft'}}}");
        assertEquals("draft", state(s, "pl", "title"), "a locale's state sets every value of it");
        assertEquals("draft", state(s, "pl", "summary"));
    }

    @Test
    void the_authoring_json_shows_each_values_state_and_whether_its_source_moved() throws Exception {
        ContentItem s = study("Garden", "Ogród");
        s = patch(Actor.SYSTEM, s, "{'properties': {'summary': {'en': 'About the community garden'}}}");
        JsonNode pl = new ItemJson(module.content.valuesJson()).write(s, module.types.require("caseStudy")).path("locales").path("pl");
        assertTrue(pl.path("outdated").asBoolean());
        assertEquals("reviewed", pl.path("translation").asText(), "the locale's state stays where it was");
        assertTrue(pl.path("fields").path("summary").path("outdated").asBoolean(), pl.toString());
        assertFalse(pl.path("fields").path("title").path("outdated").asBoolean(), pl.toString());
        assertEquals("reviewed", pl.path("fields").path("title").path("state").asText());

        s = patch(POLISH_TRANSLATOR, s, "{'properties': {'summary': {'pl': 'O ogrodzie społecznym'}},"
                + " 'locales': {'pl': {'fields': {'summary': 'translated'}}}}");
        assertFalse(s.locales().get("pl").fields().get("summary").outdated(), "marking the value takes its new source");
        assertFalse(s.locales().get("pl").outdated(), "the only outdated value was marked, so the locale is current");
        assertEquals("translated", s.locales().get("pl").translation());
    }

    @Test
    void marking_one_outdated_value_leaves_the_other_outdated_values_outdated() throws Exception {
        ContentItem s = study("Laundry", "Pralnia");
        s = patch(Actor.SYSTEM, s, "{'properties': {'title': {'en': 'Shared laundry'}, 'summary': {'en': 'About a shared laundry'}}}");
        s = patch(POLISH_TRANSLATOR, s, "{'locales': {'pl': {'fields': {'title': 'reviewed'}}}}");
        assertFalse(s.locales().get("pl").fields().get("title").outdated());
        assertTrue(s.locales().get("pl").fields().get("summary").outdated());
        assertTrue(s.locales().get("pl").outdated());
    }

    @Test
    void an_echoed_field_state_does_not_count_but_a_changed_one_does() throws Exception {
        ContentItem s = study("Repair café", "Kawiarnia naprawcza");
        ObjectNode echo = new ItemJson(module.content.valuesJson()).write(s, module.types.require("caseStudy"));
        ((ObjectNode) echo.get("properties").get("title")).put("pl", "Naprawialnia");
        ContentItem replaced = module.content.replace(Actor.SYSTEM, "caseStudy", s.id(), JSON.readTree(echo.toString()), Precondition.etag(s.etag()));
        assertEquals("draft", state(replaced, "pl", "title"), "the echoed 'reviewed' of an edited value is not a request");
        assertEquals("reviewed", state(replaced, "pl", "summary"));

        echo = new ItemJson(module.content.valuesJson()).write(replaced, module.types.require("caseStudy"));
        ((ObjectNode) echo.get("locales").get("pl").get("fields")).put("title", "translated");
        replaced = module.content.replace(Actor.SYSTEM, "caseStudy", s.id(), JSON.readTree(echo.toString()), Precondition.etag(replaced.etag()));
        assertEquals("translated", state(replaced, "pl", "title"));
        assertEquals("translated", replaced.locales().get("pl").translation());
    }

    @Test
    void unknown_paths_values_without_a_value_and_unknown_states_are_refused_by_name() throws Exception {
        ContentItem s = study("Print shop", "Drukarnia");
        InncoException e = assertThrows(InncoException.class, () -> patch(Actor.SYSTEM, s,
                "{'locales': {'pl': {'fields': {'subtitle': 'reviewed', 'whatHelped.0': 'reviewed', 'title': 'done'}}}}"));
        assertEquals(ErrorKind.INVALID_INPUT, e.kind());
        Set<String> paths = new TreeSet<>();
        e.errors().forEach(x -> paths.add(x.path()));
        assertEquals(Set.of("locales.pl.fields.subtitle", "locales.pl.fields.whatHelped.0", "locales.pl.fields.title"), paths, e.errors().toString());
        assertEquals("reviewed", state(module.content.get(Actor.SYSTEM, "caseStudy", s.id()), "pl", "title"), "nothing was written");
    }

    @Test
    void a_translator_sets_value_states_only_in_granted_locales() throws Exception {
        ContentItem s = module.content.create(Actor.SYSTEM, "caseStudy", json("{'properties': {'title': {'en': 'Tool library', 'fr': "
                + "'Outilthèque', 'pl': 'Wypożyczalnia narzędzi'}}}"));
        InncoException e = assertThrows(InncoException.class, () -> patch(POLISH_TRANSLATOR, s, "{'locales': {'fr': {'fields': {'title': 'reviewed'}}}}"));
        assertEquals(ErrorKind.FORBIDDEN, e.kind());
        assertEquals("draft", state(module.content.get(Actor.SYSTEM, "caseStudy", s.id()), "fr", "title"));
        assertEquals("reviewed", state(patch(POLISH_TRANSLATOR, s, "{'locales': {'pl': {'fields': {'title': 'reviewed'}}}}"), "pl", "title"));
    }

    @Test
    void the_work_list_of_an_item_follows_the_values_states() throws Exception {
        ContentItem s = module.content.create(Actor.SYSTEM, "caseStudy", json("{'properties': {'title': {'en': 'Training week', 'pl': "
                + "'Tydzień szkoleń'}, 'summary': {'en': 'Five days.', 'pl': 'Pięć dni.'}}}"));
        s = patch(Actor.SYSTEM, s, "{'locales': {'pl': {'fields': {'title': 'reviewed'}}}}");
        TranslationOverview overview = new TranslationOverview(module.repository, module.types, module.locales, module.content.nodes(),
                new AccessPolicy());
        LocaleWork pl = overview.item(Actor.SYSTEM, "caseStudy", s.id()).locales().stream().filter(w -> w.locale().equals("pl"))
                .findFirst().orElseThrow();
        assertEquals("draft", pl.translation());
        List<String> drafts = pl.fields().stream().filter(f -> f.need().equals(FieldWork.DRAFT)).map(FieldWork::path).toList();
        assertTrue(drafts.contains("summary"), pl.fields().toString());
        assertFalse(drafts.contains("title"), "a reviewed value needs no work");
    }
}
