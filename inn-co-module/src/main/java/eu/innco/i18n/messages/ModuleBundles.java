package eu.innco.i18n.messages;

import eu.innco.FieldError;
import eu.innco.lightmodule.LightModules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    static void addTo(Path lightModules, Map<String, Map<String, String>> byLocale, Map<String, String> from, List<FieldError> errors,
                      PassedChecks checks) {
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
                byte[] bytes = bytes(f);
                Map<String, String> fresh = new TreeMap<>();
                properties(f, bytes).forEach((key, pattern) -> {
                    String earlier = from.putIfAbsent(locale + "\n" + key, where);
                    if (earlier != null) {
                        errors.add(new FieldError(where + ":" + key, "is also given in " + earlier + " for " + locale));
                    } else {
                        fresh.put(key, pattern);
                    }
                });
                bundle.putAll(MessageBundles.checked(bytes, locale, checks, errors, fresh, where));
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

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Map<String, String> properties(Path file, byte[] bytes) {
        try {
            return MessageBundles.properties(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
