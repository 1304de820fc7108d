package eu.innco.content;

import eu.innco.contenttype.PropertyDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The localised values of one locale as a flat map from path to value ({@code title},
 * {@code chapters.0.body}, {@code whatHelped.1}): what translators translate one by one. A multiple
 * localised property gives one path per entry; sub-model structure is shared by all locales.
 */
public final class LocalisedFields {
    /** One localised value: where it is, its property definition and the value. */
    public record Field(String path, PropertyDefinition property, Object value) {}

    /**
     * An item's {@code slug} is made from each locale's own title when left empty (SlugFromTitle), not
     * translated from the source's: it is no translator's work, has no state and goes into no XLIFF file.
     */
    public static boolean derived(PropertyDefinition p) {
        return p.name().equals("slug") && p.i18n() && !p.isSubModel();
    }

    private LocalisedFields() {}

    public static Map<String, Field> of(List<PropertyDefinition> props, ItemValues values, String locale) {
        Map<String, Field> out = new LinkedHashMap<>();
        collect(props, values, locale, "", out);
        return out;
    }

    private static void collect(List<PropertyDefinition> props, ItemValues values, String locale, String prefix, Map<String, Field> out) {
        for (PropertyDefinition p : props) {
            Object v = values.get(p.name()).orElse(null);
            if (v == null) continue;
            String path = prefix + p.name();
            if (prefix.isEmpty() && derived(p)) continue;
            if (p.i18n() && !p.isSubModel()) {
                Object inLocale = ((Map<?, ?>) v).get(locale);
                if (inLocale == null) continue;
                if (!p.multiple()) {
                    out.put(path, new Field(path, p, inLocale));
                } else {
                    List<?> list = (List<?>) inLocale;
                    for (int i = 0; i < list.size(); i++) out.put(path + "." + i, new Field(path + "." + i, p, list.get(i)));
                }
            } else if (p.isSubModel()) {
                List<?> list = p.multiple() ? (List<?>) v : List.of(v);
                for (int i = 0; i < list.size(); i++) {
                    collect(p.subModel().properties(), (ItemValues) list.get(i), locale, p.multiple() ? path + "." + i + "." : path + ".", out);
                }
            }
        }
    }

    /** The localised property that a path names, when the item's structure has that place. */
    public static Optional<PropertyDefinition> property(List<PropertyDefinition> props, ItemValues values, String path) {
        return locate(props, values, path.split("\\."), 0).map(Place::property);
    }

    /**
     * A copy of the values with one localised value set at the path. For an entry of a multiple
     * property past the end of the locale's list, the value is appended.
     */
    public static ItemValues with(List<PropertyDefinition> props, ItemValues values, String path, String locale, Object value) {
        return set(props, values, path.split("\\."), 0, locale, value);
    }

    private record Place(PropertyDefinition property) {}

    private static Optional<Place> locate(List<PropertyDefinition> props, ItemValues values, String[] parts, int at) {
        PropertyDefinition p = find(props, parts[at]);
        if (p == null) return Optional.empty();
        int rest = parts.length - at - 1;
        if (p.i18n() && !p.isSubModel()) {
            boolean ok = p.multiple() ? rest == 1 && parts[at + 1].matches("\\d{1,4}") : rest == 0;
            return ok ? Optional.of(new Place(p)) : Optional.empty();
        }
        if (!p.isSubModel() || rest == 0) return Optional.empty();
        Object v = values.get(p.name()).orElse(null);
        if (v == null) return Optional.empty();
        if (!p.multiple()) return locate(p.subModel().properties(), (ItemValues) v, parts, at + 1);
        List<?> list = (List<?>) v;
        if (!parts[at + 1].matches("\\d{1,4}") || Integer.parseInt(parts[at + 1]) >= list.size() || rest < 2) return Optional.empty();
        return locate(p.subModel().properties(), (ItemValues) list.get(Integer.parseInt(parts[at + 1])), parts, at + 2);
    }

    @SuppressWarnings("unchecked")
    private static ItemValues set(List<PropertyDefinition> props, ItemValues values, String[] parts, int at, String locale, Object value) {
        ItemValues copy = copy(values);
        PropertyDefinition p = find(props, parts[at]);
        Object v = values.get(p.name()).orElse(null);
        if (p.i18n() && !p.isSubModel()) {
            Map<String, Object> byLocale = v == null ? new LinkedHashMap<>() : new LinkedHashMap<>((Map<String, Object>) v);
            if (!p.multiple()) {
                byLocale.put(locale, value);
            } else {
                List<Object> list = new ArrayList<>(byLocale.get(locale) == null ? List.of() : (List<Object>) byLocale.get(locale));
                int i = Integer.parseInt(parts[at + 1]);
                if (i < list.size()) list.set(i, value);
                else list.add(value);
                byLocale.put(locale, List.copyOf(list));
            }
            copy.put(p.name(), byLocale);
        } else if (!p.multiple()) {
            copy.put(p.name(), set(p.subModel().properties(), (ItemValues) v, parts, at + 1, locale, value));
        } else {
            List<Object> list = new ArrayList<>((List<Object>) v);
            int i = Integer.parseInt(parts[at + 1]);
            list.set(i, set(p.subModel().properties(), (ItemValues) list.get(i), parts, at + 2, locale, value));
            copy.put(p.name(), List.copyOf(list));
        }
        return copy;
    }

    private static PropertyDefinition find(List<PropertyDefinition> props, String name) {
        for (PropertyDefinition p : props) if (p.name().equals(name)) return p;
        return null;
    }

    private static ItemValues copy(ItemValues values) {
        ItemValues out = new ItemValues();
        values.asMap().forEach(out::put);
        return out;
    }
}
