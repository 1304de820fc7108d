package eu.innco.contenttype;

import eu.innco.FieldError;
import eu.innco.contenttype.field.FieldRules;
import eu.innco.contenttype.field.FieldType;
import eu.innco.contenttype.field.FieldTypes;
import eu.innco.contenttype.field.GeoField;
import eu.innco.contenttype.field.Option;
import eu.innco.contenttype.field.StringField;
import eu.innco.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Turns the YAML of a {@code properties} list into property definitions, reporting every mistake. */
final class PropertyReader {
    static final Pattern PROPERTY_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");
    private static final Set<String> KEYS = Set.of("name", "type", "required", "i18n", "multiple", "label",
            "description", "validators", "maxLength", "pattern", "options", "geo", "email", "url", "min", "max");

    private final Map<String, SubModelDefinition> subModels;
    private final List<FieldError> errors;

    PropertyReader(Map<String, SubModelDefinition> subModels, List<FieldError> errors) {
        this.subModels = subModels;
        this.errors = errors;
    }

    List<PropertyDefinition> readAll(YamlNode list, String path, YamlNode parent) {
        List<PropertyDefinition> out = new ArrayList<>();
        if (list == null || list.isNull()) return out;
        if (list.isMapping()) {
            // Magnolia's demos also write properties as a map keyed by name; the key is the name
            list.entries().forEach((key, item) -> read(item, path, key).ifPresent(out::add));
            return out;
        }
        if (!list.isSequence()) {
            error(list.location(), path + " must be a list of properties, or a map of them by name");
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (YamlNode item : list.items()) {
            read(item, path, null).ifPresent(p -> {
                if (!seen.add(p.name())) error(p.location(), "property '" + p.name() + "' is defined twice");
                else out.add(p);
            });
        }
        return out;
    }

    /** {@code key}: the map key when properties are a map (it names the property), else null. */
    private Optional<PropertyDefinition> read(YamlNode item, String path, String key) {
        if (key != null && !PROPERTY_NAME.matcher(key).matches()) {
            error(item.location(), "property '" + key + "': a name is made of letters and digits (no '_', which marks locales)");
            return Optional.empty();
        }
        if (key != null && (item.isNull() || (item.isScalar() && item.text().isEmpty()))) {
            return Optional.of(new PropertyDefinition(key, null, new StringField(), null, false, false, false,
                    FieldRules.NONE, item.location()));
        }
        if (!item.isMapping()) {
            error(item.location(), path + " entries must be mappings with a 'name'");
            return Optional.empty();
        }
        String name = key != null ? key : item.text("name").orElse(null);
        if (key != null && item.text("name").filter(n -> !n.equals(key)).isPresent()) {
            error(item.get("name").get().location(), "property '" + key + "': 'name' differs from its key");
        }
        if (name == null || !PROPERTY_NAME.matcher(name).matches()) {
            error(item.location(), "a property needs a 'name' made of letters and digits (no '_', which marks locales)");
            return Optional.empty();
        }
        String at = item.location();
        item.entries().forEach((k, v) -> {
            if (!KEYS.contains(k)) error(v.location(), "property '" + name + "': unknown key '" + k + "'; expected one of " + KEYS.stream().sorted().toList());
        });
        boolean required = flag(item, "required", name);
        boolean i18n = flag(item, "i18n", name);
        boolean multiple = flag(item, "multiple", name);
        boolean geo = flag(item, "geo", name);
        String typeName = item.text("type").orElse(StringField.NAME);
        FieldType type = null;
        SubModelDefinition subModel = null;
        if (geo) {
            if (item.get("type").isPresent() && !typeName.equals(StringField.NAME)) {
                error(at, "property '" + name + "': 'geo: true' holds a lat/lon point; leave 'type' out");
            }
            type = new GeoField();
        } else if (subModels.containsKey(typeName)) {
            subModel = subModels.get(typeName);
            if (i18n) error(at, "property '" + name + "': a sub-model cannot be i18n; mark its own properties i18n instead");
        } else {
            type = FieldTypes.forName(typeName).orElse(null);
            if (type == null) {
                error(item.get("type").map(YamlNode::location).orElse(at), "property '" + name + "': type '" + typeName
                        + "' is neither a field type " + FieldTypes.NAMES + " nor a sub-model of this type " + subModels.keySet());
                return Optional.empty();
            }
        }
        FieldRules rules = rules(item, name, typeName);
        boolean numeric = type != null && optionsOf(type) == Options.NUMBERS;
        if (rules.hasOptions() && (type == null || optionsOf(type) == Options.NONE)) {
            error(at, "property '" + name + "': 'options' apply to String and number properties only");
        } else if (numeric) {
            rules.options().stream().filter(o -> !o.value().matches("-?\\d+(\\.\\d+)?")).findFirst().ifPresent(o ->
                    error(at, "property '" + name + "': option '" + o.value() + "' is not a number"));
        }
        String label = item.get("label").filter(YamlNode::isScalar).map(YamlNode::text).orElse(null);
        return Optional.of(new PropertyDefinition(name, label, type, subModel, required, i18n, multiple, rules, at));
    }

    private enum Options { TEXT, NUMBERS, NONE }

    /** Which types may list {@code options}: decided per type, so a new type cannot get them by accident. */
    private static Options optionsOf(FieldType type) {
        return switch (type.kind()) {
            case TEXT -> Options.TEXT;
            case LONG, DOUBLE, DECIMAL -> Options.NUMBERS;
            case EMAIL, RICH_TEXT, BOOLEAN, DATE, REFERENCE, ASSET, GEO -> Options.NONE;
        };
    }

    private FieldRules rules(YamlNode item, String name, String typeName) {
        OptionalInt maxLength = OptionalInt.empty();
        Optional<YamlNode> ml = item.get("maxLength");
        if (ml.isPresent()) {
            Integer v = positiveInt(ml.get());
            if (v == null) error(ml.get().location(), "property '" + name + "': maxLength must be a positive whole number");
            else maxLength = OptionalInt.of(v);
        }
        Optional<Pattern> pattern = item.get("pattern").flatMap(p -> compile(p, name));
        boolean email = flag(item, "email", name);
        boolean url = flag(item, "url", name);
        for (YamlNode v : item.list("validators")) {
            String kind = v.isScalar() ? v.text() : v.text("name").or(() -> v.text("$type")).or(() -> v.text("class")).orElse("");
            String k = kind.toLowerCase();
            if (k.contains("email")) email = true;
            else if (k.contains("url") || k.contains("uri") || k.contains("link")) url = true;
            else if (k.contains("regex") && v.isMapping() && v.get("pattern").isPresent()) pattern = v.get("pattern").flatMap(p -> compile(p, name));
            else error(v.location(), "property '" + name + "': validator '" + kind + "' is not known; use email, url or regex with a pattern");
        }
        Optional<Double> min = number(item, "min", name);
        Optional<Double> max = number(item, "max", name);
        List<Option> options = options(item, name);
        return new FieldRules(maxLength, pattern, options, email, url, min, max);
    }

    private List<Option> options(YamlNode item, String name) {
        List<Option> out = new ArrayList<>();
        Optional<YamlNode> node = item.get("options");
        if (node.isEmpty()) return out;
        if (node.get().isMapping() && !node.get().entries().isEmpty()) {
            // the map form: the key is the option's name, its value when 'value' is absent
            node.get().entries().forEach((key, o) -> out.add(option(o, name, key)));
            out.removeIf(java.util.Objects::isNull);
            return out;
        }
        if (!node.get().isSequence() || node.get().items().isEmpty()) {
            error(node.get().location(), "property '" + name + "': options must be a non-empty list, or a map by name");
            return out;
        }
        for (YamlNode o : node.get().items()) {
            if (o.isScalar()) {
                out.add(new Option(o.text(), Map.of()));
            } else if (o.isMapping() && o.text("value").isPresent()) {
                out.add(new Option(o.text("value").get(), labels(o)));
            } else {
                error(o.location(), "property '" + name + "': an option is a value, or a mapping with 'value' and 'label'");
            }
        }
        return out;
    }

    private Option option(YamlNode o, String name, String key) {
        if (o.isNull() || o.isScalar()) return new Option(o.isScalar() && !o.text().isEmpty() ? o.text() : key, Map.of());
        if (!o.isMapping()) {
            error(o.location(), "property '" + name + "': option '" + key + "' is a value, or a mapping with 'value' and 'label'");
            return null;
        }
        return new Option(o.text("value").orElse(key), labels(o));
    }

    private static Map<String, String> labels(YamlNode o) {
        Map<String, String> labels = new LinkedHashMap<>();
        o.get("label").ifPresent(l -> {
            if (l.isScalar()) labels.put("en", l.text());
            else if (l.isMapping()) l.entries().forEach((loc, text) -> { if (text.isScalar()) labels.put(loc, text.text()); });
        });
        return labels;
    }

    private Optional<Pattern> compile(YamlNode p, String name) {
        if (!p.isScalar()) {
            error(p.location(), "property '" + name + "': pattern must be a regular expression");
            return Optional.empty();
        }
        try {
            return Optional.of(Pattern.compile(p.text()));
        } catch (PatternSyntaxException e) {
            error(p.location(), "property '" + name + "': pattern is not a valid regular expression: " + e.getDescription());
            return Optional.empty();
        }
    }

    private Optional<Double> number(YamlNode item, String key, String name) {
        Optional<YamlNode> n = item.get(key);
        if (n.isEmpty()) return Optional.empty();
        try {
            return Optional.of(Double.parseDouble(n.get().text()));
        } catch (RuntimeException e) {
            error(n.get().location(), "property '" + name + "': " + key + " must be a number");
            return Optional.empty();
        }
    }

    private static Integer positiveInt(YamlNode n) {
        try {
            int v = Integer.parseInt(n.text());
            return v > 0 ? v : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private boolean flag(YamlNode map, String key, String name) {
        YamlNode n = map.get(key).orElse(null);
        if (n == null || n.isNull()) return false;
        if (n.isScalar() && (n.text().equals("true") || n.text().equals("false"))) return Boolean.parseBoolean(n.text());
        error(n.location(), "property '" + name + "': " + key + " must be true or false");
        return false;
    }

    private void error(String where, String message) {
        errors.add(new FieldError(where, message));
    }
}
