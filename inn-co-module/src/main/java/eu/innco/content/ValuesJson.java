package eu.innco.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.contenttype.field.Violations;
import eu.innco.site.SiteLocales;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads item values from the authoring JSON shape ({@code {"title": {"en": .., "fr": ..}}}) and
 * writes them back. Reading reports every wrong type, unknown property and unknown locale with its
 * path; it never throws on client input.
 */
public final class ValuesJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private final SiteLocales locales;

    public ValuesJson(SiteLocales locales) {
        this.locales = locales;
    }

    public ItemValues read(List<PropertyDefinition> props, JsonNode json, String path, Violations v) {
        ItemValues out = new ItemValues();
        if (json == null || json.isNull() || json.isMissingNode()) return out;
        if (!json.isObject()) {
            v.add(path, "innco.field.type.object");
            return out;
        }
        Map<String, PropertyDefinition> byName = new LinkedHashMap<>();
        props.forEach(p -> byName.put(p.name(), p));
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!byName.containsKey(name)) v.add(path + "." + name, "innco.field.unknown", "known", String.join(", ", byName.keySet()));
        }
        for (PropertyDefinition p : props) {
            Object value = readProperty(p, json.get(name(p)), path + "." + p.name(), v);
            if (value != null) out.put(p.name(), value);
        }
        return out;
    }

    private static String name(PropertyDefinition p) { return p.name(); }

    private Object readProperty(PropertyDefinition p, JsonNode json, String path, Violations v) {
        if (json == null || json.isNull()) return null;
        if (!p.i18n()) return readMaybeMultiple(p, json, path, v);
        if (!json.isObject()) {
            v.add(path, "innco.field.localised", "locales", String.join(", ", locales.locales()));
            return null;
        }
        Map<String, Object> byLocale = new LinkedHashMap<>();
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            String locale = it.next();
            if (!locales.contains(locale)) v.add(path + "." + locale, "innco.field.locale", "locales", String.join(", ", locales.locales()));
        }
        for (String locale : locales.locales()) {
            Object value = readMaybeMultiple(p, json.get(locale), path + "." + locale, v);
            if (value != null) byLocale.put(locale, value);
        }
        return byLocale.isEmpty() ? null : byLocale;
    }

    private Object readMaybeMultiple(PropertyDefinition p, JsonNode json, String path, Violations v) {
        if (json == null || json.isNull()) return null;
        if (!p.multiple()) return readOne(p, json, path, v);
        if (!json.isArray()) {
            v.add(path, "innco.field.type.array");
            return null;
        }
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            Object one = readOne(p, json.get(i), path + "." + i, v);
            if (one != null) list.add(one);
            else if (json.get(i).isNull()) v.add(path + "." + i, "innco.field.type.notNull");
        }
        return list.isEmpty() ? null : List.copyOf(list);
    }

    private Object readOne(PropertyDefinition p, JsonNode json, String path, Violations v) {
        if (json.isNull()) return null;
        if (p.isSubModel()) {
            if (!json.isObject()) {
                v.add(path, "innco.field.type.object");
                return null;
            }
            ItemValues sub = read(p.subModel().properties(), json, path, v);
            return sub.asMap().isEmpty() ? null : sub;
        }
        if (json.isTextual() && json.textValue().isBlank()) return null;
        return p.fieldType().fromJson(json, path, v);
    }

    /** The authoring JSON of values: localised properties as maps from locale to value. */
    public ObjectNode write(List<PropertyDefinition> props, ItemValues values) {
        ObjectNode out = NODES.objectNode();
        for (PropertyDefinition p : props) {
            Object value = values.get(p.name()).orElse(null);
            if (value == null) continue;
            if (p.i18n()) {
                ObjectNode byLocale = out.putObject(p.name());
                ((Map<?, ?>) value).forEach((locale, v) -> byLocale.set((String) locale, writeMaybeMultiple(p, v)));
            } else {
                out.set(p.name(), writeMaybeMultiple(p, value));
            }
        }
        return out;
    }

    /** One property's value (a list for a multiple one) in the authoring JSON shape. */
    public JsonNode writeMaybeMultiple(PropertyDefinition p, Object value) {
        if (!p.multiple()) return writeOne(p, value);
        ArrayNode a = NODES.arrayNode();
        for (Object one : (List<?>) value) a.add(writeOne(p, one));
        return a;
    }

    private JsonNode writeOne(PropertyDefinition p, Object value) {
        if (p.isSubModel()) return write(p.subModel().properties(), (ItemValues) value);
        return p.fieldType().toJson(value);
    }
}
