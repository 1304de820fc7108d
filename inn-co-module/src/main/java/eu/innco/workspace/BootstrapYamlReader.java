package eu.innco.workspace;

import eu.innco.yaml.YamlNode;
import eu.innco.yaml.YamlReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.jcr.PropertyType;

/**
 * Reads Magnolia's YAML export and bootstrap files ({@code website.travel.yaml}): each top-level
 * key is a node; inside a node a mapping is a child node, a list is a multi-valued property and a
 * scalar a property. As in Magnolia, an unquoted date-time is a Date, {@code true}/{@code false}
 * a Boolean and a whole number a Long; anything quoted is a String. A node without
 * {@code jcr:primaryType} is an {@code mgnl:contentNode}, Magnolia's default.
 */
public final class BootstrapYamlReader {
    static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");
    static final Pattern LONG = Pattern.compile("-?\\d{1,18}");
    static final Pattern DOUBLE = Pattern.compile("-?\\d+\\.\\d+([eE][-+]?\\d+)?");

    private BootstrapYamlReader() {}

    public static List<JcrTree> read(Reader in, String label) {
        return read(in, label, new NodeLines());
    }

    /** {@link #read(Reader, String)}, telling {@code lines} where each node starts. */
    public static List<JcrTree> read(Reader in, String label, NodeLines lines) {
        YamlNode root = YamlReader.read(in, label);
        if (!root.isMapping() || root.entries().isEmpty()) {
            throw SystemViewReader.problem(root.location(), "a Magnolia YAML export is a mapping of node names to nodes");
        }
        List<JcrTree> out = new ArrayList<>();
        root.entries().forEach((name, n) -> out.add(node(name, n, lines)));
        return out;
    }

    private static JcrTree node(String name, YamlNode n, NodeLines lines) {
        if (!n.isMapping()) throw SystemViewReader.problem(n.location(), "node '" + name + "' must be a mapping of properties and child nodes");
        String primary = "mgnl:contentNode";
        List<String> mixins = new ArrayList<>();
        String uuid = "";
        Map<String, JcrValue> props = new LinkedHashMap<>();
        List<JcrTree> children = new ArrayList<>();
        for (Map.Entry<String, YamlNode> e : n.entries().entrySet()) {
            String key = e.getKey();
            YamlNode v = e.getValue();
            if (v.isMapping()) {
                children.add(node(key, v, lines));
            } else if (key.equals("jcr:primaryType")) {
                primary = scalar(key, v);
            } else if (key.equals("jcr:mixinTypes")) {
                if (v.isSequence()) v.items().forEach(i -> mixins.add(scalar(key, i)));
                else mixins.add(scalar(key, v));
            } else if (key.equals("jcr:uuid")) {
                uuid = scalar(key, v);
            } else if (v.isSequence()) {
                List<JcrValue> items = v.items().stream().map(i -> value(key, i)).toList();
                int type = items.stream().map(JcrValue::type).distinct().count() == 1 ? items.get(0).type() : PropertyType.STRING;
                props.put(key, new JcrValue(type, items.stream().map(JcrValue::first).toList(), true));
            } else if (!v.isNull()) {
                props.put(key, value(key, v));
            }
        }
        JcrTree tree = new JcrTree(name, primary, mixins, uuid, props, children);
        lines.put(tree, n.line());
        return tree;
    }

    private static JcrValue value(String key, YamlNode v) {
        String s = scalar(key, v);
        if (v.quoted()) return JcrValue.single(PropertyType.STRING, s);
        if (DATE.matcher(s).matches()) return JcrValue.single(PropertyType.DATE, s);
        if (s.equals("true") || s.equals("false")) return JcrValue.single(PropertyType.BOOLEAN, s);
        if (LONG.matcher(s).matches()) return JcrValue.single(PropertyType.LONG, s);
        if (DOUBLE.matcher(s).matches()) return JcrValue.single(PropertyType.DOUBLE, s);
        return JcrValue.single(PropertyType.STRING, s);
    }

    private static String scalar(String key, YamlNode v) {
        if (!v.isScalar()) throw SystemViewReader.problem(v.location(), "'" + key + "' must be a single value");
        return v.text();
    }
}
