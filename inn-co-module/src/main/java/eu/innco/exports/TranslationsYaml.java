package eu.innco.exports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.content.ItemNodes;
import eu.innco.content.ItemValues;
import eu.innco.content.LocalisedFields;
import eu.innco.content.LocaleView;
import eu.innco.content.TranslationMark;
import eu.innco.content.TranslationStates;
import eu.innco.content.ValuesJson;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.contenttype.field.Violations;
import eu.innco.site.SiteLocales;
import eu.innco.yaml.YamlNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an item file's {@code innco:translations}: per locale, {@code fr: {state: 'translated',
 * sourceHash: '...'}} or just {@code fr: 'translated'}, with an optional {@code from} locale and
 * {@code source} copy, and {@code fields: {body: 'reviewed'}} for values whose state differs from
 * the locale's. Every problem is reported at its line; a file without the key has no marks.
 */
final class TranslationsYaml {
    static final String STATE = "state";
    static final String FROM = "from";
    static final String SOURCE_HASH = "sourceHash";
    static final String SOURCE = "source";
    static final String FIELDS = "fields";
    private static final Set<String> ENTRY_KEYS = Set.of(STATE, FROM, SOURCE_HASH, SOURCE, FIELDS);
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{24}");

    private final SiteLocales locales;
    private final ValuesJson valuesJson;
    private final ImportErrors errors;
    private final Locations locations;

    TranslationsYaml(SiteLocales locales, ValuesJson valuesJson, ImportErrors errors, Locations locations) {
        this.locales = locales;
        this.valuesJson = valuesJson;
        this.errors = errors;
        this.locations = locations;
    }

    /**
     * @param values       the item's values as the file gives them: a state needs values in its locale
     * @param sourceLocale the item's source locale, which is never a translation
     * @param v            collects what the field types find wrong in a {@code source} copy
     */
    Optional<Map<String, TranslationMark>> read(YamlNode item, List<PropertyDefinition> props, ItemValues values,
                                                String sourceLocale, Violations v) {
        YamlNode node = item.get(ExportNames.TRANSLATIONS).orElse(null);
        if (node == null || node.isNull()) return Optional.empty();
        Map<String, TranslationMark> out = new LinkedHashMap<>();
        if (!node.isMapping()) {
            errors.add(node.location(), ExportNames.TRANSLATIONS + " must map locales to their translation state, such as "
                    + "{fr: {state: 'translated'}}");
            return Optional.of(out);
        }
        node.entries().forEach((locale, entry) -> {
            String where = ExportNames.TRANSLATIONS + "/" + locale;
            if (!locales.contains(locale)) {
                errors.add(entry.location(), "'" + where + "': '" + locale + "' is not a site locale " + locales.locales());
            } else if (!ItemNodes.hasValueIn(props, values, locale)) {
                errors.add(entry.location(), "'" + where + "': the item has no values in '" + locale
                        + "', so it has no translation state (it is missing); remove the entry or add the values");
            } else {
                mark(entry, where, locale, props, values, sourceLocale, v).ifPresent(m -> out.put(locale, m));
            }
        });
        return Optional.of(out);
    }

    private Optional<TranslationMark> mark(YamlNode entry, String where, String locale, List<PropertyDefinition> props,
                                           ItemValues values, String sourceLocale, Violations v) {
        if (entry.isScalar()) return state(entry, where).map(TranslationMark::of);
        if (!entry.isMapping()) {
            errors.add(entry.location(), "'" + where + "' must be a state ('translated') or a mapping such as {state: 'translated'}");
            return Optional.empty();
        }
        entry.entries().forEach((k, n) -> {
            if (!ENTRY_KEYS.contains(k)) errors.add(n.location(), "'" + where + "/" + k + "' is unknown; an entry has " + ENTRY_KEYS);
        });
        YamlNode stateNode = entry.get(STATE).orElse(null);
        if (stateNode == null) {
            errors.add(entry.location(), "'" + where + "' needs a state: one of " + TranslationStates.SETTABLE);
            return Optional.empty();
        }
        Optional<String> state = state(stateNode, where + "/" + STATE);
        Optional<String> from = scalar(entry, FROM, where).filter(f -> check(locales.contains(f) && !f.equals(locale), entry, FROM,
                where, "must be another site locale than '" + locale + "', one of " + locales.locales())
                && check(ItemNodes.hasValueIn(props, values, f), entry, FROM, where, "names '" + f + "', in which the item has no values"));
        Optional<String> hash = scalar(entry, SOURCE_HASH, where).filter(h -> check(HASH.matcher(h).matches(), entry, SOURCE_HASH,
                where, "must be 24 lower-case hexadecimal digits, as an export writes it"));
        Optional<ItemValues> copy = entry.get(SOURCE).flatMap(n -> copy(n, where + "/" + SOURCE, props, from.orElse(sourceLocale), v));
        boolean snapshot = entry.get(FROM).isPresent() || entry.get(SOURCE_HASH).isPresent() || entry.get(SOURCE).isPresent();
        if (snapshot && locale.equals(sourceLocale)) {
            errors.add(entry.location(), "'" + where + "': '" + locale + "' is the item's source locale, not a translation: "
                    + "it has only a state, no from, sourceHash or source");
        }
        Map<String, String> fields = state.map(s -> fields(entry, where, s, locale, props, values)).orElse(Map.of());
        return state.map(s -> new TranslationMark(s, from, hash, copy, fields));
    }

    /** The values' own states: each names a value the locale has, with a state above the locale's (the lowest). */
    private Map<String, String> fields(YamlNode entry, String where, String state, String locale, List<PropertyDefinition> props,
                                       ItemValues values) {
        Map<String, String> out = new LinkedHashMap<>();
        YamlNode n = entry.get(FIELDS).orElse(null);
        if (n == null || n.isNull()) return out;
        if (!n.isMapping()) {
            errors.add(n.location(), "'" + where + "/" + FIELDS + "' must map value paths to states, such as {body: 'reviewed'}");
            return out;
        }
        Set<String> filled = LocalisedFields.of(props, values, locale).keySet();
        n.entries().forEach((path, value) -> {
            String at = where + "/" + FIELDS + "/" + path;
            Optional<String> s = state(value, at);
            if (!filled.contains(path)) {
                errors.add(value.location(), "'" + at + "': the item has no '" + locale + "' value at '" + path + "'; one of " + filled);
            } else if (s.isPresent() && TranslationStates.STATES.indexOf(s.get()) <= TranslationStates.STATES.indexOf(state)) {
                errors.add(value.location(), "'" + at + "': '" + s.get() + "' must be above the locale's state '" + state
                        + "', which is the lowest of its values' states; list only values whose state differs");
            } else {
                s.ifPresent(x -> out.put(path, x));
            }
        });
        return out;
    }

    private Optional<String> state(YamlNode n, String where) {
        String s = n.isScalar() ? n.text() : "";
        if (TranslationStates.SETTABLE.contains(s)) return Optional.of(s);
        errors.add(n.location(), "'" + where + "': '" + s + "' is not a translation state; use one of " + TranslationStates.SETTABLE
                + " (a locale without values is missing)");
        return Optional.empty();
    }

    private Optional<String> scalar(YamlNode entry, String key, String where) {
        YamlNode n = entry.get(key).orElse(null);
        if (n == null || n.isNull()) return Optional.empty();
        if (n.isScalar()) return Optional.of(n.text());
        errors.add(n.location(), "'" + where + "/" + key + "' must be a single value");
        return Optional.empty();
    }

    private boolean check(boolean ok, YamlNode entry, String key, String where, String message) {
        if (!ok) errors.add(entry.get(key).orElseThrow().location(), "'" + where + "/" + key + "' " + message);
        return ok;
    }

    /** The source values a translation was made from: the source locale's localised properties, keys as in the item. */
    private Optional<ItemValues> copy(YamlNode n, String where, List<PropertyDefinition> props, String from, Violations v) {
        if (!n.isMapping()) {
            errors.add(n.location(), "'" + where + "' must be a mapping of the '" + from + "' values the translation was made from");
            return Optional.empty();
        }
        String path = where.replace('/', '.');
        ObjectNode json = new PropertiesYaml(locales, errors, locations).read(props, n, Set.of(), path, where + "/");
        ItemValues copy = valuesJson.read(props, json, path, v);
        if (!valuesJson.write(props, LocaleView.restrict(props, copy, from, false)).equals(valuesJson.write(props, copy))) {
            errors.add(n.location(), "'" + where + "' holds only the '" + from + "' values of localised properties (keys such as "
                    + locales.propertyName("title", from) + ")");
        }
        return Optional.of(copy);
    }
}
