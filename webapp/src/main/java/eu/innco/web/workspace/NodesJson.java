package eu.innco.web.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.workspace.JcrTree;
import eu.innco.workspace.JcrValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.jcr.PropertyType;

/**
 * The JSON of Magnolia's nodes API: {@code {name, type, path, identifier, properties: [{name,
 * type, multiple, values}], nodes: [...]}}, read from request bodies and written for answers.
 */
final class NodesJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private NodesJson() {}

    static ObjectNode write(JcrTree t, String path, int depth, boolean metadata) {
        ObjectNode o = F.objectNode();
        o.put("name", t.name()).put("type", t.primaryType()).put("path", path).put("identifier", t.uuid());
        ArrayNode props = o.putArray("properties");
        for (Map.Entry<String, JcrValue> p : t.properties().entrySet()) {
            if (!metadata && (p.getKey().startsWith("mgnl:") || p.getKey().startsWith("jcr:"))) continue;
            ObjectNode j = props.addObject().put("name", p.getKey()).put("type", p.getValue().typeName()).put("multiple", p.getValue().multiple());
            p.getValue().values().forEach(j.putArray("values")::add);
        }
        if (depth > 0) {
            ArrayNode nodes = o.putArray("nodes");
            for (JcrTree c : t.children()) nodes.add(write(c, (path.equals("/") ? "" : path) + "/" + c.name(), depth - 1, metadata));
        }
        return o;
    }

    static JcrTree tree(JsonNode j) {
        if (!j.isObject() || !j.path("name").isTextual() || !j.path("type").isTextual()) {
            throw bad("a node is {name, type, properties?: [{name, type, multiple?, values}], nodes?: [...]}");
        }
        return new JcrTree(j.get("name").asText(), j.get("type").asText(), List.of(), j.path("identifier").asText(""),
                properties(j.path("properties")), children(j.path("nodes")));
    }

    static Map<String, JcrValue> properties(JsonNode props) {
        Map<String, JcrValue> out = new LinkedHashMap<>();
        if (props.isMissingNode() || props.isNull()) return out;
        if (!props.isArray()) throw bad("properties is a list of {name, type, multiple, values}");
        for (JsonNode p : props) {
            if (!p.path("name").isTextual() || !p.path("values").isArray()) throw bad("each property has a name and a list of values");
            int type;
            try {
                type = PropertyType.valueFromName(p.path("type").asText("String"));
            } catch (IllegalArgumentException e) {
                throw bad("property " + p.get("name").asText() + " has an unknown type '" + p.path("type").asText() + "'");
            }
            List<String> values = new ArrayList<>();
            p.get("values").forEach(v -> values.add(v.asText()));
            boolean multiple = p.path("multiple").asBoolean(false);
            if (!multiple && values.size() != 1) throw bad("property " + p.get("name").asText() + " is single-valued: one value");
            out.put(p.get("name").asText(), new JcrValue(type, values, multiple));
        }
        return out;
    }

    private static List<JcrTree> children(JsonNode nodes) {
        List<JcrTree> out = new ArrayList<>();
        if (nodes.isArray()) nodes.forEach(n -> out.add(tree(n)));
        return out;
    }

    private static InncoException bad(String message) {
        return InncoException.badRequest(ErrorCode.WORKSPACE_008, "Malformed node: " + message + ".");
    }
}
