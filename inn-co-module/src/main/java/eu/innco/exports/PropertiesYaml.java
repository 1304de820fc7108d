package eu.innco.exports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.site.SiteLocales;
import eu.innco.yaml.YamlNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the properties of an item file (Magnolia's shape: {@code title}, {@code title_fr}, sub-models
 * as child mappings) into the authoring JSON shape that {@code ValuesJson} reads, so that file
 * values go through the same field types as API values. Unknown keys and malformed sub-models are
 * reported here; wrong values are reported by the field types.
 */
final class PropertiesYaml {
    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);
    private record Target(PropertyDefinition property, String locale) {}

    private final SiteLocales locales;
    private final ImportErrors errors;
    private final Locations locations;

    PropertiesYaml(SiteLocales locales, ImportErrors errors, Locations locations) {
        this.locales = locales;
        this.errors = errors;
        this.locations = locations;
    }

    /** The JSON of the mapping's properties; keys in {@code ignored} belong to the caller. */
    ObjectNode read(List<PropertyDefinition> props, YamlNode mapping, Set<String> ignored, String path, String keyPrefix) {
        Map<String, Target> targets = targets(props);
        ObjectNode out = JSON.objectNode();
        mapping.entries().forEach((key, value) -> {
            if (ignored.contains(key)) return;
            Target t = targets.get(key);
            if (t == null) {
                errors.add(value.location(), "'" + keyPrefix + key + "' is not a property here; the properties are "
                        + known(props));
                return;
            }
            PropertyDefinition p = t.property();
            String at = path + "." + p.name() + (t.locale() == null ? "" : "." + t.locale());
            locations.put(at, value.location(), keyPrefix + key);
            JsonNode json = p.isSubModel() ? subModel(p, value, at, keyPrefix + key + "/") : values(p, value, at, keyPrefix + key);
            if (t.locale() == null) out.set(p.name(), json);
            else out.withObjectProperty(p.name()).set(t.locale(), json);
        });
        return out;
    }

    private String known(List<PropertyDefinition> props) {
        return String.join(", ", props.stream()
                .map(p -> p.i18n() ? p.name() + " (" + p.name() + "_<locale> in other locales)" : p.name()).toList());
    }

    private Map<String, Target> targets(List<PropertyDefinition> props) {
        Map<String, Target> m = new LinkedHashMap<>();
        for (PropertyDefinition p : props) {
            if (!p.i18n()) m.put(p.name(), new Target(p, null));
            else for (String l : locales.locales()) m.put(locales.propertyName(p.name(), l), new Target(p, l));
        }
        return m;
    }

    private JsonNode values(PropertyDefinition p, YamlNode value, String path, String key) {
        if (!p.multiple() || !value.isSequence()) return ScalarsYaml.toJson(p.fieldType(), value);
        ArrayNode a = JSON.arrayNode();
        List<YamlNode> items = value.items();
        for (int i = 0; i < items.size(); i++) {
            locations.put(path + "." + i, items.get(i).location(), key + "/" + i);
            a.add(ScalarsYaml.toJson(p.fieldType(), items.get(i)));
        }
        return a;
    }

    /** A sub-model: a mapping of its properties; a multiple one: a mapping of children '0', '1', ... */
    private JsonNode subModel(PropertyDefinition p, YamlNode value, String path, String keyPrefix) {
        if (value.isNull()) return JSON.nullNode();
        if (!value.isMapping()) {
            errors.add(value.location(), "'" + keyPrefix.substring(0, keyPrefix.length() - 1) + "' is a "
                    + (p.multiple() ? "multiple sub-model: a mapping with 'jcr:primaryType: mgnl:contentNode' and children '0', '1', ..."
                    : "sub-model: a mapping with 'jcr:primaryType: mgnl:contentNode' and its properties"));
            return JSON.nullNode();
        }
        checkNodeType(value, keyPrefix);
        if (!p.multiple()) return read(p.subModel().properties(), value, ExportNames.SUB_NODE_KEYS, path, keyPrefix);
        ArrayNode a = JSON.arrayNode();
        int expected = 0;
        for (Map.Entry<String, YamlNode> e : value.entries().entrySet()) {
            if (ExportNames.SUB_NODE_KEYS.contains(e.getKey())) continue;
            YamlNode child = e.getValue();
            if (!e.getKey().equals(Integer.toString(expected))) {
                errors.add(child.location(), "'" + keyPrefix + e.getKey() + "': the entries of a multiple sub-model are named '0', '1', ... in order; expected '"
                        + expected + "'");
            }
            String at = path + "." + expected;
            locations.put(at, child.location(), keyPrefix + e.getKey());
            if (!child.isMapping()) {
                errors.add(child.location(), "'" + keyPrefix + e.getKey() + "' must be a mapping of " + p.subModel().name() + " properties");
            } else {
                checkNodeType(child, keyPrefix + e.getKey() + "/");
                a.add(read(p.subModel().properties(), child, ExportNames.SUB_NODE_KEYS, at, keyPrefix + e.getKey() + "/"));
            }
            expected++;
        }
        return a;
    }

    private void checkNodeType(YamlNode mapping, String keyPrefix) {
        mapping.get(ExportNames.PRIMARY_TYPE).ifPresent(t -> {
            if (!t.isScalar() || !t.text().equals(ExportNames.CONTENT_NODE)) {
                errors.add(t.location(), "'" + keyPrefix + ExportNames.PRIMARY_TYPE + "' of a sub-model node must be '"
                        + ExportNames.CONTENT_NODE + "'");
            }
        });
    }
}
