package eu.innco.i18n.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.TestModule;
import eu.innco.i18n.SiteDefinitionLoader;
import eu.innco.site.SiteLocales;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every interface text exists in every site locale and is translated, unless listed as the same on
 * purpose: the bundles of the light module (portal, editor, field labels) and the validation
 * messages. The locales are the site's ({@code inn-co/sites/inn-co.yaml}): adding one there
 * requires its bundles.
 */
class BundleCompletenessTest {
    static final Pattern BUNDLE_FILE = Pattern.compile("(.+)_([a-z]{2,3}(?:[-_][A-Za-z0-9]+)?)\\.properties");
    static final String VALIDATION = "ValidationMessages";
    static final Path LIGHT_MODULES = TestModule.lightModules();
    static final SiteLocales SITE = SiteDefinitionLoader.load(LIGHT_MODULES);

    @Test
    void every_bundle_has_a_file_for_each_site_locale_and_none_for_other_locales() {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, Map<String, String>>> bundles = lightModuleBundles();
        assertTrue(bundles.keySet().containsAll(List.of("inn-co-messages", "inn-co-editor-messages", "inn-co-fields-messages")), bundles.keySet().toString());
        bundles.forEach((name, byLocale) -> {
            for (String l : SITE.locales()) if (!byLocale.containsKey(l)) problems.add(name + "_" + l + ".properties is missing");
            for (String l : byLocale.keySet()) if (!SITE.contains(l)) problems.add(name + "_" + l + ".properties is not for a site locale");
        });
        for (String l : SITE.nonDefaultLocales()) {
            if (BundleCompletenessTest.class.getClassLoader().getResource(VALIDATION + "_" + l.replace('-', '_') + ".properties") == null) problems.add(VALIDATION + "_" + l + ".properties is missing");
        }
        assertEquals("", String.join("\n", problems), "add the bundles for every locale of light-modules/inn-co/sites/inn-co.yaml");
    }

    @Test
    void every_key_is_in_every_locale_and_no_value_is_an_untranslated_copy_of_english() {
        SameAsEnglish allowed = SameAsEnglish.load(LIGHT_MODULES);
        List<String> problems = new ArrayList<>();
        allBundles().forEach((name, byLocale) -> BundleAudit.check(new MessageBundles(byLocale), SITE.locales(), SITE.defaultLocale(), allowed)
                .forEach(p -> problems.add(name + " " + p)));
        assertEquals("", String.join("\n", problems), "fix the bundles, or list a text in light-modules/inn-co/i18n/same-as-english.txt");
    }

    @Test
    void every_rule_of_the_same_as_english_list_allows_a_text_that_is_really_identical() {
        Map<String, Set<String>> identical = new HashMap<>();
        allBundles().forEach((name, byLocale) -> {
            Map<String, String> english = byLocale.getOrDefault(SITE.defaultLocale(), Map.of());
            byLocale.forEach((l, texts) -> texts.forEach((k, v) -> {
                if (!l.equals(SITE.defaultLocale()) && v.strip().equals(english.getOrDefault(k, "").strip())) {
                    identical.computeIfAbsent(l, x -> new TreeSet<>()).add(k);
                }
            }));
        });
        assertEquals(List.of(), SameAsEnglish.load(LIGHT_MODULES).unused(identical), "rules in same-as-english.txt that allow nothing");
    }

    @Test
    void the_audit_finds_missing_keys_untranslated_copies_and_keys_english_lacks(@TempDir Path dir) throws Exception {
        Path i18n = Files.createDirectories(dir.resolve(MessageBundles.FOLDER));
        Files.writeString(i18n.resolve("inn-co-messages_en.properties"), "nav.home=Home\nnav.map=Map\nsite.name=INN-CO\n");
        Files.writeString(i18n.resolve("inn-co-messages_pl.properties"), "nav.home=Home\nsite.name=INN-CO\nnav.extra=Ekstra\n");
        Files.writeString(i18n.resolve("same-as-english.txt"), "# names\nsite.name\nnav.gone pl\n");
        SameAsEnglish allowed = SameAsEnglish.load(dir);
        List<BundleAudit.Problem> problems = BundleAudit.check(MessageBundles.load(dir), List.of("en", "pl"), "en", allowed);
        assertEquals(List.of(new BundleAudit.Problem("pl", "nav.home", "untranslated"), new BundleAudit.Problem("pl", "nav.map", "missing"),
                new BundleAudit.Problem("pl", "nav.extra", "unknown")), problems);
        assertEquals(List.of("nav.gone pl"), allowed.unused(Map.of("pl", Set.of("nav.home", "site.name"))));
    }

    /** Every bundle by name, then locale, then key: the light module's and the validation messages. */
    static Map<String, Map<String, Map<String, String>>> allBundles() {
        Map<String, Map<String, Map<String, String>>> out = lightModuleBundles();
        Map<String, Map<String, String>> validation = new TreeMap<>();
        validation.put(SITE.defaultLocale(), read(resource(VALIDATION + ".properties"), VALIDATION));
        for (String l : SITE.nonDefaultLocales()) {
            InputStream in = resource(VALIDATION + "_" + l.replace('-', '_') + ".properties");
            if (in != null) validation.put(l, read(in, VALIDATION + "_" + l));
        }
        out.put(VALIDATION, validation);
        return out;
    }

    static Map<String, Map<String, Map<String, String>>> lightModuleBundles() {
        Map<String, Map<String, Map<String, String>>> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(LIGHT_MODULES.resolve(MessageBundles.FOLDER))) {
            for (Path f : files.sorted().toList()) {
                Matcher m = BUNDLE_FILE.matcher(f.getFileName().toString());
                if (!m.matches()) continue;
                out.computeIfAbsent(m.group(1), k -> new TreeMap<>())
                        .put(m.group(2).replace('_', '-'), read(Files.newInputStream(f), f.getFileName().toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static InputStream resource(String name) {
        return BundleCompletenessTest.class.getClassLoader().getResourceAsStream(name);
    }

    private static Map<String, String> read(InputStream in, String name) {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }
}
