package eu.innco.web.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.contenttype.PropertyDefinition;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns an editor form ({@code p.title.fr}, {@code p.sectors.0}, {@code p.figures.1.label.en},
 * {@code p.location.lat}) into the authoring JSON of the item, so that the editor saves through the
 * same validation as the API. Only the locales the form edited are taken from it; the other locales'
 * values come from the stored item, and shared values too when the form may not change them
 * (the translation view).
 */
final class FormBinding {
    private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);
    private final MultivaluedMap<String, String> form;
    private final Collection<String> edited;
    private final boolean sharedEditable;

    FormBinding(MultivaluedMap<String, String> form, Collection<String> editedLocales, boolean sharedEditable) {
        this.form = form;
        this.edited = editedLocales;
        this.sharedEditable = sharedEditable;
    }

    /** The properties object for a PUT: the form's values merged over {@code stored} (may be empty). */
    ObjectNode properties(List<PropertyDefinition> props, JsonNode stored, List<String> siteLocales) {
        return bind(props, "p", stored == null ? F.objectNode() : stored, siteLocales);
    }

    private ObjectNode bind(List<PropertyDefinition> props, String prefix, JsonNode stored, List<String> locales) {
        ObjectNode out = F.objectNode();
        for (PropertyDefinition p : props) {
            String key = prefix + "." + p.name();
            JsonNode before = stored.path(p.name());
            JsonNode value;
            if (p.i18n()) {
                ObjectNode byLocale = F.objectNode();
                for (String l : locales) {
                    JsonNode v = edited.contains(l) ? many(p, key + "." + l, before.path(l), locales) : before.get(l);
                    if (v != null && !v.isNull() && !v.isMissingNode()) byLocale.set(l, v);
                }
                value = byLocale.isEmpty() ? null : byLocale;
            } else if (p.isSubModel()) {
                value = sharedEditable ? many(p, key, before, locales) : carryStructure(p, key, before, locales);
            } else {
                value = sharedEditable ? many(p, key, before, locales) : before;
            }
            if (value != null && !value.isNull() && !value.isMissingNode()) out.set(p.name(), value);
        }
        return out;
    }

    /** In the translation view the sub-model structure is fixed: its localised values are still edited. */
    private JsonNode carryStructure(PropertyDefinition p, String key, JsonNode before, List<String> locales) {
        if (before == null || before.isMissingNode() || before.isNull()) return null;
        if (!p.multiple()) return bind(p.subModel().properties(), key, before, locales);
        ArrayNode a = F.arrayNode();
        for (int i = 0; i < before.size(); i++) a.add(bind(p.subModel().properties(), key + "." + i, before.get(i), locales));
        return a;
    }

    private JsonNode many(PropertyDefinition p, String key, JsonNode before, List<String> locales) {
        if (!p.multiple()) return one(p, key, before, locales);
        ArrayNode a = F.arrayNode();
        for (int i : indices(key)) {
            // a moved entry says where it came from, so its other locales' values move with it
            String from = text(key + "." + i + "._from");
            int source = from.matches("\\d{1,4}") ? Integer.parseInt(from) : i;
            JsonNode v = one(p, key + "." + i, before == null ? null : before.path(source), locales);
            if (v != null) a.add(v);
        }
        return a.isEmpty() ? null : a;
    }

    private JsonNode one(PropertyDefinition p, String key, JsonNode before, List<String> locales) {
        if (p.isSubModel()) {
            if (!present(key)) return null;
            ObjectNode sub = bind(p.subModel().properties(), key, before == null || before.isMissingNode() ? F.objectNode() : before, locales);
            return sub.isEmpty() ? null : sub;
        }
        String v = text(key);
        return switch (p.fieldType().kind()) {
            case GEO -> point(key);
            // an unchecked box sends nothing: present means the form had the field
            case BOOLEAN -> form.containsKey(key) ? F.booleanNode("true".equals(v)) : null;
            case LONG, DOUBLE, DECIMAL -> v.isEmpty() ? null : number(v);
            case TEXT, EMAIL, RICH_TEXT, DATE, REFERENCE, ASSET -> v.isEmpty() ? null : F.textNode(v);
        };
    }

    private JsonNode point(String key) {
        String lat = text(key + ".lat");
        String lon = text(key + ".lon");
        if (lat.isEmpty() && lon.isEmpty()) return null;
        ObjectNode g = F.objectNode();
        g.set("lat", number(lat));
        g.set("lon", number(lon));
        return g;
    }

    /** A number when the text is one; the text itself otherwise, so that validation names the mistake. */
    private static JsonNode number(String v) {
        try {
            BigDecimal d = new BigDecimal(v.trim().replace(',', '.'));
            return d.scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0 ? F.numberNode(d.longValueExact()) : F.numberNode(d);
        } catch (NumberFormatException | ArithmeticException e) {
            return F.textNode(v);
        }
    }

    private TreeSet<Integer> indices(String key) {
        TreeSet<Integer> out = new TreeSet<>();
        String start = key + ".";
        for (String k : form.keySet()) {
            if (!k.startsWith(start)) continue;
            String rest = k.substring(start.length());
            int dot = rest.indexOf('.');
            String n = dot < 0 ? rest : rest.substring(0, dot);
            if (n.matches("\\d{1,4}")) out.add(Integer.parseInt(n));
        }
        return out;
    }

    private boolean present(String key) {
        String start = key + ".";
        return form.keySet().stream().anyMatch(k -> k.equals(key) || k.startsWith(start));
    }

    private String text(String key) {
        String v = form.getFirst(key);
        return v == null ? "" : v.replace("\r\n", "\n").trim();
    }
}
