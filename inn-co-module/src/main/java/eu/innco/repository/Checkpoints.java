package eu.innco.repository;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jackrabbit.oak.spi.state.NodeState;
import org.apache.jackrabbit.oak.spi.state.NodeStore;

/**
 * Oak checkpoints of the repository's store: a named, retained root state. A projection kept beside
 * the repository (the delivery index) remembers the checkpoint it is known to match; at the next
 * start Oak's diff from that state to the head tells what changed since, which costs what changed
 * rather than a walk of everything. On the shared PostgreSQL store checkpoints are shared by the
 * servers, so each one is tagged with its owner and only its owner releases it.
 */
public final class Checkpoints {
    private final ContentRepository repository;

    Checkpoints(ContentRepository repository) {
        this.repository = repository;
    }

    /**
     * A checkpoint of the head, kept at most {@code lifetime}, made durable before it is returned
     * (so that what refers to it never outlives it in a crash).
     */
    public String create(Duration lifetime, Map<String, String> tags) {
        return repository.onStore(store -> {
            String id = store.nodeStore().checkpoint(lifetime.toMillis(), tags);
            store.flush();
            return id;
        });
    }

    /** The root state of a checkpoint; empty when it expired, was released, or belongs to another repository. */
    public Optional<NodeState> retrieve(String id) {
        return read(id, (store, cp) -> Optional.ofNullable(store.retrieve(cp)), Optional.empty());
    }

    /** The tags of a checkpoint; empty when it is gone (or {@code id} is blank). */
    public Map<String, String> info(String id) {
        return read(id, (store, cp) -> Map.copyOf(store.checkpointInfo(cp)), Map.of());
    }

    private <T> T read(String id, java.util.function.BiFunction<NodeStore, String, T> reading, T none) {
        if (id == null || id.isBlank()) return none;
        return repository.onStore(store -> {
            try {
                return reading.apply(store.nodeStore(), id);
            } catch (IllegalArgumentException e) { // not a checkpoint id of this kind of store
                return none;
            }
        });
    }

    /** The store's current root state. */
    public NodeState head() {
        return repository.onStore(store -> store.nodeStore().getRoot());
    }

    public void release(String id) {
        repository.onStore(store -> store.nodeStore().release(id));
    }

    /** The checkpoints carrying the tag {@code key=value}. */
    public List<String> tagged(String key, String value) {
        return repository.onStore(store -> {
            NodeStore ns = store.nodeStore();
            List<String> out = new ArrayList<>();
            for (String id : ns.checkpoints()) {
                if (value.equals(ns.checkpointInfo(id).get(key))) out.add(id);
            }
            return out;
        });
    }

}
