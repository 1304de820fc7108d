package eu.innco.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.TestModule;
import eu.innco.content.ContentItem;
import eu.innco.content.ListQuery;
import eu.innco.contenttype.field.GeoPoint;
import eu.innco.security.Actor;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {
    TestModule module;
    ExportsFixtures.RecordingPublisher publisher;
    Importer importer;

    @BeforeEach
    void start() {
        module = TestModule.memory();
        publisher = new ExportsFixtures.RecordingPublisher(module);
        importer = ExportsFixtures.importer(module, publisher);
    }

    @AfterEach
    void stop() {
        module.close();
    }

    @Test
    void a_good_folder_is_imported_with_its_uuids_stamps_values_and_references() {
        ImportResult r = importer.importFolder(Actor.SYSTEM, ExportsFixtures.scenario("good"), false);
        assertEquals(4, r.count(ImportOutcome.CREATED), r.toString());
        assertEquals(List.of("assets.ruche-logo.yaml", "caseStudies.shared-warehouse.yaml",
                "organisations.kooperatywa-spoldzielnia.yaml", "organisations.la-ruche.yaml"),
                r.items().stream().map(ImportedItem::file).toList());

        ContentItem ruche = module.content.get(Actor.SYSTEM, "organisation", ExportsFixtures.LA_RUCHE);
        assertEquals("/organisations/la-ruche", ruche.path());
        assertEquals(Instant.parse("2026-11-20T09:00:00Z"), ruche.created());
        assertEquals("marie", ruche.createdBy());
        assertEquals(Instant.parse("2026-11-21T14:30:00Z"), ruche.lastModified());
        assertEquals("fr", ruche.sourceLocale());
        assertEquals(1, ruche.revision());
        assertEquals("12 rue de l'Abondance", ruche.values().get("address").orElseThrow());
        assertEquals(new GeoPoint(45.764, 4.8357), ruche.values().get("location").orElseThrow());
        assertEquals(List.of("G", "I"), ruche.values().get("sectors").orElseThrow());
        assertEquals(false, ruche.values().get("demo").orElseThrow());
        assertEquals(ExportsFixtures.LOGO, ruche.values().get("logo").orElseThrow());
        assertTrue(((String) ruche.values().get("description", "en").orElseThrow()).contains("\n<p>Open every day"));
        assertEquals(2, ((List<?>) ruche.values().get("socialLinks").orElseThrow()).size());

        ContentItem study = module.content.get(Actor.SYSTEM, "caseStudy", ExportsFixtures.WAREHOUSE);
        assertEquals(List.of(ExportsFixtures.LA_RUCHE), study.values().get("organisations").orElseThrow());
        assertEquals(Map.of("en", List.of("Trust built over years", "A written agreement"), "fr", List.of("La confiance")),
                study.values().get("whatHelped").orElseThrow());
        List<?> figures = (List<?>) study.values().get("figures").orElseThrow();
        assertEquals(new BigDecimal("12500.50"), ((eu.innco.content.ItemValues) figures.get(1)).get("value").orElseThrow());

        ContentItem minimal = module.content.list(Actor.SYSTEM, "organisation", ListQuery.firstPage()).items().stream()
                .filter(i -> i.name().equals("kooperatywa-spoldzielnia")).findFirst().orElseThrow();
        assertEquals("pl", minimal.sourceLocale(), "the first locale with values, as for items made in the editor");
        assertEquals("system", minimal.createdBy());
        assertEquals(List.of("A", "Q"), minimal.values().get("sectors").orElseThrow());
    }

    @Test
    void items_that_ask_for_it_are_handed_to_the_publisher_after_the_write() {
        ImportResult r = importer.importFolder(Actor.SYSTEM, ExportsFixtures.scenario("good"), false);
        assertEquals(List.of("asset " + ExportsFixtures.LOGO + " [en, fr]", "caseStudy " + ExportsFixtures.WAREHOUSE + " [en]",
                "organisation " + ExportsFixtures.LA_RUCHE + " [en, fr]"), publisher.calls);
        assertTrue(module.reader.byId("organisation", ExportsFixtures.LA_RUCHE).orElseThrow().isPublishedIn("fr"), "really published");
        ImportedItem ruche = r.items().stream().filter(i -> i.id().equals(ExportsFixtures.LA_RUCHE)).findFirst().orElseThrow();
        assertEquals(List.of("en", "fr"), ruche.publish());
    }

    @Test
    void a_second_import_of_the_same_folder_changes_nothing() {
        importer.importFolder(Actor.SYSTEM, ExportsFixtures.scenario("good"), false);
        ContentItem before = module.content.get(Actor.SYSTEM, "organisation", ExportsFixtures.LA_RUCHE);
        publisher.calls.clear();

        ImportResult again = importer.importFolder(Actor.SYSTEM, ExportsFixtures.scenario("good"), false);

        assertEquals(4, again.count(ImportOutcome.UNCHANGED), again.toString());
        assertEquals(List.of(), publisher.calls, "items already published as they are are not published again");
        ContentItem after = module.content.get(Actor.SYSTEM, "organisation", ExportsFixtures.LA_RUCHE);
        assertEquals(before.revision(), after.revision());
        assertEquals(before.etag(), after.etag());
        assertEquals(before.lastModified(), after.lastModified());
    }

    @Test
    void a_changed_file_updates_its_item_bumps_its_revision_and_keeps_the_file_stamps(@TempDir Path temp) throws Exception {
        Path folder = ExportsFixtures.copy("good", temp.resolve("good"));
        importer.importFolder(Actor.SYSTEM, folder, false);
        Path file = folder.resolve("organisations.la-ruche.yaml");
        Files.writeString(file, Files.readString(file).replace("'Lyon'", "'Villeurbanne'")
                .replace("2026-11-21T14:30:00.000Z", "2026-11-25T16:00:00.000Z").replace("  demo: false\n", ""));
        publisher.calls.clear();

        ImportResult r = importer.importFolder(Actor.SYSTEM, folder, false);

        assertEquals(List.of(ImportOutcome.UNCHANGED, ImportOutcome.UNCHANGED, ImportOutcome.UNCHANGED, ImportOutcome.CHANGED),
                r.items().stream().map(ImportedItem::outcome).toList());
        ContentItem ruche = module.content.get(Actor.SYSTEM, "organisation", ExportsFixtures.LA_RUCHE);
        assertEquals("Villeurbanne", ruche.values().get("city").orElseThrow());
        assertTrue(ruche.values().get("demo").isEmpty(), "a property left out of the file is removed");
        assertEquals(2, ruche.revision());
        assertEquals(Instant.parse("2026-11-25T16:00:00Z"), ruche.lastModified());
        assertEquals(Instant.parse("2026-11-20T09:00:00Z"), ruche.created());
        assertEquals(List.of("organisation " + ExportsFixtures.LA_RUCHE + " [en, fr]"), publisher.calls);
    }

    @Test
    void a_dry_run_says_what_would_happen_and_writes_nothing() {
        ImportResult r = importer.importFolder(Actor.SYSTEM, ExportsFixtures.scenario("good"), true);
        assertTrue(r.dryRun());
        assertEquals(4, r.count(ImportOutcome.CREATED));
        assertFalse(importer.repositoryHasItems());
        assertEquals(List.of(), publisher.calls);
    }
}
