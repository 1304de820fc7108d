package eu.innco.repository;

import org.apache.jackrabbit.oak.api.CommitFailedException;
import org.apache.jackrabbit.oak.spi.state.NodeBuilder;

/**
 * Work done on the node store's own tree, below JCR: a builder of the latest root that the
 * repository merges afterwards (see {@link ContentRepository#saveNodes}). For hot, simple writes of
 * the product's own system nodes only; content goes through JCR sessions.
 */
@FunctionalInterface
public interface NodeWork<T> {
    T run(NodeBuilder root) throws CommitFailedException;
}
