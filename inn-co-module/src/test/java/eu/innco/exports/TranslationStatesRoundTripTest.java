package eu.innco.exports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.TestModule;
import eu.innco.content.ContentItem;
import eu.innco.content.LocaleState;
import eu.innco.content.Precondition;
import eu.innco.i18n.translation.FieldWork;
import eu.innco.i18n.translation.LocaleWork;
import eu.innco.i18n.translation.TranslationOverview;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Actor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Translation states travel with the content: a backup (export) restored into an empty repository
 * (import) keeps which locales are translated or reviewed, which are outdated, and what changed in
 * their source since they were translated.
 */
class TranslationStatesRoundTripTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String[]> ITEMS = List.of(new String[] {"organisation", ExportsFixtures.LA_RUCHE},
            new String[] {"caseStudy", ExportsFixtures.WAREHOUSE}, new String[] {"asset", ExportsFixtures.LOGO});

    @TempDir
    Path temp;

    @Test
    void translated_reviewed_and_outdated_locales_survive_export_and_import_into_a_fresh_repository() throws Exception {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        Map<String, Map<String, LocaleState>> before = new java.util.HashMap<>();
        List<LocaleWork> workBefore;
        try (TestModule a = TestModule.memory()) {
            ExportsFixtures.importer(a, ImportPublisher.NONE).importFolder(Actor.SYSTEM, ExportsFixtures.scenario("good"), false);
            // the French translation of the case study is marked done, then its English source changes
            ContentItem w = patch(a, ExportsFixtures.WAREHOUSE, "{'locales': {'fr': {'translation': 'translated'}}}");
            w = patch(a, w.id(), "{'properties': {'title': {'en': 'A shared warehouse, a van and a driver'}}}");
            assertTrue(w.locales().get("fr").outdated());
            for (String[] it : ITEMS) before.put(it[1], a.content.get(Actor.SYSTEM, it[0], it[1]).locales());
            workBefore = overview(a).item(Actor.SYSTEM, "caseStudy", ExportsFixtures.WAREHOUSE).locales();
            ExportsFixtures.exporter(a).export(Actor.SYSTEM, ExportSelection.ALL, first);
        }
        String file = Files.readString(first.resolve("caseStudies.shared-warehouse.yaml"));
        assertTrue(file.contains("    fr:\n      state: 'translated'\n      sourceHash: '"), file);
        assertTrue(file.contains("      source:\n        title: 'A shared warehouse'\n        summary: 'Two co-operatives share one warehouse and a van.'\n"),
                "an outdated translation carries the source it was made from:\n" + file);

        try (TestModule b = TestModule.memory()) {
            ExportsFixtures.importer(b, ImportPublisher.NONE).importFolder(Actor.SYSTEM, first, false);
            for (String[] it : ITEMS) {
                Map<String, LocaleState> now = b.content.get(Actor.SYSTEM, it[0], it[1]).locales();
                for (String l : b.locales.locales()) {
                    assertEquals(before.get(it[1]).get(l).translation(), now.get(l).translation(), it[0] + " " + l);
                    assertEquals(before.get(it[1]).get(l).outdated(), now.get(l).outdated(), it[0] + " " + l + " outdated");
                }
            }
            ContentItem w = b.content.get(Actor.SYSTEM, "caseStudy", ExportsFixtures.WAREHOUSE);
            assertEquals("translated", w.locales().get("fr").translation());
            assertTrue(w.locales().get("fr").outdated(), "an outdated translation stays outdated");
            ContentItem ruche = b.content.get(Actor.SYSTEM, "organisation", ExportsFixtures.LA_RUCHE);
            assertEquals("reviewed", ruche.locales().get("en").translation());
            assertFalse(ruche.locales().get("en").outdated());
            assertEquals("translated", b.content.get(Actor.SYSTEM, "asset", ExportsFixtures.LOGO).locales().get("fr").translation());

            List<LocaleWork> workAfter = overview(b).item(Actor.SYSTEM, "caseStudy", ExportsFixtures.WAREHOUSE).locales();
            assertEquals(workBefore, workAfter, "the same values need work, with the same source then and now");
            FieldWork title = workAfter.stream().filter(x -> x.locale().equals("fr")).findFirst().orElseThrow()
                    .fields().stream().filter(f -> f.path().equals("title")).findFirst().orElseThrow();
            assertEquals(FieldWork.OUTDATED, title.need());
            assertEquals("A shared warehouse", title.sourceAtTranslation());
            assertEquals("A shared warehouse, a van and a driver", title.source());

            ImportResult again = ExportsFixtures.importer(b, ImportPublisher.NONE).importFolder(Actor.SYSTEM, first, false);
            assertEquals(4, again.count(ImportOutcome.UNCHANGED), "importing the same states again changes nothing");
            ExportsFixtures.exporter(b).export(Actor.SYSTEM, ExportSelection.ALL, second);
        }
        Map<String, byte[]> one = ExportsFixtures.files(first);
        Map<String, byte[]> two = ExportsFixtures.files(second);
        assertEquals(one.keySet(), two.keySet());
        one.forEach((name, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8), new String(two.get(name), StandardCharsets.UTF_8), name));
        one.forEach((name, bytes) -> assertArrayEquals(bytes, two.get(name), name));
    }

    @Test
    void a_file_that_changes_only_a_state_changes_the_item() throws Exception {
        Path folder = ExportsFixtures.copy("good", temp.resolve("good"));
        try (TestModule m = TestModule.memory()) {
            Importer importer = ExportsFixtures.importer(m, ImportPublisher.NONE);
            importer.importFolder(Actor.SYSTEM, folder, false);
            Path file = folder.resolve("caseStudies.shared-warehouse.yaml");
            Files.writeString(file, Files.readString(file).replace("fr: {state: 'draft',", "fr: {state: 'reviewed',"));
            ImportResult r = importer.importFolder(Actor.SYSTEM, folder, false);
            assertEquals(List.of("caseStudies.shared-warehouse.yaml"),
                    r.items().stream().filter(i -> i.outcome() == ImportOutcome.CHANGED).map(ImportedItem::file).toList());
            assertEquals("reviewed", m.content.get(Actor.SYSTEM, "caseStudy", ExportsFixtures.WAREHOUSE).locales().get("fr").translation());
        }
    }

    @Test
    void a_file_without_states_gives_drafts_whose_sources_are_followed() throws Exception {
        try (TestModule m = TestModule.memory()) {
            ExportsFixtures.importer(m, ImportPublisher.NONE).importFolder(Actor.SYSTEM, ExportsFixtures.scenario("good"), false);
            ContentItem koop = m.content.list(Actor.SYSTEM, "organisation", eu.innco.content.ListQuery.firstPage()).items().stream()
                    .filter(i -> i.name().equals("kooperatywa-spoldzielnia")).findFirst().orElseThrow();
            assertEquals("draft", koop.locales().get("pl").translation());
            ContentItem withEnglish = patch(m, "organisation", koop.id(),
                    "{'properties': {'description': {'en': '<p>A social cooperative.</p>'}}}");
            assertEquals("draft", withEnglish.locales().get("en").translation());
            ContentItem changed = patch(m, "organisation", koop.id(),
                    "{'properties': {'description': {'pl': '<p>Spółdzielnia socjalna w Poznaniu</p>'}}}");
            assertTrue(changed.locales().get("en").outdated(), "the English translation was made from the Polish text before");
        }
    }

    @Test
    void a_state_without_a_hash_is_current_and_a_hash_of_another_source_is_outdated() throws Exception {
        Path folder = ExportsFixtures.copy("good", temp.resolve("good"));
        Path file = folder.resolve("caseStudies.shared-warehouse.yaml");
        String text = Files.readString(file);
        String hash = text.substring(text.indexOf("sourceHash: '") + 13, text.indexOf("sourceHash: '") + 37);
        try (TestModule m = TestModule.memory()) {
            Files.writeString(file, text.replace("fr: {state: 'draft', sourceHash: '" + hash + "'}", "fr: 'translated'"));
            ExportsFixtures.importer(m, ImportPublisher.NONE).importFolder(Actor.SYSTEM, folder, false);
            LocaleState fr = m.content.get(Actor.SYSTEM, "caseStudy", ExportsFixtures.WAREHOUSE).locales().get("fr");
            assertEquals("translated", fr.translation());
            assertFalse(fr.outdated(), "no hash: translated from the source the file holds");
        }
        try (TestModule m = TestModule.memory()) {
            // the English text was edited in the file after the French translation was made from it
            Files.writeString(file, text.replace("title: 'A shared warehouse'", "title: 'A shared warehouse and van'"));
            ExportsFixtures.importer(m, ImportPublisher.NONE).importFolder(Actor.SYSTEM, folder, false);
            LocaleState fr = m.content.get(Actor.SYSTEM, "caseStudy", ExportsFixtures.WAREHOUSE).locales().get("fr");
            assertEquals("draft", fr.translation());
            assertTrue(fr.outdated(), "the file's source no longer has the hash the translation was made from");
        }
    }

    @Test
    void value_states_that_differ_from_their_locales_travel_and_come_back() throws Exception {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        Map<String, eu.innco.content.FieldState> before;
        try (TestModule a = TestModule.memory()) {
            ExportsFixtures.importer(a, ImportPublisher.NONE).importFolder(Actor.SYSTEM, ExportsFixtures.scenario("good"), false);
            ContentItem w = patch(a, ExportsFixtures.WAREHOUSE, "{'locales': {'fr': {'fields': {'title': 'reviewed', 'whatHelped.0': 'translated'}}}}");
            assertEquals("draft", w.locales().get("fr").translation());
            before = w.locales().get("fr").fields();
            ExportsFixtures.exporter(a).export(Actor.SYSTEM, ExportSelection.ALL, first);
        }
        String file = Files.readString(first.resolve("caseStudies.shared-warehouse.yaml"));
        assertTrue(file.contains("fields: {'title': 'reviewed', 'whatHelped.0': 'translated'}"), file);
        assertFalse(file.contains("    en: {state: 'reviewed', fields"), "a locale whose values all share its state lists none:\n" + file);
        try (TestModule b = TestModule.memory()) {
            Importer importer = ExportsFixtures.importer(b, ImportPublisher.NONE);
            importer.importFolder(Actor.SYSTEM, first, false);
            ContentItem w = b.content.get(Actor.SYSTEM, "caseStudy", ExportsFixtures.WAREHOUSE);
            assertEquals(before, w.locales().get("fr").fields());
            assertEquals("draft", w.locales().get("fr").translation());
            assertEquals(4, importer.importFolder(Actor.SYSTEM, first, false).count(ImportOutcome.UNCHANGED), "the same states again change nothing");

            importer.importFolder(Actor.SYSTEM, ExportsFixtures.scenario("good"), false);
            LocaleState fr = b.content.get(Actor.SYSTEM, "caseStudy", ExportsFixtures.WAREHOUSE).locales().get("fr");
            assertTrue(fr.fields().values().stream().filter(f -> !f.state().equals("missing")).allMatch(f -> f.state().equals("draft")),
                    "a file without value states gives every value the locale's state: " + fr.fields());
            importer.importFolder(Actor.SYSTEM, first, false);
            ExportsFixtures.exporter(b).export(Actor.SYSTEM, ExportSelection.ALL, second);
        }
        assertEquals(file, Files.readString(second.resolve("caseStudies.shared-warehouse.yaml")));
    }

    @Test
    void value_states_must_name_the_locales_values_and_stand_above_its_state() throws Exception {
        Path folder = ExportsFixtures.copy("good", temp.resolve("good"));
        Path file = folder.resolve("caseStudies.shared-warehouse.yaml");
        Files.writeString(file, Files.readString(file).replace("en: {state: 'reviewed'}",
                "en: {state: 'translated', fields: {'subtitle': 'reviewed', 'title': 'draft'}}"));
        try (TestModule m = TestModule.memory()) {
            eu.innco.InncoException e = org.junit.jupiter.api.Assertions.assertThrows(eu.innco.InncoException.class,
                    () -> ExportsFixtures.importer(m, ImportPublisher.NONE).importFolder(Actor.SYSTEM, folder, false));
            String all = e.errors().toString();
            assertTrue(all.contains("innco:translations/en/fields/subtitle") && all.contains("no 'en' value at 'subtitle'"), all);
            assertTrue(all.contains("innco:translations/en/fields/title") && all.contains("must be above the locale's state"), all);
        }
    }

    static TranslationOverview overview(TestModule m) {
        return new TranslationOverview(m.repository, m.types, m.locales, m.content.nodes(), new AccessPolicy());
    }

    static ContentItem patch(TestModule m, String id, String patch) throws Exception {
        return patch(m, "caseStudy", id, patch);
    }

    static ContentItem patch(TestModule m, String type, String id, String patch) throws Exception {
        ContentItem current = m.content.get(Actor.SYSTEM, type, id);
        return m.content.patch(Actor.SYSTEM, type, id, JSON.readTree(patch.replace('\'', '"')), Precondition.etag(current.etag()));
    }
}
