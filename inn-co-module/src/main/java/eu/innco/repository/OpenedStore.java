package eu.innco.repository;

import org.apache.jackrabbit.oak.spi.state.NodeStore;

/** A node store and what releases it (file locks, connection pools, background threads). */
interface OpenedStore extends AutoCloseable {
    NodeStore nodeStore();

    /** Makes what is committed survive a crash now, not at the store's next periodic flush. */
    default void flush() {}

    @Override
    void close();
}
