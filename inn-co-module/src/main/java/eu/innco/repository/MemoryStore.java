package eu.innco.repository;

import org.apache.jackrabbit.oak.plugins.memory.MemoryNodeStore;
import org.apache.jackrabbit.oak.spi.state.NodeStore;

/** Oak's in-memory node store. */
final class MemoryStore implements OpenedStore {
    private final MemoryNodeStore store = new MemoryNodeStore();

    @Override public NodeStore nodeStore() { return store; }

    @Override public void close() {}
}
