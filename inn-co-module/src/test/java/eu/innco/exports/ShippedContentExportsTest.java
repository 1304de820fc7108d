package eu.innco.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.TestModule;
import eu.innco.content.ContentItem;
import eu.innco.content.ListQuery;
import eu.innco.content.LocaleState;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.i18n.translation.LocaleCounts;
import eu.innco.i18n.translation.TypeOverview;
import eu.innco.security.Actor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's own {@code content-exports/} folder: it imports into an empty repository with the
 * counts, values, translation states and publications the README describes, and exporting it again
 * gives the same bytes, so the shipped files are in the exporter's own form.
 */
class ShippedContentExportsTest {
    static final Path FOLDER = TestModule.lightModules().getParent().resolve("content-exports");
    static final String GUIDE = "286c2ea8-a3cb-4eac-905f-6e2876822513";
    static TestModule module;
    static ImportResult result;

    @BeforeAll
    static void importTheFolder() {
        module = TestModule.memory();
        result = ExportsFixtures.importer(module, new ExportsFixtures.RecordingPublisher(module)).importFolder(Actor.SYSTEM, FOLDER, false);
    }

    @AfterAll
    static void close() {
        module.close();
    }

    static List<ContentItem> items(String type) {
        return module.content.list(Actor.SYSTEM, type, ListQuery.of(100, 0, null, null, null, null)).items();
    }

    @Test
    void every_file_is_created_and_the_types_have_their_counts() {
        assertEquals(76, result.count(ImportOutcome.CREATED), result.summary());
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ContentTypeDefinition t : module.types.all()) counts.put(t.name(), items(t.name()).size());
        assertEquals(Map.ofEntries(Map.entry("organisation", 15), Map.entry("caseStudy", 7), Map.entry("workshopMaterial", 4),
                Map.entry("guide", 1), Map.entry("successCondition", 5), Map.entry("technique", 10), Map.entry("event", 8),
                Map.entry("campaign", 1), Map.entry("asset", 0), Map.entry("checkupStatement", 25), Map.entry("initiative", 0),
                Map.entry("offer", 0), Map.entry("need", 0)), counts);
    }

    @Test
    void the_guide_is_in_every_locale_and_case_studies_in_some() {
        assertEquals(Map.of("en", 1, "fr", 1, "nl", 1, "de", 1, "it", 1, "pl", 1, "el", 1), perLocale("guide"));
        assertEquals(Map.of("en", 5, "fr", 7, "nl", 2, "de", 0, "it", 2, "pl", 3, "el", 1), perLocale("caseStudy"));
    }

    private static Map<String, Integer> perLocale(String type) {
        Map<String, Integer> out = new TreeMap<>();
        for (String l : module.locales.locales()) {
            out.put(l, (int) items(type).stream().filter(i -> !i.locales().get(l).translation().equals("missing")).count());
        }
        return out;
    }

    @Test
    void known_values_arrive_as_written() {
        ContentItem guide = module.content.get(Actor.SYSTEM, "guide", GUIDE);
        assertEquals("Le modèle de conception collaborative", guide.values().get("title", "fr").orElseThrow());
        assertEquals(6, ((List<?>) guide.values().get("chapters").orElseThrow()).size());
        ContentItem toulon = byName("event", "toulon-event");
        assertEquals(Instant.parse("2022-12-14T00:00:00Z"), toulon.values().get("startDate").orElseThrow());
        assertEquals(Instant.parse("2023-02-06T00:00:00Z"), byName("event", "closing-seminar-lyon").values().get("startDate").orElseThrow());
        assertEquals("Arobase", byName("organisation", "arobase").values().get("name").orElseThrow());
        ContentItem kitchen = byName("caseStudy", "shared-kitchen-lyon");
        assertTrue(((String) kitchen.values().get("summary", "fr").orElseThrow()).contains("sur un pied d'égalité"));
        assertTrue(((String) kitchen.values().get("body", "fr").orElseThrow()).contains("disposait d&#39;une cuisine"),
                "rich text is stored sanitised; the file writes the apostrophe plainly");
    }

    @Test
    void translations_are_marked_translated_against_their_source_and_the_guide_is_complete_everywhere() {
        ContentItem guide = module.content.get(Actor.SYSTEM, "guide", GUIDE);
        assertEquals("fr", guide.sourceLocale());
        for (String l : List.of("en", "nl", "de", "it", "pl", "el")) {
            assertEquals("translated", guide.locales().get(l).translation(), l);
            assertFalse(guide.locales().get(l).outdated(), l);
        }
        TypeOverview overview = TranslationStatesRoundTripTest.overview(module).overview(Actor.SYSTEM, "guide").get(0);
        for (LocaleCounts c : overview.locales().values()) assertEquals(1, c.complete(), overview.toString());
        // the two drafts the README keeps on purpose
        assertEquals("draft", byName("caseStudy", "shared-kitchen-lyon").locales().get("nl").translation());
        assertEquals("draft", byName("caseStudy", "back-office-consortium-turin").locales().get("pl").translation());
    }

    @Test
    void the_import_publishes_the_locales_the_files_list_and_leaves_the_drafts() {
        LocaleState guideEl = module.content.get(Actor.SYSTEM, "guide", GUIDE).locales().get("el");
        assertNotNull(guideEl.published());
        assertFalse(guideEl.modifiedSincePublished());
        ContentItem kitchen = byName("caseStudy", "shared-kitchen-lyon");
        assertNotNull(kitchen.locales().get("fr").published());
        assertEquals(null, kitchen.locales().get("nl").published(), "the Dutch version stays a draft");
    }

    @Test
    void exporting_it_again_gives_the_same_bytes(@TempDir Path out) {
        ExportsFixtures.exporter(module).export(Actor.SYSTEM, ExportSelection.ALL, out);
        Map<String, byte[]> shipped = ExportsFixtures.files(FOLDER);
        shipped.remove("README.md");
        Map<String, byte[]> exported = ExportsFixtures.files(out);
        assertEquals(shipped.keySet(), exported.keySet());
        shipped.forEach((name, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8),
                new String(exported.get(name), StandardCharsets.UTF_8), name + ": regenerate content-exports with the export command"));
    }

    @Test
    void the_partners_have_the_names_the_sources_give_and_are_described_in_every_language() {
        Map<String, String> partners = new TreeMap<>();
        for (ContentItem o : items("organisation")) {
            if ("partner".equals(o.values().get("role").orElse(null))) partners.put(o.name(), (String) o.values().get("name").orElseThrow());
        }
        assertEquals(Map.of("arobase", "Arobase", "partner-belgium", "Bruxelles Europe asbl",
                "partner-cyprus", "SYNTHESIS Center for Research and Education", "partner-italy", "I.Re.Forr",
                "partner-poland", "Stowarzyszenie na Rzecz Spółdzielni Socjalnych"), partners);
        for (String name : List.of("arobase", "partner-belgium", "partner-cyprus", "partner-italy", "partner-poland")) {
            ContentItem p = byName("organisation", name);
            for (String l : module.locales.locales()) {
                assertTrue(p.values().get("description", l).isPresent(), name + " " + l);
                assertNotNull(p.locales().get(l).published(), name + " is public in " + l);
                assertFalse(p.locales().get(l).outdated(), name + " " + l);
            }
        }
        assertEquals("Brussels", byName("organisation", "partner-belgium").values().get("city").orElseThrow());
        assertTrue(byName("organisation", "partner-italy").values().get("city").isEmpty(), "no source gives the Italian partner's city");
    }

    @Test
    void the_seminars_carry_the_dates_the_sources_give_with_their_precision() {
        ContentItem poznan = byName("event", "seminar-poznan");
        assertEquals(Instant.parse("2021-10-25T00:00:00Z"), poznan.values().get("startDate").orElseThrow());
        assertEquals(Instant.parse("2021-10-27T00:00:00Z"), poznan.values().get("endDate").orElseThrow());
        assertTrue(poznan.values().get("datePrecision").isEmpty(), "known to the day: the default");
        ContentItem brussels = byName("event", "seminar-brussels");
        assertEquals(Instant.parse("2022-06-20T00:00:00Z"), brussels.values().get("startDate").orElseThrow());
        assertEquals(Instant.parse("2022-06-22T00:00:00Z"), brussels.values().get("endDate").orElseThrow());
        ContentItem lyon = byName("event", "seminar-lyon");
        assertEquals(Instant.parse("2021-01-01T00:00:00Z"), lyon.values().get("startDate").orElseThrow());
        assertEquals("year", lyon.values().get("datePrecision").orElseThrow());
        for (String unknown : List.of("seminar-cyprus", "seminar-italy", "video-conferences")) {
            assertTrue(byName("event", unknown).values().get("startDate").isEmpty(), unknown + ": no source gives its date");
        }
        for (String l : List.of("en", "fr")) assertFalse(lyon.locales().get(l).outdated(), l);
    }

    static ContentItem byName(String type, String name) {
        return items(type).stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(type + " " + name));
    }
}
