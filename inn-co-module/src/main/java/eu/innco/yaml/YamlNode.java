package eu.innco.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed YAML value that remembers the file and line it came from, so that every
 * definition error can say where it is. Mappings keep their key order.
 */
public final class YamlNode {
    /** The shape of a node. */
    public enum Kind { MAPPING, SEQUENCE, SCALAR, NULL }

    private final Kind kind;
    private final String source;
    private final int line;
    private final String scalar;
    private final boolean quoted;
    private final Map<String, YamlNode> mapping;
    private final List<YamlNode> sequence;

    private YamlNode(Kind kind, String source, int line, String scalar, boolean quoted,
                     Map<String, YamlNode> mapping, List<YamlNode> sequence) {
        this.kind = kind;
        this.source = source;
        this.line = line;
        this.scalar = scalar;
        this.quoted = quoted;
        this.mapping = mapping;
        this.sequence = sequence;
    }

    static YamlNode scalar(String source, int line, String value, boolean quoted) {
        return new YamlNode(Kind.SCALAR, source, line, value, quoted, Map.of(), List.of());
    }

    static YamlNode nullNode(String source, int line) {
        return new YamlNode(Kind.NULL, source, line, null, false, Map.of(), List.of());
    }

    static YamlNode mapping(String source, int line, LinkedHashMap<String, YamlNode> entries) {
        return new YamlNode(Kind.MAPPING, source, line, null, false, Collections.unmodifiableMap(entries), List.of());
    }

    static YamlNode sequence(String source, int line, List<YamlNode> items) {
        return new YamlNode(Kind.SEQUENCE, source, line, null, false, Map.of(), List.copyOf(items));
    }

    public Kind kind() { return kind; }
    public String source() { return source; }
    /** 1-based line of the node's start. */
    public int line() { return line; }
    public boolean isMapping() { return kind == Kind.MAPPING; }
    public boolean isSequence() { return kind == Kind.SEQUENCE; }
    public boolean isScalar() { return kind == Kind.SCALAR; }
    public boolean isNull() { return kind == Kind.NULL; }
    /** True when the scalar was written in quotes: "true" is then text, not a boolean. */
    public boolean quoted() { return quoted; }

    /** Where this node is, as people read it: {@code contentTypes/event.yaml:12}. */
    public String location() { return source + ":" + line; }

    public String text() {
        if (kind != Kind.SCALAR) throw new IllegalStateException("not a scalar at " + location());
        return scalar;
    }

    public Map<String, YamlNode> entries() { return mapping; }

    public List<YamlNode> items() { return sequence; }

    public Optional<YamlNode> get(String key) {
        return Optional.ofNullable(mapping.get(key));
    }

    /** The scalar under key, when present and a scalar. */
    public Optional<String> text(String key) {
        YamlNode n = mapping.get(key);
        return n != null && n.isScalar() ? Optional.of(n.scalar) : Optional.empty();
    }

    /** The items of a sequence under key, or an empty list. */
    public List<YamlNode> list(String key) {
        YamlNode n = mapping.get(key);
        if (n == null || !n.isSequence()) return List.of();
        return new ArrayList<>(n.sequence);
    }
}
