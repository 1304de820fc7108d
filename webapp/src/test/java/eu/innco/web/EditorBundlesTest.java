package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeLoader;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.contenttype.SubModelDefinition;
import eu.innco.i18n.SiteDefinitionLoader;
import eu.innco.site.SiteLocales;
import eu.innco.web.editor.Editor;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The editor's bundles ({@code light-modules/inn-co/i18n}) are valid ICU in every site locale, with
 * the arguments, plural forms and typography each language needs, and every property of every
 * content type has a form label. That every key exists in every site locale and is translated (or
 * listed in {@code same-as-english.txt}) is checked for all bundles by the module's
 * {@code BundleCompletenessTest}.
 */
class EditorBundlesTest {
    static final List<String> BUNDLES = List.of("inn-co-editor-messages", "inn-co-fields-messages");
    /** The site's locales ({@code light-modules/inn-co/sites/inn-co.yaml}): a new locale needs these bundles too. */
    static final SiteLocales SITE = SiteDefinitionLoader.load(TestServer.checkout().resolve("light-modules"));
    static final List<String> LOCALES = SITE.locales();
    static final String ENGLISH = SITE.defaultLocale();

    /** Counts up to this are what the editor shows (minutes, items, characters); plural forms must cover them. */
    static final int LARGEST_COUNT = 100_000;
    static final Pattern FRENCH_SPACE_BEFORE = Pattern.compile(" [:;?!»]|« ");

    /** bundle → locale → key → value, in file order. */
    static final Map<String, Map<String, Map<String, String>>> texts = new LinkedHashMap<>();
    static final List<String> duplicates = new ArrayList<>();
    static Path i18n;

    @BeforeAll
    static void load() {
        i18n = TestServer.checkout().resolve("light-modules/inn-co/i18n");
        for (String b : BUNDLES) {
            Map<String, Map<String, String>> byLocale = new LinkedHashMap<>();
            for (String l : LOCALES) {
                Path file = i18n.resolve(b + "_" + l + ".properties");
                if (!Files.isRegularFile(file)) throw new AssertionError(file + " is missing: every site locale needs the editor's bundles");
                byLocale.put(l, read(file));
            }
            texts.put(b, byLocale);
        }
    }

    @Test
    void no_key_is_written_twice_in_a_file() {
        assertNone(duplicates);
    }

    @Test
    void every_value_is_a_valid_icu_message_in_its_locale() {
        List<String> problems = new ArrayList<>();
        eachValue((bundle, locale, key, value) -> {
            try {
                new MessageFormat(value, ULocale.forLanguageTag(locale));
            } catch (IllegalArgumentException e) {
                problems.add(bundle + "_" + locale + ": " + key + ": " + e.getMessage());
            }
        });
        assertNone(problems);
    }

    @Test
    void translations_use_the_same_arguments_as_english() {
        List<String> problems = new ArrayList<>();
        eachBundleAndTranslation((bundle, locale, english, other) -> english.forEach((k, en) -> {
            String v = other.get(k);
            if (v == null || !parses(en) || !parses(v)) return;
            if (!arguments(v).equals(arguments(en))) {
                problems.add(bundle + "_" + locale + ": " + k + " uses " + arguments(v) + ", English " + arguments(en));
            }
        }));
        assertNone(problems);
    }

    @Test
    void plurals_have_every_form_the_language_needs_and_no_other() {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> neededForms = new LinkedHashMap<>();
        eachValue((bundle, locale, key, value) -> {
            if (!parses(value)) return;
            PluralRules rules = PluralRules.forLocale(ULocale.forLanguageTag(locale));
            Set<String> needed = neededForms.computeIfAbsent(locale, l -> {
                Set<String> forms = new TreeSet<>(Set.of(PluralRules.KEYWORD_OTHER));
                for (int n = 0; n <= LARGEST_COUNT; n++) forms.add(rules.select(n));
                return forms;
            });
            for (Set<String> selectors : pluralSelectors(value)) {
                for (String s : needed) {
                    if (!selectors.contains(s)) problems.add(bundle + "_" + locale + ": " + key + " lacks the plural form '" + s + "'");
                }
                for (String s : selectors) {
                    if (!s.startsWith("=") && !rules.getKeywords().contains(s)) {
                        problems.add(bundle + "_" + locale + ": " + key + " has '" + s + "', which " + locale + " never uses");
                    }
                }
            }
        });
        assertNone(problems);
    }

    /**
     * The editor formats a text only when it has arguments or braces ({@code UiTexts.text}); otherwise it
     * shows the text as written. So an apostrophe is doubled in a pattern with braces and single elsewhere,
     * and what reaches the screen has neither doubled apostrophes nor leftover ICU syntax.
     */
    @Test
    void apostrophes_are_doubled_exactly_where_icu_reads_them() {
        UiTexts ui = new UiTexts(i18n.getParent().getParent(), BUNDLES, LOCALES, ENGLISH);
        List<String> problems = new ArrayList<>();
        eachValue((bundle, locale, key, value) -> {
            String where = bundle + "_" + locale + ": " + key;
            if (value.contains("{")) {
                if (value.replace("''", "").contains("'")) problems.add(where + " has a single ' in an ICU pattern: write ''");
            } else if (value.contains("''")) {
                problems.add(where + " has '' but no argument: it would show twice, write '");
            }
            if (!parses(value)) return;
            for (int count : new int[] {0, 1, 2, 5, 22, 1000}) {
                String shown = ui.text(locale, key, sampleArguments(value, count));
                if (shown.contains("''") || shown.contains("{") || shown.contains("}")) {
                    problems.add(where + " shows \"" + shown + "\"");
                    break;
                }
            }
        });
        assertNone(problems);
    }

    @Test
    void french_puts_a_non_breaking_space_before_double_punctuation() {
        List<String> problems = new ArrayList<>();
        for (String b : BUNDLES) {
            texts.get(b).get("fr").forEach((k, v) -> {
                if (FRENCH_SPACE_BEFORE.matcher(v).find()) problems.add(b + "_fr: " + k + " has an ordinary space before : ; ? ! or inside « »");
            });
        }
        assertNone(problems);
    }

    @Test
    void every_property_of_every_content_type_has_a_field_label() {
        Map<String, String> labels = texts.get("inn-co-fields-messages").get(ENGLISH);
        Map<String, String> editor = texts.get("inn-co-editor-messages").get(ENGLISH);
        Set<String> expected = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (ContentTypeDefinition t : ContentTypeLoader.load(TestServer.checkout().resolve("light-modules")).all()) {
            for (PropertyDefinition p : t.properties()) expected.add("field." + t.name() + "." + p.name());
            for (SubModelDefinition sm : t.subModels().values()) {
                for (PropertyDefinition p : sm.properties()) expected.add("field." + t.name() + "." + sm.name() + "." + p.name());
            }
            for (String form : List.of("one", "plural")) {
                if (!editor.containsKey("type." + t.name() + "." + form)) problems.add("inn-co-editor-messages lacks type." + t.name() + "." + form);
            }
        }
        for (String k : expected) if (!labels.containsKey(k)) problems.add("inn-co-fields-messages lacks " + k);
        for (String k : labels.keySet()) if (!expected.contains(k)) problems.add(k + " labels no property of any content type");
        assertNone(problems);
    }

    @Test
    void the_editor_reads_the_field_labels() {
        assertTrue(Editor.BUNDLES.containsAll(BUNDLES), "Editor.BUNDLES: " + Editor.BUNDLES);
    }

    // --- helpers ---

    interface PerTranslation {
        void check(String bundle, String locale, Map<String, String> english, Map<String, String> other);
    }

    interface PerValue {
        void check(String bundle, String locale, String key, String value);
    }

    static void eachBundleAndTranslation(PerTranslation c) {
        texts.forEach((b, byLocale) -> byLocale.forEach((l, values) -> {
            if (!l.equals(ENGLISH)) c.check(b, l, byLocale.get(ENGLISH), values);
        }));
    }

    static void eachValue(PerValue c) {
        texts.forEach((b, byLocale) -> byLocale.forEach((l, values) -> values.forEach((k, v) -> c.check(b, l, k, v))));
    }

    static void assertNone(List<String> problems) {
        assertEquals("", String.join("\n", problems), problems.size() + " problem(s)");
    }

    static Map<String, String> read(Path file) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = file.getFileName().toString();
        Properties p = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (out.containsKey(key.toString())) duplicates.add(name + ": " + key + " is written twice");
                out.put(key.toString(), value.toString());
                return super.put(key, value);
            }
        };
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }

    static boolean parses(String pattern) {
        try {
            new MessagePattern(pattern);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The argument names and numbers a pattern uses, nested ones included. */
    static Set<String> arguments(String pattern) {
        MessagePattern mp = new MessagePattern(pattern);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part part = mp.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME) names.add(mp.getSubstring(part));
            if (part.getType() == MessagePattern.Part.Type.ARG_NUMBER) names.add(String.valueOf(part.getValue()));
        }
        return names;
    }

    /** The selectors ({@code one}, {@code few}, {@code =0}...) of each plural argument of a pattern. */
    static List<Set<String>> pluralSelectors(String pattern) {
        MessagePattern mp = new MessagePattern(pattern);
        List<Set<String>> out = new ArrayList<>();
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part part = mp.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START || part.getArgType() != MessagePattern.ArgType.PLURAL) continue;
            Set<String> selectors = new TreeSet<>();
            int limit = mp.getLimitPartIndex(i);
            for (int j = i + 1; j < limit; j++) {
                MessagePattern.Part q = mp.getPart(j);
                if (q.getType() == MessagePattern.Part.Type.ARG_SELECTOR) selectors.add(mp.getSubstring(q));
                else if (q.getType() == MessagePattern.Part.Type.MSG_START) j = mp.getLimitPartIndex(j);
            }
            out.add(selectors);
        }
        return out;
    }

    /** Arguments for a pattern: {@code count} for plural and number arguments, a word for the others. */
    static Object[] sampleArguments(String pattern, int count) {
        MessagePattern mp = new MessagePattern(pattern);
        Map<Integer, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part part = mp.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START) continue;
            MessagePattern.Part id = mp.getPart(i + 1);
            if (id.getType() != MessagePattern.Part.Type.ARG_NUMBER) continue;
            boolean numeric = part.getArgType() != MessagePattern.ArgType.NONE && part.getArgType() != MessagePattern.ArgType.SELECT;
            args.merge(id.getValue(), numeric ? (Object) count : "X", (a, b) -> a instanceof Integer ? a : b);
        }
        int size = args.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        Object[] out = new Object[size];
        for (int n = 0; n < size; n++) out[n] = args.getOrDefault(n, "X");
        return out;
    }
}
