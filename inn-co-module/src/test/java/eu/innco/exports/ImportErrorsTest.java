package eu.innco.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.ErrorKind;
import eu.innco.FieldError;
import eu.innco.InncoException;
import eu.innco.TestModule;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportErrorsTest {
    TestModule module;
    Importer importer;
    @TempDir
    Path temp;

    @BeforeEach
    void start() {
        module = TestModule.memory();
        importer = ExportsFixtures.importer(module, ImportPublisher.NONE);
    }

    @AfterEach
    void stop() {
        module.close();
    }

    InncoException refused(Path folder) {
        InncoException e = assertThrows(InncoException.class, () -> importer.importFolder(Actor.SYSTEM, folder, "the folder", false));
        assertEquals(ErrorKind.INVALID_INPUT, e.kind());
        assertEquals("INNCO-IMPORT-001", e.code());
        return e;
    }

    static void assertError(List<FieldError> errors, String where, String messagePart) {
        assertTrue(errors.stream().anyMatch(e -> e.path().equals(where) && e.message().contains(messagePart)),
                "expected at " + where + ": " + messagePart + "\nin " + String.join("\n", errors.stream().map(FieldError::toString).toList()));
    }

    @Test
    void every_kind_of_bad_file_is_reported_with_file_and_line_and_nothing_is_written() {
        List<FieldError> errors = refused(ExportsFixtures.scenario("broken")).errors();

        assertError(errors, "organisations.broken-yaml.yaml:4", "");
        assertError(errors, "organisations.unknown-type.yaml:2", "unknown node type 'innco:bakery'");
        assertError(errors, "organisations.unknown-property.yaml:5", "'colour' is not a property here");
        assertError(errors, "organisations.unknown-property.yaml:6", "'title_xx' is not a property here");
        assertError(errors, "organisations.invalid-values.yaml:3", "jcr:uuid must be a UUID");
        assertError(errors, "organisations.invalid-values.yaml:4", "mgnl:created must be an ISO-8601 date");
        assertError(errors, "organisations.invalid-values.yaml:5", "'xx' is not a site locale");
        assertError(errors, "organisations.invalid-values.yaml:6", "'country' must be one of");
        assertError(errors, "organisations.invalid-values.yaml:7", "'location/lat' must be a latitude between -90 and 90");
        assertError(errors, "organisations.invalid-values.yaml:8", "'demo' must be true or false");
        // a mapping's line is that of its first key: the sub-model entry's and the item's
        assertError(errors, "organisations.invalid-values.yaml:12", "'socialLinks/0/url' is required");
        assertError(errors, "organisations.invalid-values.yaml:2", "'name' is required");
        assertError(errors, "organisations.wrong-name.yaml:1", "the file must be named 'organisations.other-name.yaml'");
        assertError(errors, "caseStudies.dangling.yaml:4", "'organisations/0' refers to an item of type organisation that does not exist");
        assertError(errors, "assets.bad-checksum.yaml:5", "checksum mismatch");
        assertTrue(errors.stream().noneMatch(e -> e.path().startsWith("organisations.fine.yaml")), errors.toString());
        assertFalse(importer.repositoryHasItems(), "a refused import writes nothing, not even the good files");
    }

    @Test
    void the_message_names_the_first_error_and_counts_them_all() {
        InncoException e = refused(ExportsFixtures.scenario("broken"));
        assertTrue(e.detail().startsWith("The import of the folder was refused, nothing was written: " + e.errors().size()
                + " error(s) in 7 file(s); first assets.bad-checksum.yaml:5: checksum mismatch"), e.detail());
    }

    @Test
    void a_uuid_already_used_under_another_path_is_refused() {
        importer.importFolder(Actor.SYSTEM, ExportsFixtures.scenario("good"), false);
        List<FieldError> errors = refused(ExportsFixtures.scenario("clash")).errors();
        assertError(errors, "organisations.la-ruche-twin.yaml:3", "is already used by /organisations/la-ruche");
        assertEquals(1, errors.size(), errors.toString());
        assertFalse(module.repository.<Boolean>read(s -> s.nodeExists("/organisations/la-ruche-twin")));
    }

    @Test
    void a_binary_whose_checksum_does_not_match_is_refused() throws Exception {
        Path folder = ExportsFixtures.copy("good", temp.resolve("good"));
        Files.writeString(folder.resolve("assets.ruche-logo.png"), "swapped after the export");
        List<FieldError> errors = refused(folder).errors();
        assertError(errors, "assets.ruche-logo.yaml:19", "checksum mismatch: innco:data.sha256 is edb2a8b9");
        assertFalse(importer.repositoryHasItems());
    }

    @Test
    void two_files_with_the_same_uuid_are_refused() throws Exception {
        Path folder = ExportsFixtures.copy("good", temp.resolve("good"));
        Files.writeString(folder.resolve("organisations.twin.yaml"),
                "twin:\n  jcr:primaryType: 'innco:organisation'\n  jcr:uuid: '" + ExportsFixtures.LA_RUCHE + "'\n  name: 'Twin'\n  country: 'FR'\n");
        assertError(refused(folder).errors(), "organisations.twin.yaml:3", "is also used by organisations.la-ruche.yaml");
    }

    @Test
    void bad_translation_states_are_reported_with_file_and_line() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("states"));
        Files.writeString(folder.resolve("caseStudies.states.yaml"), String.join("\n",
                "states:",
                "  jcr:primaryType: 'innco:caseStudy'",
                "  innco:sourceLocale: 'en'",
                "  innco:translations:",
                "    en: {state: 'reviewed', sourceHash: '0123456789abcdef01234567'}",
                "    fr: {state: 'done'}",
                "    pl: 'translated'",
                "    xx: 'draft'",
                "    it: {state: 'translated', from: 'it', sourceHash: 'abc', colour: 'red'}",
                "    de:",
                "      sourceHash: '0123456789abcdef01234567'",
                "    el: {state: 'draft', from: 'nl'}",
                "  title: 'States'",
                "  title_fr: 'États'",
                "  title_it: 'Stati'",
                "  title_de: 'Staaten'",
                "  title_el: 'Καταστάσεις'",
                "  summary: 'Every state.'",
                ""));
        List<FieldError> errors = refused(folder).errors();
        assertError(errors, "caseStudies.states.yaml:5", "'en' is the item's source locale, not a translation");
        assertError(errors, "caseStudies.states.yaml:6", "'innco:translations/fr/state': 'done' is not a translation state; use one of [draft, translated, reviewed]");
        assertError(errors, "caseStudies.states.yaml:7", "the item has no values in 'pl'");
        assertError(errors, "caseStudies.states.yaml:8", "'xx' is not a site locale");
        assertError(errors, "caseStudies.states.yaml:9", "'innco:translations/it/from' must be another site locale than 'it'");
        assertError(errors, "caseStudies.states.yaml:9", "'innco:translations/it/sourceHash' must be 24 lower-case hexadecimal digits");
        assertError(errors, "caseStudies.states.yaml:9", "'innco:translations/it/colour' is unknown");
        assertError(errors, "caseStudies.states.yaml:11", "'innco:translations/de' needs a state");
        assertError(errors, "caseStudies.states.yaml:12", "'innco:translations/el/from' names 'nl', in which the item has no values");
        assertEquals(9, errors.size(), errors.toString());
        assertFalse(importer.repositoryHasItems());
    }

    @Test
    void only_administrators_may_import() {
        Actor editor = new Actor("eve", Set.of(Role.EDITOR, Role.PUBLISHER), "", Set.of(), true);
        InncoException e = assertThrows(InncoException.class,
                () -> importer.importFolder(editor, ExportsFixtures.scenario("good"), true));
        assertEquals(ErrorKind.FORBIDDEN, e.kind());
    }
}
