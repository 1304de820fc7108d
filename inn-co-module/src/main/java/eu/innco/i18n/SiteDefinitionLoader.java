package eu.innco.i18n;

import eu.innco.ErrorCode;
import eu.innco.site.SiteLocales;
import eu.innco.FieldError;
import eu.innco.InncoException;
import eu.innco.yaml.YamlNode;
import eu.innco.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the site definition ({@code inn-co/sites/inn-co.yaml}, Magnolia's {@code i18n} block with
 * {@code fallbackLocale} and {@code locales}, plus our {@code fallbacks} map) into {@link SiteLocales}.
 */
public final class SiteDefinitionLoader {
    public static final String RELATIVE_PATH = "inn-co/sites/inn-co.yaml";

    private SiteDefinitionLoader() {}

    /** Loads from a light-modules folder; without a site file, the seven INN-CO locales. */
    public static SiteLocales load(Path lightModules) {
        Path file = lightModules.resolve(RELATIVE_PATH);
        if (!Files.isRegularFile(file)) return SiteLocales.innco();
        YamlNode root = YamlReader.read(file, RELATIVE_PATH);
        List<FieldError> errors = new ArrayList<>();
        YamlNode i18n = root.isMapping() ? root.get("i18n").orElse(null) : null;
        if (i18n == null || !i18n.isMapping()) {
            throw broken(List.of(new FieldError(RELATIVE_PATH + ":1", "an 'i18n' mapping is required")));
        }
        List<String> locales = new ArrayList<>();
        YamlNode localesNode = i18n.get("locales").orElse(null);
        if (localesNode == null || !localesNode.isMapping() || localesNode.entries().isEmpty()) {
            errors.add(new FieldError(i18n.location(), "i18n.locales must map each locale tag to its settings"));
        } else {
            localesNode.entries().forEach((tag, settings) -> {
                if (!isTag(tag)) {
                    errors.add(new FieldError(settings.location(), "'" + tag + "' is not a BCP 47 language tag"));
                } else if (!"false".equals(settings.text("enabled").orElse("true"))) {
                    locales.add(tag);
                }
            });
        }
        String fallback = i18n.text("fallbackLocale").orElse(i18n.text("defaultLocale").orElse("en"));
        if (!locales.isEmpty() && !locales.contains(fallback)) {
            errors.add(new FieldError(i18n.location(), "fallbackLocale '" + fallback + "' is not an enabled locale"));
        }
        Map<String, List<String>> chains = new LinkedHashMap<>();
        i18n.get("fallbacks").filter(YamlNode::isMapping).ifPresent(f -> f.entries().forEach((tag, list) -> {
            List<String> chain = new ArrayList<>();
            for (YamlNode item : list.isSequence() ? list.items() : List.<YamlNode>of()) {
                if (!item.isScalar() || !locales.contains(item.text())) {
                    errors.add(new FieldError(item.location(), "fallback of '" + tag + "' must be an enabled locale"));
                } else {
                    chain.add(item.text());
                }
            }
            chains.put(tag, chain);
        }));
        if (!errors.isEmpty()) throw broken(errors);
        return new SiteLocales(locales, fallback, chains);
    }

    private static boolean isTag(String tag) {
        return tag.matches("[a-z]{2,3}(-[A-Z]{2})?") && !Locale.forLanguageTag(tag).getLanguage().isEmpty();
    }

    private static InncoException broken(List<FieldError> errors) {
        return new InncoException(ErrorCode.DEFINITION_002, "Broken site definition",
                "The site definition " + RELATIVE_PATH + " has " + errors.size() + " error(s): "
                        + errors.get(0).path() + " " + errors.get(0).message(), errors);
    }
}
