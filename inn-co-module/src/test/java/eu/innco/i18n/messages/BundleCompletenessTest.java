package eu.innco.i18n.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.innco.TestModule;
import eu.innco.i18n.SiteDefinitionLoader;
import eu.innco.i18n.SiteLocales;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every interface text exists in every site locale and is translated, unless listed as the same on purpose. */
class BundleCompletenessTest {
    @Test
    void every_key_is_in_every_locale_and_no_value_is_an_untranslated_copy_of_english() {
        Path lm = TestModule.lightModules();
        SiteLocales site = SiteDefinitionLoader.load(lm);
        MessageBundles bundles = MessageBundles.load(lm);
        assertEquals(site.locales().stream().sorted().toList(), bundles.locales().stream().sorted().toList(), "a bundle per site locale");
        List<BundleAudit.Problem> problems = BundleAudit.check(bundles, site.locales(), site.defaultLocale(), SameAsEnglish.load(lm));
        assertEquals(List.of(), problems, "fix the bundles in light-modules/inn-co/i18n, or list a text in same-as-english.txt");
    }

    @Test
    void the_audit_finds_missing_keys_untranslated_copies_and_keys_english_lacks(@TempDir Path dir) throws Exception {
        Path i18n = Files.createDirectories(dir.resolve(MessageBundles.FOLDER));
        Files.writeString(i18n.resolve("inn-co-messages_en.properties"), "nav.home=Home\nnav.map=Map\nsite.name=INN-CO\n");
        Files.writeString(i18n.resolve("inn-co-messages_pl.properties"), "nav.home=Home\nsite.name=INN-CO\nnav.extra=Ekstra\n");
        Files.writeString(i18n.resolve("same-as-english.txt"), "# names\nsite.name\n");
        List<BundleAudit.Problem> problems = BundleAudit.check(MessageBundles.load(dir), List.of("en", "pl"), "en", SameAsEnglish.load(dir));
        assertEquals(List.of(new BundleAudit.Problem("pl", "nav.home", "untranslated"), new BundleAudit.Problem("pl", "nav.map", "missing"),
                new BundleAudit.Problem("pl", "nav.extra", "unknown")), problems);
    }
}
