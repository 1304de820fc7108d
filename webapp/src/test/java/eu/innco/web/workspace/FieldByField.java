package eu.innco.web.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Compares two delivery answers field by field and lists every difference by its JSON path
 * ({@code /main/00/richText: expected "..." but was "..."}), so a test shows all of them at once.
 */
final class FieldByField {
    private FieldByField() {}

    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare("", expected, actual, out);
        return out;
    }

    private static void compare(String at, JsonNode e, JsonNode a, List<String> out) {
        if (a == null || a.isMissingNode()) {
            out.add(at + ": missing, expected " + e);
        } else if (e.isObject() && a.isObject()) {
            for (Iterator<String> it = e.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                compare(at + "/" + f, e.get(f), a.get(f), out);
            }
            for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!e.has(f)) out.add(at + "/" + f + ": not expected, was " + a.get(f));
            }
        } else if (e.isArray() && a.isArray() && e.size() == a.size()) {
            for (int i = 0; i < e.size(); i++) compare(at + "[" + i + "]", e.get(i), a.get(i), out);
        } else if (!e.equals(a)) {
            out.add(at + ": expected " + e + " but was " + a);
        }
    }

    /**
     * The shape Magnolia's delivery answers have, found in a real one: every node has string
     * {@code @name}, {@code @path}, {@code @id}, {@code @nodeType}; every other field is a string,
     * a list of strings or a child node; {@code @nodes} names the child nodes in their order; a
     * child's {@code @path} is its parent's plus its name. Returns what breaks it.
     */
    static List<String> shapeProblems(JsonNode node) {
        List<String> out = new ArrayList<>();
        shape(node, out);
        return out;
    }

    private static void shape(JsonNode n, List<String> out) {
        String at = n.path("@path").asText("?");
        for (String key : List.of("@name", "@path", "@id", "@nodeType")) {
            if (!n.path(key).isTextual()) out.add(at + ": " + key + " is not a string");
        }
        List<String> children = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            JsonNode v = n.get(f);
            if (f.startsWith("@")) continue;
            if (v.isObject()) {
                children.add(f);
                if (!v.path("@path").asText().equals(at + "/" + f)) out.add(at + "/" + f + ": @path is " + v.path("@path"));
                shape(v, out);
            } else if (!v.isTextual() && !(v.isArray() && allText(v))) {
                out.add(at + ": " + f + " is " + v.getNodeType() + ", not a string");
            }
        }
        List<String> listed = new ArrayList<>();
        n.path("@nodes").forEach(x -> listed.add(x.asText()));
        if (!n.path("@nodes").isArray() || !listed.equals(children)) out.add(at + ": @nodes " + listed + " but children " + children);
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode x : array) if (!x.isTextual()) return false;
        return true;
    }
}
