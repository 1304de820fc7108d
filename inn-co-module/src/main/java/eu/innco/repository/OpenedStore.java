package eu.innco.repository;

import org.apache.jackrabbit.oak.spi.state.NodeStore;

/** A node store and what releases it (file locks, connection pools, background threads). */
interface OpenedStore extends AutoCloseable {
    NodeStore nodeStore();

    @Override
    void close();
}
