package eu.innco.content;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * More work on an item's node in the same commit as its values (an asset's file and renditions), so
 * that the item and that work are saved together or not at all. It runs before the write hooks, which
 * see the whole; it may run again on fresh state after a concurrent change, so it must only touch the node.
 */
@FunctionalInterface
public interface NodeStep {
    NodeStep NONE = n -> {};

    void apply(Node item) throws RepositoryException;
}
