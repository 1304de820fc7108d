package eu.innco.workspace;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The line of each node in the export file it was read from (its {@code <sv:node>}; in YAML, where
 * its properties start), so that what is wrong with a node
 * later (an item's value, say) can be reported at its place in that file. Kept apart from
 * {@link JcrTree}, whose nodes are values (two equal nodes may sit on different lines).
 */
public final class NodeLines {
    private final Map<JcrTree, Integer> lines = new IdentityHashMap<>();

    void put(JcrTree node, int line) {
        lines.put(node, line);
    }

    /** The node's line, 0 when it was not read from a file. */
    public int line(JcrTree node) {
        return lines.getOrDefault(node, 0);
    }
}
