package eu.innco.i18n.messages;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import eu.innco.ErrorCode;
import eu.innco.FieldError;
import eu.innco.InncoException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The interface texts of the light module, one file per locale as Magnolia names them
 * ({@code inn-co/i18n/inn-co-messages_<locale>.properties}, UTF-8, ICU message syntax), with the
 * bundles of the other light modules ({@link ModuleBundles}). Read once;
 * every pattern is parsed at load, so a broken one stops the start with its file and key, unless
 * the same bytes passed at an earlier start ({@link PassedChecks}).
 */
public final class MessageBundles {
    public static final String FOLDER = "inn-co/i18n";
    public static final String PREFIX = "inn-co-messages_";
    public static final String SUFFIX = ".properties";

    private final Map<String, Map<String, String>> byLocale;

    MessageBundles(Map<String, Map<String, String>> byLocale) {
        Map<String, Map<String, String>> copy = new TreeMap<>();
        byLocale.forEach((l, m) -> copy.put(l, java.util.Collections.unmodifiableMap(new TreeMap<>(m))));
        this.byLocale = java.util.Collections.unmodifiableMap(copy);
    }

    /** Reads every bundle of the folder; a light module without bundles has none (texts then show their keys). */
    public static MessageBundles load(Path lightModules) {
        return load(lightModules, PassedChecks.none());
    }

    /** As {@link #load(Path)}, parsing only the files that {@code checks} has not seen pass; its record is written when all pass. */
    public static MessageBundles load(Path lightModules, PassedChecks checks) {
        Path folder = lightModules.resolve(FOLDER);
        Map<String, Map<String, String>> out = new TreeMap<>();
        List<FieldError> errors = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) continue;
                    String locale = name.substring(PREFIX.length(), name.length() - SUFFIX.length()).replace('_', '-');
                    out.put(locale, read(f, FOLDER + "/" + name, locale, errors, checks));
                }
            } catch (IOException e) {
                throw new InncoException(ErrorCode.DEFINITION_005, "Unreadable message bundles", folder + ": " + e);
            }
        }
        Map<String, String> from = new java.util.HashMap<>();
        out.forEach((l, keys) -> keys.keySet().forEach(k -> from.put(l + "\n" + k, FOLDER + "/" + PREFIX + l.replace('-', '_') + SUFFIX)));
        ModuleBundles.addTo(lightModules, out, from, errors, checks);
        if (!errors.isEmpty()) {
            throw new InncoException(ErrorCode.DEFINITION_003, "Broken message bundles", errors.size()
                    + " message(s) cannot be read: " + errors.get(0).path() + " " + errors.get(0).message(), errors);
        }
        checks.writeRecord();
        return new MessageBundles(out);
    }

    private static Map<String, String> read(Path file, String where, String locale, List<FieldError> errors, PassedChecks checks)
            throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return checked(bytes, locale, checks, errors, properties(bytes), where);
    }

    /** A bundle file's keys and patterns, read as UTF-8, in key order. */
    static TreeMap<String, String> properties(byte[] bytes) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        TreeMap<String, String> out = new TreeMap<>();
        for (String key : p.stringPropertyNames()) out.put(key, p.getProperty(key));
        return out;
    }

    /**
     * The entries whose patterns parse, checking them only when these bytes did not pass before (then
     * {@code entries} itself, not a copy: ten thousand keys per locale); a file with no error is marked
     * as passed for the next start.
     */
    static Map<String, String> checked(byte[] bytes, String locale, PassedChecks checks, List<FieldError> errors,
                                       Map<String, String> entries, String where) {
        String key = PassedChecks.key(bytes, locale);
        if (checks.passed(key)) {
            checks.pass(key);
            return entries;
        }
        int errorsBefore = errors.size();
        Map<String, String> out = new TreeMap<>();
        entries.forEach((k, pattern) -> {
            if (parses(pattern, locale, where + ":" + k, errors)) out.put(k, pattern);
        });
        if (errors.size() == errorsBefore) checks.pass(key);
        return out;
    }

    /** True when the pattern is an ICU message; else its error is added at {@code where}. */
    static boolean parses(String pattern, String locale, String where, List<FieldError> errors) {
        try {
            // MessageFormat parses with MessagePattern, then builds a format for each simple argument ({n, number},
            // {d, date, short}), which can fail beyond the syntax; plural and select build nothing at parse time.
            // Building a MessageFormat for each of the ten thousand patterns was a fifth of a start's CPU (issue 18).
            if (hasSimpleArgument(new MessagePattern(pattern))) new MessageFormat(pattern, ULocale.forLanguageTag(locale));
            return true;
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(where, "is not an ICU message: " + e.getMessage()));
            return false;
        }
    }

    private static boolean hasSimpleArgument(MessagePattern p) {
        for (int i = 0; i < p.countParts(); i++) {
            MessagePattern.Part part = p.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START && part.getArgType() == MessagePattern.ArgType.SIMPLE) return true;
        }
        return false;
    }

    /** The locales that have a bundle. */
    public Set<String> locales() { return byLocale.keySet(); }

    /** One locale's patterns by key; empty for a locale without a bundle. */
    public Map<String, String> bundle(String locale) {
        return byLocale.getOrDefault(locale, Map.of());
    }
}
