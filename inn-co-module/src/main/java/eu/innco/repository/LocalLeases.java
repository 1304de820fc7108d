package eu.innco.repository;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Leases of a store no other server uses, held in memory. Only the process that holds the store's
 * lock can run its scheduled work, so there is nobody to arbitrate with across processes; writing the
 * lease to the store would cost a commit at every start and stop (a new tar file each start in a
 * segment store) and make a restart after a crash wait for its own previous lease to expire.
 * Within the process the rules are those of a lease in the store: the holder renews it, another
 * takes it only once it has expired or was given up.
 */
public final class LocalLeases {
    private record Held(String owner, Instant until) {}

    private final Map<String, Held> held = new HashMap<>();

    /** Takes or renews lease {@code name} until {@code until}; false when another owner's is still running at {@code now}. */
    public synchronized boolean acquire(String name, String owner, Instant now, Instant until) {
        Held h = held.get(name);
        if (h != null && !h.owner().equals(owner) && h.until().isAfter(now)) return false;
        held.put(name, new Held(owner, until));
        return true;
    }

    /** Gives lease {@code name} up, when {@code owner} holds it. */
    public synchronized void release(String name, String owner) {
        Held h = held.get(name);
        if (h != null && h.owner().equals(owner)) held.remove(name);
    }
}
