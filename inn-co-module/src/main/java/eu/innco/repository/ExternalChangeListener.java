package eu.innco.repository;

import org.apache.jackrabbit.oak.spi.state.NodeState;

/**
 * Hears what other servers committed to the shared store: the repository's root as this server saw
 * it before and after, so that the listener diffs only the part it cares about.
 */
@FunctionalInterface
public interface ExternalChangeListener {
    void changed(NodeState before, NodeState after);
}
