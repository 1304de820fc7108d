package eu.innco.repository;

import org.apache.jackrabbit.oak.api.CommitFailedException;
import org.apache.jackrabbit.oak.plugins.commit.ConflictValidatorProvider;
import org.apache.jackrabbit.oak.spi.commit.CommitHook;
import org.apache.jackrabbit.oak.spi.commit.CommitInfo;
import org.apache.jackrabbit.oak.spi.commit.EditorHook;
import org.apache.jackrabbit.oak.spi.state.NodeBuilder;

/**
 * A commit made on the node store directly, without a JCR session. A session's save runs every
 * hook Oak's JCR layer installs (name, namespace, node type and reference validators, version
 * hooks, the property, node type and counter index editors), each walking the change; on a check-up
 * answer that was most of its CPU (docs/benchmarks.md). Nodes written this way must need none of
 * them: the writer sets valid names and types itself, no property index of the product covers them
 * (those are on content: slugs, references), and nothing finds them by a query (Oak's node type
 * index and node counter do not see them; they are read by path). What stays is the conflict
 * check: a change rebased onto a head that changed the same nodes meanwhile is refused, and the
 * caller runs its work again on fresh state, as a session's save would be.
 */
final class NodeLevelCommit {
    private static final CommitHook CONFLICTS = new EditorHook(new ConflictValidatorProvider());

    private NodeLevelCommit() {}

    /**
     * Runs {@code work} on a builder of the latest root and merges it, again on fresh state when
     * another writer changed the same nodes first ({@link ConflictRetries}); the store's own
     * failures (a full disk, a fenced segment writer) come out as the refusals a session's would.
     */
    static <T> T save(OpenedStore store, NodeWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return run(store, work);
            } catch (CommitFailedException e) {
                if (!conflict(e)) throw ContentRepository.failure(e.asRepositoryException());
                if (attempt >= ConflictRetries.ATTEMPTS) throw ConflictRetries.gaveUp(e);
                ConflictRetries.backOff(attempt);
            } catch (eu.innco.InncoException e) {
                throw e;
            } catch (RuntimeException e) { // not wrapped as in a session
                throw eu.innco.repository.space.DiskSpace.refusal(e).orElseThrow(() -> e);
            }
        }
    }

    /** Runs {@code work} on a builder of the latest root and merges it; throws the merge's failure. */
    private static <T> T run(OpenedStore store, NodeWork<T> work) throws CommitFailedException {
        NodeBuilder root = store.head().builder();
        T result = work.run(root);
        store.nodeStore().merge(root, CONFLICTS, new CommitInfo(CommitInfo.OAK_UNKNOWN, "innco-system"));
        return result;
    }

    /** True for a failure that a fresh attempt can cure: another writer changed the same nodes first. */
    private static boolean conflict(CommitFailedException e) {
        return e.isOfType(CommitFailedException.STATE) || e.isOfType(CommitFailedException.MERGE);
    }
}
