package eu.innco.i18n.messages;

import eu.innco.FieldError;
import eu.innco.lightmodule.LightModules;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The message bundles of the other light modules, named as Magnolia names them: any
 * {@code <module>/i18n/<name>_<locale>.properties} ({@code spa-demo-messages_en.properties},
 * {@code labels_de_CH.properties}); a file without a locale ({@code <name>.properties}) holds the
 * English texts, as Magnolia's fallback bundle. Their keys join INN-CO's own (a module's
 * {@code templates.components.Headline} label, say); a key given twice for one locale, here or in
 * INN-CO's bundle, stops the start naming both files, so that no text is silently replaced.
 */
final class ModuleBundles {
    private static final Pattern NAME = Pattern.compile("(.+?)(?:_([a-z]{2,3}(?:_[A-Z]{2})?))?\\.properties");
    private static final String DEFAULT_LOCALE = "en";

    private ModuleBundles() {}

    /** Adds every other module's keys to {@code byLocale}; {@code from} tells where each key came from. */
    static void addTo(Path lightModules, Map<String, Map<String, String>> byLocale, Map<String, String> from, List<FieldError> errors) {
        for (Path module : LightModules.modules(lightModules)) {
            if (module.getFileName().toString().equals("inn-co")) continue; // read by MessageBundles, by its own naming
            Path folder = module.resolve("i18n");
            if (!Files.isDirectory(folder)) continue;
            for (Path f : files(folder)) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (!m.matches()) continue;
                String locale = m.group(2) == null ? DEFAULT_LOCALE : m.group(2).replace('_', '-');
                String where = LightModules.label(lightModules, f);
                Map<String, String> bundle = byLocale.computeIfAbsent(locale, l -> new TreeMap<>());
                read(f).forEach((key, pattern) -> {
                    String earlier = from.putIfAbsent(locale + "\n" + key, where);
                    if (earlier != null) {
                        errors.add(new FieldError(where + ":" + key, "is also given in " + earlier + " for " + locale));
                    } else if (MessageBundles.parses(pattern, locale, where + ":" + key, errors)) {
                        bundle.put(key, pattern);
                    }
                });
            }
        }
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, String> out = new HashMap<>();
        for (String key : p.stringPropertyNames()) out.put(key, p.getProperty(key));
        return new TreeMap<>(out);
    }
}
