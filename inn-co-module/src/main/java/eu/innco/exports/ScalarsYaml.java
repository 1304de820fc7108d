package eu.innco.exports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.contenttype.field.BooleanField;
import eu.innco.contenttype.field.DoubleField;
import eu.innco.contenttype.field.FieldType;
import eu.innco.contenttype.field.GeoField;
import eu.innco.contenttype.field.LongField;
import eu.innco.yaml.YamlNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one YAML scalar for a field type. YAML scalars arrive as text; numbers, booleans and
 * {@code 'lat,lon'} points become the JSON values their field types expect, anything else stays
 * text so that the field type reports it in its own words.
 */
final class ScalarsYaml {
    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);
    private static final String NUMBER = "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?";
    private static final Pattern POINT = Pattern.compile("\\s*(" + NUMBER + ")\\s*,\\s*(" + NUMBER + ")\\s*");

    private ScalarsYaml() {}

    static JsonNode toJson(FieldType type, YamlNode node) {
        if (node.isNull()) return JSON.nullNode();
        if (node.isSequence()) {
            ArrayNode a = JSON.arrayNode();
            node.items().forEach(i -> a.add(toJson(type, i)));
            return a;
        }
        if (node.isMapping()) return JSON.objectNode();
        String text = node.text();
        if (type instanceof BooleanField && (text.equals("true") || text.equals("false"))) {
            return JSON.booleanNode(Boolean.parseBoolean(text));
        }
        if (type instanceof LongField && text.matches("[-+]?[0-9]{1,19}")) {
            try {
                return JSON.numberNode(Long.parseLong(text));
            } catch (NumberFormatException tooBig) {
                return JSON.textNode(text);
            }
        }
        if (type instanceof DoubleField && text.matches(NUMBER)) return JSON.numberNode(Double.parseDouble(text));
        if (type instanceof GeoField) return point(text);
        // Magnolia writes an asset's id with its provider, jcr:<id>: the id is what an asset property holds here
        if (type instanceof eu.innco.contenttype.field.AssetField && text.startsWith("jcr:")) return JSON.textNode(text.substring(4));
        return JSON.textNode(text);
    }

    private static JsonNode point(String text) {
        Matcher m = POINT.matcher(text);
        if (!m.matches()) return JSON.textNode(text);
        ObjectNode o = JSON.objectNode();
        o.put("lat", Double.parseDouble(m.group(1)));
        o.put("lon", Double.parseDouble(m.group(5)));
        return o;
    }
}
