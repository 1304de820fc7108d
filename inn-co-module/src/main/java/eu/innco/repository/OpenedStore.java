package eu.innco.repository;

import eu.innco.ErrorCode;
import java.util.Optional;
import org.apache.jackrabbit.oak.spi.commit.Observable;
import org.apache.jackrabbit.oak.spi.state.NodeStore;

/** A node store and what releases it (file locks, connection pools, background threads). */
interface OpenedStore extends AutoCloseable {
    NodeStore nodeStore();

    /** The latest root, as {@code nodeStore().getRoot()} gives it; a store may have a cheaper way to the same state. */
    default org.apache.jackrabbit.oak.spi.state.NodeState head() { return nodeStore().getRoot(); }

    /** The store to observe when other servers write to it too; empty when only this one does. */
    default Optional<Observable> shared() { return Optional.empty(); }

    /** Makes what is committed survive a crash now, not at the store's next periodic flush. */
    default void flush() {}

    /** Copies what is committed into {@code target}, a new or empty folder, while the store goes on serving. */
    default void backup(java.nio.file.Path target) {
        throw eu.innco.InncoException.badRequest(ErrorCode.BACKUP_001,
                "'backup' copies the embedded segment store; back up a PostgreSQL store with pg_dump (see README), a memory store has nothing to keep.");
    }

    /**
     * True when a returned commit needs no {@link #flush}: the memory store has nothing to keep, and
     * PostgreSQL has committed its transaction when Oak's commit returns.
     */
    default boolean durableOnCommit() { return true; }

    @Override
    void close();
}
