package eu.innco.delivery;

import eu.innco.repository.Checkpoints;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.jackrabbit.oak.spi.state.NodeState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ties the delivery index to a repository checkpoint, so that a start needs no walk of every
 * published item. Invariant: the index holds every publication up to the checkpoint it records in
 * its commit data. A checkpoint is taken before what it covers is checked, and recorded only once
 * each snapshot that changed since the previous one is in the index (its state hash compared, the
 * item rendered again when it differs), so a publication whose index update was lost (a crash
 * between the repository's commit and the index's, another server's publication while this one was
 * down) is caught up at the next start, or the next advance, from Oak's diff alone.
 */
final class IndexCheckpoints {
    private static final Logger LOG = LoggerFactory.getLogger(IndexCheckpoints.class);
    /** A server stopped for longer finds its checkpoint gone and checks the slow way; a crashed one's is released at its next start. */
    static final Duration LIFETIME = Duration.ofDays(7);
    static final String TAG = "innco.delivery-index";
    /** When a checkpoint was taken (epoch milliseconds): Oak keeps its expiry, but does not say it. */
    static final String TAKEN = "innco.taken";
    /** A start reuses a checkpoint at most this old: one never runs out while a quiet server restarts now and then. */
    static final Duration REUSED_AT_MOST = LIFETIME.dividedBy(2);

    private final Checkpoints checkpoints;
    private final DeliveryIndex index;
    private final EndpointRegistry endpoints;
    private volatile String matched;

    IndexCheckpoints(Checkpoints checkpoints, DeliveryIndex index, EndpointRegistry endpoints) {
        this.checkpoints = checkpoints;
        this.index = index;
        this.endpoints = endpoints;
        this.matched = index.committedCheckpoint();
    }

    /** A new checkpoint of the head, tagged with this index; empty when the store cannot make one now. */
    Optional<String> take() {
        try {
            return Optional.of(checkpoints.create(LIFETIME, Map.of(TAG, index.owner(), TAKEN, Long.toString(System.currentTimeMillis()))));
        } catch (RuntimeException e) {
            LOG.warn("no repository checkpoint for the delivery index: {}", e.toString());
            return Optional.empty();
        }
    }

    /** The checkpoint the index is known to hold everything of (empty before the first one). */
    String matched() { return matched; }

    /** True when nothing was published, nor any plain workspace changed, since the matched checkpoint (or it is gone: then the caller finds out). */
    boolean unchangedSinceMatched() {
        Optional<NodeState> base = checkpoints.retrieve(matched);
        NodeState head = checkpoints.head();
        return base.isPresent() && base.get().getChildNode(eu.innco.publishing.LiveTree.ROOT).equals(head.getChildNode(eu.innco.publishing.LiveTree.ROOT))
                && plainWorkspaces(base.get()).equals(plainWorkspaces(head));
    }

    /**
     * True when a start may keep the matched checkpoint rather than take a new one: nothing changed
     * since it, and it is recent enough to outlive a long stop. Taking one writes to the store (a new
     * tar file per start in a segment store, each one opened by every later start), so a restart
     * that changed nothing leaves the store as it found it.
     */
    boolean reusableAtStart() {
        Map<String, String> info = checkpoints.info(matched);
        return recent(info, System.currentTimeMillis()) && unchangedSinceMatched();
    }

    /** Whether a checkpoint with this information was taken less than {@link #REUSED_AT_MOST} before {@code now}. */
    static boolean recent(Map<String, String> info, long now) {
        try {
            long taken = Long.parseLong(info.getOrDefault(TAKEN, ""));
            return taken <= now && now - taken < REUSED_AT_MOST.toMillis();
        } catch (NumberFormatException e) { // taken before checkpoints said when: renewed once
            return false;
        }
    }

    /**
     * The workspaces no content type declares whose trees differ between the checkpoints (an import
     * or a nodes API write, here or on another server): items embedding their nodes are rendered
     * again. Empty when either checkpoint is gone.
     */
    Optional<java.util.Set<String>> plainChangedBetween(String from, String to) {
        Optional<NodeState> before = checkpoints.retrieve(from);
        Optional<NodeState> after = checkpoints.retrieve(to);
        if (before.isEmpty() || after.isEmpty()) return Optional.empty();
        NodeState was = plainWorkspaces(before.get());
        NodeState is = plainWorkspaces(after.get());
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String name : is.getChildNodeNames()) if (!is.getChildNode(name).equals(was.getChildNode(name))) out.add(name);
        for (String name : was.getChildNodeNames()) if (!is.hasChildNode(name)) out.add(name);
        return Optional.of(out);
    }

    private static NodeState plainWorkspaces(NodeState root) {
        return root.getChildNode(eu.innco.repository.NodeTypes.SYSTEM_ROOT).getChildNode("workspaces");
    }

    /**
     * The items (type and id) whose snapshot changed from checkpoint {@code from} to {@code to} and
     * whose document in the index differs from the snapshot at {@code to}; empty when either
     * checkpoint is gone, so that the caller checks the slow way.
     */
    Optional<List<String[]>> staleBetween(String from, String to) {
        Optional<NodeState> before = checkpoints.retrieve(from);
        Optional<NodeState> after = checkpoints.retrieve(to);
        if (before.isEmpty() || after.isEmpty()) return Optional.empty();
        List<String[]> stale = new ArrayList<>();
        for (LiveChanges.Item item : LiveChanges.between(before.get(), after.get())) {
            if (differs(item)) stale.add(new String[] {item.type(), item.id()});
        }
        return Optional.of(stale);
    }

    private boolean differs(LiveChanges.Item item) {
        for (EndpointDefinition ep : endpoints.forType(item.type())) {
            boolean shown = ep.covers(item.path()) && !item.locales().isEmpty();
            OptionalLong expected = shown ? OptionalLong.of(IndexState.hash(item.id(), item.version(), item.locales())) : OptionalLong.empty();
            if (!expected.equals(index.indexedState(ep.name(), item.id()))) return true;
        }
        return false;
    }

    /**
     * Records that the index (as staged now) holds everything up to {@code checkpoint}: every later
     * commit says so. Call {@link #releaseOthers} once such a commit is made.
     */
    void matchedUpTo(String checkpoint) {
        matched = checkpoint;
        index.matches(checkpoint);
    }

    /** Releases a checkpoint that was taken but could not be recorded. */
    void release(String checkpoint) {
        try {
            checkpoints.release(checkpoint);
        } catch (RuntimeException e) {
            LOG.debug("checkpoint {} not released yet: {}", checkpoint, e.toString());
        }
    }

    /** Releases this index's other checkpoints (the one it replaced, any left by a crash). */
    void releaseOthers() {
        try {
            for (String id : checkpoints.tagged(TAG, index.owner())) {
                if (!id.equals(matched)) checkpoints.release(id);
            }
        } catch (RuntimeException e) {
            LOG.debug("old delivery index checkpoints not released yet: {}", e.toString());
        }
    }
}
