package eu.innco.i18n.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.InncoException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record of bundle files that passed the ICU check at an earlier start (issue 18). */
class PassedChecksTest {
    private static final String BROKEN = "ok=Fine\nbroken={count, plural, one {# x}\n";

    @Test
    void unchanged_bytes_are_not_parsed_again_and_any_edit_is(@TempDir Path dir) throws Exception {
        Path bundle = bundle(dir, "en", "ok=Fine\ncount={n, plural, one {# item} other {# items}}\n");
        Path record = dir.resolve("home/cache/bundles-passed.txt");
        assertEquals("Fine", MessageBundles.load(dir, PassedChecks.at(record)).bundle("en").get("ok"));
        assertEquals(List.of(PassedChecks.key(Files.readAllBytes(bundle), "en")), Files.readAllLines(record));

        // the record is trusted for the bytes it names: a broken file planted under a passed key is not parsed
        // (this is what saves the start its parsing; the key changes with any edit, as the next case shows)
        Files.writeString(bundle, BROKEN);
        Files.write(record, List.of(PassedChecks.key(BROKEN.getBytes(StandardCharsets.UTF_8), "en")));
        assertEquals("{count, plural, one {# x}", MessageBundles.load(dir, PassedChecks.at(record)).bundle("en").get("broken"));

        Files.writeString(bundle, BROKEN + "more=More\n");
        InncoException e = assertThrows(InncoException.class, () -> MessageBundles.load(dir, PassedChecks.at(record)));
        assertEquals("INNCO-DEFINITION-003", e.code());
        assertEquals(List.of("inn-co/i18n/inn-co-messages_en.properties:broken"), e.errors().stream().map(eu.innco.FieldError::path).toList());
    }

    @Test
    void a_start_stopped_by_a_broken_bundle_writes_no_record(@TempDir Path dir) throws Exception {
        bundle(dir, "en", "ok=Fine\n");
        bundle(dir, "fr", BROKEN);
        Path record = dir.resolve("cache/bundles-passed.txt");
        assertThrows(InncoException.class, () -> MessageBundles.load(dir, PassedChecks.at(record)));
        assertFalse(Files.exists(record), "the English file passed, but a start that failed keeps the record it had");
    }

    @Test
    void the_key_holds_the_locale_the_rules_and_icu_and_a_file_of_another_module_is_recorded_too(@TempDir Path dir) throws Exception {
        byte[] text = "a={n, number}\n".getBytes(StandardCharsets.UTF_8);
        assertNotEquals(PassedChecks.key(text, "en"), PassedChecks.key(text, "fr"));
        assertTrue(PassedChecks.key(text, "en").startsWith(com.ibm.icu.util.VersionInfo.ICU_VERSION + "/" + PassedChecks.RULES + "/en/"));

        bundle(dir, "en", "ok=Fine\n");
        Path other = Files.createDirectories(dir.resolve("spa-demo/i18n")).resolve("spa-demo-messages_de.properties");
        Files.writeString(other, "hello=Hallo {name}\n");
        Path record = dir.resolve("cache/bundles-passed.txt");
        MessageBundles loaded = MessageBundles.load(dir, PassedChecks.at(record));
        assertEquals("Hallo {name}", loaded.bundle("de").get("hello"));
        assertTrue(Files.readAllLines(record).contains(PassedChecks.key(Files.readAllBytes(other), "de")));
    }

    @Test
    void an_unreadable_or_unwritable_record_only_means_the_check_runs(@TempDir Path dir) throws Exception {
        bundle(dir, "en", BROKEN);
        Path record = Files.createDirectories(dir.resolve("cache/bundles-passed.txt")); // a folder where the file should be
        assertThrows(InncoException.class, () -> MessageBundles.load(dir, PassedChecks.at(record)));
        bundle(dir, "en", "ok=Fine\n");
        assertEquals("Fine", MessageBundles.load(dir, PassedChecks.at(record)).bundle("en").get("ok"));
        assertTrue(Files.isDirectory(record));
    }

    private static Path bundle(Path dir, String locale, String text) throws Exception {
        Path i18n = Files.createDirectories(dir.resolve(MessageBundles.FOLDER));
        return Files.writeString(i18n.resolve(MessageBundles.PREFIX + locale + MessageBundles.SUFFIX), text);
    }
}
