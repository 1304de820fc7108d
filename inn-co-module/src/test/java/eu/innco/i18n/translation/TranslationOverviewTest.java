package eu.innco.i18n.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.TestModule;
import eu.innco.content.ContentItem;
import eu.innco.content.Precondition;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Actor;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The overview counts per type and locale, and the values that need work per item. */
class TranslationOverviewTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static TestModule module;
    static TranslationOverview overview;
    static ContentItem onlyEnglish, translated, outdated, draft;

    @BeforeAll
    static void start() throws Exception {
        module = TestModule.memory();
        overview = new TranslationOverview(module.repository, module.types, module.locales, module.content.nodes(), new AccessPolicy());
        onlyEnglish = event("Seminar in Lyon", "Two days on cooperation.", null, null);
        translated = mark(event("Seminar in Kraków", "Three days.", "Seminarium w Krakowie", "Trzy dni."), "translated");
        outdated = mark(event("Webinar", "One hour.", "Webinarium", "Jedna godzina."), "translated");
        outdated = patch(outdated, "{'properties': {'summary': {'en': 'Ninety minutes.'}}}");
        draft = event("Study visit", "A visit to Nicosia.", "Wizyta studyjna", null);
    }

    @AfterAll
    static void stop() {
        module.close();
    }

    static ContentItem event(String title, String summary, String plTitle, String plSummary) throws Exception {
        String pl = plTitle == null ? "" : ", 'pl': '" + plTitle + "'";
        String pls = plSummary == null ? "" : ", 'pl': '" + plSummary + "'";
        return module.content.create(Actor.SYSTEM, "event", JSON.readTree(("{'properties': {'title': {'en': '" + title + "'" + pl
                + "}, 'summary': {'en': '" + summary + "'" + pls + "}, 'kind': 'seminar', 'startDate': '2026-11-26'}}").replace('\'', '"')));
    }

    static ContentItem mark(ContentItem item, String state) throws Exception {
        return patch(item, "{'locales': {'pl': {'translation': '" + state + "'}}}");
    }

    static ContentItem patch(ContentItem item, String patch) throws Exception {
        return module.content.patch(Actor.SYSTEM, "event", item.id(), JSON.readTree(patch.replace('\'', '"')), Precondition.etag(item.etag()));
    }

    @Test
    void the_overview_counts_items_per_state_outdated_and_complete_in_each_locale() {
        TypeOverview events = overview.overview(Actor.SYSTEM, "event").get(0);
        assertEquals(4, events.items());
        assertEquals(new LocaleCounts(4, 1, 1, 2, 0, 1, 1), events.locales().get("pl"));
        assertEquals(new LocaleCounts(4, 0, 4, 0, 0, 0, 4), events.locales().get("en"), "the source locale is complete with its values");
        assertEquals(new LocaleCounts(4, 4, 0, 0, 0, 0, 0), events.locales().get("fr"));
    }

    @Test
    void without_a_type_the_overview_lists_every_type_with_localised_values() {
        List<TypeOverview> all = overview.overview(Actor.SYSTEM, null);
        assertTrue(all.stream().anyMatch(t -> t.type().equals("caseStudy")));
        assertEquals(4, all.stream().filter(t -> t.type().equals("event")).findFirst().orElseThrow().items());
    }

    @Test
    void an_item_shows_the_missing_and_draft_values_of_a_draft() {
        LocaleWork pl = work(draft, "pl");
        assertEquals("draft", pl.translation());
        assertEquals(2, pl.fields().size(), pl.fields().toString());
        FieldWork f = pl.fields().get(0);
        assertEquals("summary", f.path());
        assertEquals(FieldWork.MISSING, f.need());
        assertEquals("missing", f.state());
        assertEquals("A visit to Nicosia.", f.source());
        FieldWork title = pl.fields().get(1);
        assertEquals("title", title.path());
        assertEquals(FieldWork.DRAFT, title.need());
        assertEquals("Wizyta studyjna", title.value());
        assertFalse(pl.complete());
    }

    @Test
    void an_outdated_translation_shows_what_changed_in_the_source_since() {
        LocaleWork pl = work(outdated, "pl");
        assertTrue(pl.outdated());
        assertEquals("en", pl.translatedFrom());
        assertEquals(1, pl.fields().size(), pl.fields().toString());
        FieldWork f = pl.fields().get(0);
        assertEquals("summary", f.path());
        assertEquals(FieldWork.OUTDATED, f.need());
        assertEquals("One hour.", f.sourceAtTranslation());
        assertEquals("Ninety minutes.", f.source());
        assertEquals("Jedna godzina.", f.value());
    }

    @Test
    void a_current_translation_and_the_source_need_no_work() {
        assertTrue(work(translated, "pl").complete());
        assertTrue(work(translated, "pl").fields().isEmpty());
        LocaleWork en = work(translated, "en");
        assertTrue(en.complete());
        assertNull(en.translatedFrom());
        assertEquals(List.of("title", "summary"), work(onlyEnglish, "de").fields().stream().map(FieldWork::path).toList());
    }

    static LocaleWork work(ContentItem item, String locale) {
        return overview.item(Actor.SYSTEM, "event", item.id()).locales().stream().filter(w -> w.locale().equals(locale)).findFirst().orElseThrow();
    }
}
