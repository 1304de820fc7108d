package eu.innco.i18n.messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The texts that may be identical to English on purpose ({@code inn-co/i18n/same-as-english.txt}):
 * one rule a line, {@code <key>} for every locale or {@code <key> <locale> <locale>...}; a key may end
 * in {@code *}. Everything else identical to English is taken for an untranslated copy.
 */
public final class SameAsEnglish {
    public static final String FILE = MessageBundles.FOLDER + "/same-as-english.txt";

    private record Rule(String line, String key, Set<String> locales) {
        boolean matches(String k, String locale) {
            boolean keyOk = key.endsWith("*") ? k.startsWith(key.substring(0, key.length() - 1)) : k.equals(key);
            return keyOk && (locales.isEmpty() || locales.contains(locale));
        }
    }

    private final List<Rule> rules;

    private SameAsEnglish(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static SameAsEnglish load(Path lightModules) {
        Path f = lightModules.resolve(FILE);
        List<Rule> rules = new ArrayList<>();
        if (!Files.isRegularFile(f)) return new SameAsEnglish(rules);
        try {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                String[] parts = t.split("\\s+");
                rules.add(new Rule(t, parts[0], Set.of(java.util.Arrays.copyOfRange(parts, 1, parts.length))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SameAsEnglish(rules);
    }

    public boolean allows(String key, String locale) {
        return rules.stream().anyMatch(r -> r.matches(key, locale));
    }

    /**
     * The rules (as written) that allow none of the given copies of English, by locale the keys
     * whose value there equals the English one: left over from a text since translated or removed.
     */
    public List<String> unused(java.util.Map<String, Set<String>> identicalByLocale) {
        List<String> out = new ArrayList<>();
        for (Rule r : rules) {
            boolean used = identicalByLocale.entrySet().stream().anyMatch(e -> e.getValue().stream().anyMatch(k -> r.matches(k, e.getKey())));
            if (!used) out.add(r.line());
        }
        return out;
    }
}
