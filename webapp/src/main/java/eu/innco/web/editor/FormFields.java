package eu.innco.web.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.contenttype.PropertyDefinition;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.TreeSet;

/**
 * An editor form read by field name ({@code p.title.fr}, {@code p.sectors.0}, {@code p.location.lat}):
 * the texts as sent (line ends made one, trimmed), which entries a list holds, and a field's text as
 * the JSON its field type reads, so that {@link FormValues} only decides what goes where.
 */
final class FormFields {
    static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);
    private final MultivaluedMap<String, String> form;

    FormFields(MultivaluedMap<String, String> form) {
        this.form = form;
    }

    /** The form's text as the field type reads it: a number, a point, a box's true or false, or the text. */
    JsonNode typed(PropertyDefinition p, String key) {
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

    /** A number when the text is one; the text itself otherwise, so that the field type names the mistake. */
    private static JsonNode number(String v) {
        try {
            BigDecimal d = new BigDecimal(v.trim().replace(',', '.'));
            return d.scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0 ? F.numberNode(d.longValueExact()) : F.numberNode(d);
        } catch (NumberFormatException | ArithmeticException e) {
            return F.textNode(v);
        }
    }

    TreeSet<Integer> indices(String key) {
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

    boolean present(String key) {
        String start = key + ".";
        return form.keySet().stream().anyMatch(k -> k.equals(key) || k.startsWith(start));
    }

    String text(String key) {
        String v = form.getFirst(key);
        return v == null ? "" : v.replace("\r\n", "\n").trim();
    }
}
