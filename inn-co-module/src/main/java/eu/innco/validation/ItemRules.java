package eu.innco.validation;

import eu.innco.content.ItemValues;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.contenttype.field.ReferenceField;
import eu.innco.contenttype.field.Violations;
import java.util.List;
import java.util.Map;

/**
 * The content rules of a working copy: required values present (for a localised property, in at
 * least one locale: a draft may exist in its source language only), each value within its rules,
 * each reference pointing to an existing item of the right type.
 */
final class ItemRules {
    private ItemRules() {}

    static void check(ItemCandidate c, Violations v) {
        check(c.type().properties(), c.values(), "properties", c.references(), v);
    }

    private static void check(List<PropertyDefinition> props, ItemValues values, String path,
                              ReferenceLookup refs, Violations v) {
        for (PropertyDefinition p : props) {
            String at = path + "." + p.name();
            Object value = values.get(p.name()).orElse(null);
            if (value == null) {
                if (p.required()) v.add(at, "innco.field.required");
                continue;
            }
            if (p.i18n()) {
                ((Map<?, ?>) value).forEach((locale, one) -> checkMaybeMultiple(p, one, at + "." + locale, refs, v));
            } else {
                checkMaybeMultiple(p, value, at, refs, v);
            }
        }
    }

    private static void checkMaybeMultiple(PropertyDefinition p, Object value, String path, ReferenceLookup refs, Violations v) {
        if (!p.multiple()) {
            checkOne(p, value, path, refs, v);
            return;
        }
        List<?> list = (List<?>) value;
        for (int i = 0; i < list.size(); i++) checkOne(p, list.get(i), path + "." + i, refs, v);
    }

    private static void checkOne(PropertyDefinition p, Object value, String path, ReferenceLookup refs, Violations v) {
        if (p.isSubModel()) {
            check(p.subModel().properties(), (ItemValues) value, path, refs, v);
            return;
        }
        p.fieldType().check(value, p.rules(), path, v);
        if (p.fieldType() instanceof ReferenceField r && !refs.exists(r.targetType(), (String) value)) {
            v.add(path, "innco.field.referenceMissing", Map.of("target", r.targetType(), "id", value));
        }
    }
}
