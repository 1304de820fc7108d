package eu.innco.validation;

import eu.innco.content.ItemValues;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.contenttype.field.ReferenceField;
import eu.innco.contenttype.field.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The content rules of a working copy: required values present (for a localised property, in at
 * least one locale: a draft may exist in its source language only), each value within its rules,
 * each reference pointing to an existing item of the right type. A value that could not be read is
 * not reported a second time as missing.
 */
final class ItemRules {
    private final ReferenceLookup refs;
    private final Violations v;
    private final Set<String> unreadable = new HashSet<>();

    private ItemRules(ItemCandidate c, Violations v) {
        this.refs = c.references();
        this.v = v;
        c.readViolations().forEach(x -> unreadable.add(x.path()));
    }

    static void check(ItemCandidate c, Violations v) {
        new ItemRules(c, v).check(c.type().properties(), c.values(), "properties");
    }

    private void check(List<PropertyDefinition> props, ItemValues values, String path) {
        for (PropertyDefinition p : props) {
            String at = path + "." + p.name();
            Object value = values.get(p.name()).orElse(null);
            if (value == null) {
                if (p.required() && !unreadable.contains(at)) v.add(at, "innco.field.required");
            } else if (p.i18n()) {
                ((Map<?, ?>) value).forEach((locale, one) -> checkMaybeMultiple(p, one, at + "." + locale));
            } else {
                checkMaybeMultiple(p, value, at);
            }
        }
    }

    private void checkMaybeMultiple(PropertyDefinition p, Object value, String path) {
        if (!p.multiple()) {
            checkOne(p, value, path);
            return;
        }
        List<?> list = (List<?>) value;
        for (int i = 0; i < list.size(); i++) checkOne(p, list.get(i), path + "." + i);
    }

    private void checkOne(PropertyDefinition p, Object value, String path) {
        if (p.isSubModel()) {
            check(p.subModel().properties(), (ItemValues) value, path);
            return;
        }
        if (value instanceof String text && XmlCharacters.firstForbidden(text) >= 0) {
            // one message is enough: the other rules would judge a text that cannot be kept anyway
            v.add(path, "innco.field.xmlChar", Map.of("character", XmlCharacters.name(text, XmlCharacters.firstForbidden(text))));
            return;
        }
        p.fieldType().check(value, p.rules(), path, v);
        if (p.fieldType() instanceof ReferenceField r && !refs.exists(r.targetType(), (String) value)) {
            v.add(path, "innco.field.referenceMissing", Map.of("target", r.targetType(), "id", value));
        }
    }
}
