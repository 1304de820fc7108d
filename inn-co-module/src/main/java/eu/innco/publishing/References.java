package eu.innco.publishing;

import eu.innco.content.ItemValues;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.contenttype.field.ReferenceField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds the references (and assets) in item values, with where they are, for one locale's readers. */
final class References {
    /** One reference: the property path, the target type and id. */
    record Ref(String path, String targetType, String id) {}

    private References() {}

    /** References visible in a locale: in shared values, and in that locale's localised values. */
    static List<Ref> visibleIn(List<PropertyDefinition> props, ItemValues values, String locale) {
        List<Ref> out = new ArrayList<>();
        collect(props, values, "properties", locale, out);
        return out;
    }

    /** Every reference id in the values, in any locale: stored on snapshots for reverse look-ups. */
    static List<String> allIds(List<PropertyDefinition> props, ItemValues values) {
        List<Ref> out = new ArrayList<>();
        collect(props, values, "properties", null, out);
        return out.stream().map(Ref::id).distinct().toList();
    }

    private static void collect(List<PropertyDefinition> props, ItemValues values, String path, String locale, List<Ref> out) {
        for (PropertyDefinition p : props) {
            Object v = values.get(p.name()).orElse(null);
            if (v == null) continue;
            String at = path + "." + p.name();
            if (p.i18n()) {
                for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                    if (locale == null || locale.equals(e.getKey())) many(p, e.getValue(), at + "." + e.getKey(), locale, out);
                }
            } else {
                many(p, v, at, locale, out);
            }
        }
    }

    private static void many(PropertyDefinition p, Object v, String path, String locale, List<Ref> out) {
        if (!p.multiple()) {
            one(p, v, path, locale, out);
            return;
        }
        List<?> list = (List<?>) v;
        for (int i = 0; i < list.size(); i++) one(p, list.get(i), path + "." + i, locale, out);
    }

    private static void one(PropertyDefinition p, Object v, String path, String locale, List<Ref> out) {
        if (p.isSubModel()) collect(p.subModel().properties(), (ItemValues) v, path, locale, out);
        else if (p.fieldType() instanceof ReferenceField r) out.add(new Ref(path, r.targetType(), (String) v));
    }
}
