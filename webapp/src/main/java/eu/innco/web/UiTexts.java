package eu.innco.web;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Interface texts from the light module's bundles ({@code i18n/<bundle>_<locale>.properties}, UTF-8,
 * ICU message syntax: plurals and dates come out right in Polish and Greek). A key missing in a
 * locale falls back to English, then to the key itself, so a gap shows instead of breaking a page.
 */
public final class UiTexts {
    /** A locale's texts are read at its first use: seven locales of editor texts were a tenth of a second of each start (issue 18). */
    private final Map<String, Map<String, String>> byLocale = new java.util.concurrent.ConcurrentHashMap<>();
    private final Path lightModules;
    private final List<String> bundles;
    private final List<String> locales;
    private final String fallback;

    public UiTexts(Path lightModules, List<String> bundles, List<String> locales, String fallback) {
        this.lightModules = lightModules;
        this.bundles = List.copyOf(bundles);
        this.locales = List.copyOf(locales);
        this.fallback = fallback;
    }

    private Map<String, String> texts(String locale) {
        if (locale == null || !locales.contains(locale)) return Map.of();
        return byLocale.computeIfAbsent(locale, l -> {
            Map<String, String> texts = new HashMap<>();
            for (String b : bundles) texts.putAll(read(lightModules.resolve("inn-co/i18n/" + b + "_" + l + ".properties")));
            return texts;
        });
    }

    public String text(String locale, String key, Object... args) {
        String pattern = raw(locale, key);
        if (args.length == 0 && !pattern.contains("{")) return pattern;
        try {
            return new MessageFormat(pattern, Locale.forLanguageTag(locale)).format(args);
        } catch (IllegalArgumentException e) {
            return pattern;
        }
    }

    public boolean has(String locale, String key) {
        return texts(locale).containsKey(key);
    }

    /** The keys of a locale, for completeness checks. */
    public Set<String> keys(String locale) {
        return texts(locale).keySet();
    }

    private String raw(String locale, String key) {
        String v = texts(locale).get(key);
        if (v == null) v = texts(fallback).get(key);
        return v == null ? key : v;
    }

    private static Map<String, String> read(Path file) {
        Map<String, String> out = new HashMap<>();
        if (!Files.isRegularFile(file)) return out;
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        p.forEach((k, v) -> out.put(k.toString(), v.toString()));
        return out;
    }
}
