package eu.innco.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node of a Magnolia export as it travels between the file formats and the repository: its
 * name, primary type, mixins, identifier ("" when the export has none), properties in the file's
 * order and children in their order. The {@code jcr:primaryType}, {@code jcr:mixinTypes} and
 * {@code jcr:uuid} properties of the file are these fields, not entries of {@code properties}.
 */
public record JcrTree(String name, String primaryType, List<String> mixins, String uuid,
                      Map<String, JcrValue> properties, List<JcrTree> children) {
    public JcrTree {
        mixins = List.copyOf(mixins);
        properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        children = List.copyOf(children);
    }

    /** How many nodes this tree holds, itself included (imports are limited by it). */
    public int size() {
        return 1 + children.stream().mapToInt(JcrTree::size).sum();
    }
}
