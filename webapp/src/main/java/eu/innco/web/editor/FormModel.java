package eu.innco.web.editor;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.contenttype.field.FieldKind;
import eu.innco.contenttype.field.Option;
import eu.innco.contenttype.field.ReferenceField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the fields of an editor form from a content type: one widget per field type, the values
 * of the edited locale (shared values too unless {@code sharedEditable} is false), and the
 * server's validation message beside each field.
 */
final class FormModel {
    private final EditorCall call;
    private final String type;
    private final String locale;
    private final Map<String, String> errors;
    private final ReferenceChoices choices;

    FormModel(EditorCall call, String type, String locale, Map<String, String> errors, ReferenceChoices choices) {
        this.call = call;
        this.type = type;
        this.locale = locale;
        this.errors = errors;
        this.choices = choices;
    }

    List<FieldView> fields(List<PropertyDefinition> props, JsonNode values, String prefix, boolean shared) {
        return fields(props, values, prefix, shared, type);
    }

    /** {@code scope} names labels: {@code caseStudy} for the type's own properties, {@code caseStudy.Figure} in a sub-model. */
    private List<FieldView> fields(List<PropertyDefinition> props, JsonNode values, String prefix, boolean shared, String scope) {
        List<FieldView> out = new ArrayList<>();
        for (PropertyDefinition p : props) {
            if (!p.i18n() && !p.isSubModel() && !shared) continue;
            if (p.isSubModel() && !shared && !containsLocalised(p)) continue;
            out.add(field(p, values.path(p.name()), prefix + "." + p.name(), shared, scope));
        }
        return out;
    }

    private FieldView field(PropertyDefinition p, JsonNode value, String key, boolean shared, String scope) {
        FieldView f = new FieldView();
        f.name = p.name();
        f.label = label(p, scope);
        f.required = p.required();
        f.multiple = p.multiple();
        f.localised = p.i18n();
        f.locale = p.i18n() ? locale : "";
        f.key = p.i18n() ? key + "." + locale : key;
        JsonNode v = p.i18n() ? value.path(locale) : value;
        f.error = errorAt(f.key);
        f.widget = widget(p);
        if (p.isSubModel()) {
            List<JsonNode> list = new ArrayList<>();
            if (p.multiple()) v.forEach(list::add);
            else if (!v.isMissingNode() && !v.isNull()) list.add(v);
            String inner = type + "." + p.subModel().name();
            for (int i = 0; i < list.size(); i++) {
                f.entries.add(fields(p.subModel().properties(), list.get(i), p.multiple() ? f.key + "." + i : f.key, shared, inner));
            }
            f.blank = fields(p.subModel().properties(), com.fasterxml.jackson.databind.node.MissingNode.getInstance(),
                    p.multiple() ? f.key + ".__index__" : f.key, shared, inner);
            f.extra.put("canAdd", shared && (p.multiple() || list.isEmpty()));
            return f;
        }
        if (p.multiple()) {
            v.forEach(x -> f.values.add(display(p, x)));
        } else {
            f.value = display(p, v);
        }
        if (p.rules().hasOptions()) {
            for (Option o : p.rules().options()) f.options.add(Map.of("value", o.value(), "label", o.label(call.locale())));
        }
        if (p.fieldType() instanceof ReferenceField r) {
            f.target = r.targetType();
            f.options.addAll(choices.of(r.targetType()));
            if (choices.truncated(r.targetType())) f.extra.put("searchUrl", "/editor/content/" + r.targetType() + "/choices");
            // what is stored is always offered, even beyond the picker's first page: saving must never drop it
            List<Object> chosen = p.multiple() ? f.values : List.of(f.value);
            for (Object id : chosen) {
                String stored = String.valueOf(id);
                if (!stored.isEmpty() && f.options.stream().noneMatch(o -> stored.equals(o.get("value")))) {
                    f.options.add(Map.of("value", stored, "label", choices.labelOf(r.targetType(), stored)));
                }
            }
        }
        if (p.fieldType().kind() == FieldKind.GEO && v.isObject()) {
            f.extra.put("lat", v.path("lat").asText(""));
            f.extra.put("lon", v.path("lon").asText(""));
        }
        p.rules().maxLength().ifPresent(m -> f.extra.put("maxLength", m));
        if (p.fieldType().kind() == FieldKind.LONG) f.extra.put("step", "1");
        return f;
    }

    private static Object display(PropertyDefinition p, JsonNode v) {
        if (v == null || v.isMissingNode() || v.isNull()) return "";
        String text = v.isTextual() ? v.textValue() : v.toString();
        return switch (p.fieldType().kind()) {
            // the date input shows a day; the stored instant's time of day is midnight UTC
            case DATE -> v.isTextual() && text.length() >= 10 ? text.substring(0, 10) : text;
            case BOOLEAN -> v.asBoolean();
            case TEXT, EMAIL, RICH_TEXT, LONG, DOUBLE, DECIMAL, REFERENCE, ASSET, GEO -> text;
        };
    }

    /** The template's widget for a property; one arm per field type, so a new type must choose one. */
    private static String widget(PropertyDefinition p) {
        if (p.isSubModel()) return "submodel";
        return switch (p.fieldType().kind()) {
            case GEO -> "geo";
            case EMAIL -> "email";
            case ASSET -> "asset";
            case REFERENCE -> "reference";
            case RICH_TEXT -> "richtext";
            case BOOLEAN -> "checkbox";
            case DATE -> "date";
            case LONG, DOUBLE, DECIMAL -> "number";
            case TEXT -> textWidget(p);
        };
    }

    private static String textWidget(PropertyDefinition p) {
        if (p.rules().hasOptions()) return "select";
        if (p.rules().maxLength().orElse(0) > 300) return "textarea";
        if (p.rules().email()) return "email";
        if (p.rules().url()) return "url";
        return "text";
    }

    private String label(PropertyDefinition p, String scope) {
        String key = "field." + scope + "." + p.name();
        String text = call.t(key);
        if (!text.equals(key)) return text;
        return p.label().orElseGet(() -> humanise(p.name()));
    }

    static String humanise(String name) {
        String spaced = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private String errorAt(String key) {
        StringBuilder sb = new StringBuilder();
        errors.forEach((path, message) -> {
            if (path.equals(key) || path.startsWith(key + ".") && !key.contains("__index__") && isLeafError(path, key)) {
                if (sb.length() > 0) sb.append(" ");
                sb.append(message);
            }
        });
        return sb.toString();
    }

    /** Geo errors are on .lat/.lon under the field; sub-model entries show their own errors. */
    private static boolean isLeafError(String path, String key) {
        String rest = path.substring(key.length() + 1);
        return rest.equals("lat") || rest.equals("lon") || rest.matches("\\d+");
    }

    private static boolean containsLocalised(PropertyDefinition p) {
        return p.subModel().properties().stream().anyMatch(x -> x.i18n() || (x.isSubModel() && containsLocalised(x)));
    }

    /** Error paths of the API ({@code properties.title.fr}) as form keys ({@code p.title.fr}). */
    static Map<String, String> formErrors(List<eu.innco.FieldError> errors) {
        Map<String, String> out = new LinkedHashMap<>();
        for (eu.innco.FieldError e : errors) {
            String key = e.path().startsWith("properties") ? "p" + e.path().substring("properties".length()) : e.path();
            out.merge(key, e.message(), (a, b) -> a + " " + b);
        }
        return out;
    }
}
