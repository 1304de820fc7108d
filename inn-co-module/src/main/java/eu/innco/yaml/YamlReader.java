package eu.innco.yaml;

import eu.innco.ErrorCode;
import eu.innco.FieldError;
import eu.innco.InncoException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Parses YAML text into {@link YamlNode}s with line numbers; a syntax error names file and line. */
public final class YamlReader {
    /**
     * Values a document may expand to: aliases are copied where they are used, so a few of them over
     * a large anchor would otherwise multiply a file that passed the size limit into gigabytes.
     */
    static final int MAX_VALUES = 1_000_000;
    /** Levels of lists and mappings a document may nest: far more than any definition needs, far less than the stack holds. */
    static final int MAX_DEPTH = 200;

    private YamlReader() {}

    public static YamlNode read(Path file, String label) {
        return read(file, label, Integer.MAX_VALUE);
    }

    /** Reads a file whose every value must be at most {@code maxValueChars} long; a longer one is an error at its line. */
    public static YamlNode read(Path file, String label, int maxValueChars) {
        try {
            Optional<ParsedYaml> kept = ParsedYaml.active();
            if (kept.isEmpty()) {
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    return read(r, label, maxValueChars);
                }
            }
            byte[] bytes = Files.readAllBytes(file);
            return kept.get().tree(ParsedYaml.key(bytes, label, maxValueChars), label, () -> {
                // a decoder that reports malformed UTF-8, as newBufferedReader does, instead of replacing it
                try (Reader r = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder())) {
                    return read(r, label, maxValueChars);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw unreadable(label, e.getCause());
        } catch (IOException e) {
            throw unreadable(label, e);
        }
    }

    private static InncoException unreadable(String label, IOException e) {
        return new InncoException(ErrorCode.YAML_002, "Unreadable file",
                "Cannot read " + label + ": " + e.getMessage(), List.of(new FieldError(label, e.getMessage())), e);
    }

    public static YamlNode read(String text, String label) {
        return read(new StringReader(text), label);
    }

    public static YamlNode read(Reader reader, String label) {
        return read(reader, label, Integer.MAX_VALUE);
    }

    private static YamlNode read(Reader reader, String label, int maxValueChars) {
        LoadSettings settings = LoadSettings.builder().setLabel(label).setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(20).setCodePointLimit(16 * 1024 * 1024).build();
        try {
            Optional<Node> root = new Compose(settings).composeReader(reader);
            Walk walk = new Walk(label, maxValueChars);
            return root.map(walk::convert).orElse(YamlNode.nullNode(label, 1));
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(1);
            String where = label + ":" + line;
            String what = e.getProblem() == null ? e.getMessage() : e.getProblem();
            throw syntax(where, what, e);
        } catch (YamlEngineException e) {
            throw syntax(label, e.getMessage(), e);
        }
    }

    private static InncoException syntax(String where, String what, Exception cause) {
        return new InncoException(ErrorCode.YAML_001, "Broken YAML",
                "Broken YAML at " + where + ": " + what, List.of(new FieldError(where, what)), cause);
    }

    /**
     * One document's conversion. Aliases are copied where they are used, so the walk bounds what they
     * can make of a small file: at most {@link #MAX_VALUES} values, at most {@link #MAX_DEPTH} levels,
     * and no collection inside itself (an anchor whose own value uses its alias would never end).
     */
    private static final class Walk {
        private final String label;
        private final int maxValueChars;
        private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
        private int budget = MAX_VALUES;

        Walk(String label, int maxValueChars) {
            this.label = label;
            this.maxValueChars = maxValueChars;
        }

        YamlNode convert(Node node) {
            int line = node.getStartMark().map(Mark::getLine).orElse(0) + 1;
            if (--budget < 0) {
                throw syntax(label + ":" + line, "the document expands to more than " + MAX_VALUES
                        + " values (through aliases); write the values out or split the file", null);
            }
            if (node instanceof ScalarNode s) return scalar(s, line);
            if (!(node instanceof SequenceNode) && !(node instanceof MappingNode)) return YamlNode.nullNode(label, line);
            if (open.size() >= MAX_DEPTH) {
                throw syntax(label + ":" + line, "lists and mappings are nested more than " + MAX_DEPTH + " levels deep", null);
            }
            if (!open.add(node)) {
                throw syntax(label + ":" + line, "an alias is used inside the value of its own anchor", null);
            }
            try {
                return node instanceof SequenceNode seq ? sequence(seq, line) : mapping((MappingNode) node, line);
            } finally {
                open.remove(node);
            }
        }

        private YamlNode scalar(ScalarNode s, int line) {
            boolean quoted = s.getScalarStyle() != ScalarStyle.PLAIN;
            String v = s.getValue();
            if (v.length() > maxValueChars) {
                throw new InncoException(ErrorCode.YAML_003, "Value too long", "A value at " + label + ":" + line
                        + " is " + v.length() + " characters long; values may be at most " + maxValueChars + " characters.",
                        List.of(new FieldError(label + ":" + line, "the value is " + v.length() + " characters long; at most " + maxValueChars)), null);
            }
            if (!quoted && (v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL"))) {
                return YamlNode.nullNode(label, line);
            }
            return YamlNode.scalar(label, line, v, quoted);
        }

        private YamlNode sequence(SequenceNode seq, int line) {
            List<YamlNode> items = new ArrayList<>();
            for (Node item : seq.getValue()) items.add(convert(item));
            return YamlNode.sequence(label, line, items);
        }

        private YamlNode mapping(MappingNode map, int line) {
            LinkedHashMap<String, YamlNode> entries = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                Node key = t.getKeyNode();
                // a collection used as a key has no name of ours (and may hold an alias of itself)
                String k = key instanceof ScalarNode ks ? ks.getValue() : "(" + key.getNodeType().name().toLowerCase() + ")";
                entries.put(k, convert(t.getValueNode()));
            }
            return YamlNode.mapping(label, line, entries);
        }
    }
}
