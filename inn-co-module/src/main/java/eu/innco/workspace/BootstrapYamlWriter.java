package eu.innco.workspace;

import java.util.Map;
import javax.jcr.PropertyType;

/**
 * Writes trees in the YAML of Magnolia's export, which its import and bootstrap read back: keys
 * single-quoted, {@code jcr:primaryType} and {@code jcr:uuid} first, dates, booleans and numbers
 * unquoted (so that they keep their JCR type), every string quoted (so that none turns into a date
 * or a number on the way back), binaries as {@code !!binary}.
 */
public final class BootstrapYamlWriter {
    private BootstrapYamlWriter() {}

    public static String write(JcrTree tree) {
        StringBuilder out = new StringBuilder();
        node(out, tree, 0);
        return out.toString();
    }

    private static void node(StringBuilder out, JcrTree n, int depth) {
        String in = "  ".repeat(depth);
        out.append(in).append(quote(n.name())).append(":\n");
        String inner = in + "  ";
        out.append(inner).append("'jcr:primaryType': ").append(n.primaryType()).append('\n');
        if (!n.mixins().isEmpty()) {
            out.append(inner).append("'jcr:mixinTypes':\n");
            for (String m : n.mixins()) out.append(inner).append("  - ").append(m).append('\n');
        }
        if (!n.uuid().isEmpty()) out.append(inner).append("'jcr:uuid': ").append(n.uuid()).append('\n');
        for (Map.Entry<String, JcrValue> p : n.properties().entrySet()) {
            JcrValue v = p.getValue();
            out.append(inner).append(quote(p.getKey())).append(':');
            if (v.multiple()) {
                out.append(v.values().isEmpty() ? " []\n" : "\n");
                for (String s : v.values()) out.append(inner).append("  - ").append(scalar(v.type(), s)).append('\n');
            } else {
                out.append(' ').append(scalar(v.type(), v.first())).append('\n');
            }
        }
        for (JcrTree c : n.children()) node(out, c, depth + 1);
    }

    static String scalar(int type, String value) {
        return switch (type) {
            case PropertyType.DATE, PropertyType.BOOLEAN, PropertyType.LONG, PropertyType.DOUBLE -> value;
            case PropertyType.BINARY -> "!!binary " + value;
            default -> quote(value);
        };
    }

    /**
     * Single quotes (a quote inside doubled); a value with line breaks or other control characters
     * goes in double quotes with escapes instead, since a quoted value written over several lines
     * loses the spaces that begin and end its lines when it is read back.
     */
    static String quote(String s) {
        boolean control = s.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029 || c == 0x85);
        if (!control) return "'" + s.replace("'", "''") + "'";
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029 || c == 0x85) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
