package eu.innco.exchange;

import eu.innco.yaml.YamlNode;
import eu.innco.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The categories of offers and needs, in groups ({@code resources}, {@code skills}), read once at
 * start from {@code light-modules/inn-co/exchange/categories.yaml}, which editors extend; their
 * labels are the portal bundles' {@code exchange.category.<value>}.
 */
public final class Categories {
    private final Map<String, List<String>> groups;

    public Categories(Map<String, List<String>> groups) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        groups.forEach((g, vs) -> copy.put(g, List.copyOf(vs)));
        this.groups = java.util.Collections.unmodifiableMap(copy);
    }

    /** Reads {@code <lightModules>/inn-co/exchange/categories.yaml}; a value that is not letters stops the start with its line. */
    public static Categories load(Path lightModules) {
        Path file = lightModules.resolve("inn-co/exchange/categories.yaml");
        if (!Files.isRegularFile(file)) throw new IllegalStateException(file + ": the exchange's categories are missing");
        YamlNode root = YamlReader.read(file, "exchange/categories.yaml");
        Map<String, List<String>> groups = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, YamlNode> g : root.entries().entrySet()) {
            List<String> values = new ArrayList<>();
            for (YamlNode v : g.getValue().items()) {
                String s = v.isScalar() ? v.text() : "";
                if (!s.matches("[a-zA-Z]{1,50}")) errors.add(v.location() + ": a category is letters only (camelCase), found '" + s + "'");
                else if (groups.values().stream().anyMatch(l -> l.contains(s)) || values.contains(s)) errors.add(v.location() + ": '" + s + "' is listed twice");
                else values.add(s);
            }
            groups.put(g.getKey(), values);
        }
        if (!errors.isEmpty()) throw new IllegalStateException(String.join("\n", errors));
        return new Categories(groups);
    }

    /** The groups in the file's order, each with its values. */
    public Map<String, List<String>> groups() {
        return groups;
    }

    public boolean contains(String value) {
        return groups.values().stream().anyMatch(l -> l.contains(value));
    }
}
