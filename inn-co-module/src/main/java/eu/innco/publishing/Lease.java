package eu.innco.publishing;

import eu.innco.contenttype.field.Dates;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.NodeTypes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.jcr.Node;

/**
 * A lease so that, when several servers share a store, only one runs scheduled work: the holder
 * renews it on every round; another takes it only after it has expired. In the shared store itself;
 * in memory ({@link eu.innco.repository.LocalLeases}) for a store only this process can open.
 */
public final class Lease {
    private final ContentRepository repository;
    private final String name;
    private final String owner;
    private final Duration length;
    private final Clock clock;

    public Lease(ContentRepository repository, String name, String owner, Duration length, Clock clock) {
        this.repository = repository;
        this.name = name;
        this.owner = owner;
        this.length = length;
        this.clock = clock;
    }

    /** Takes or renews the lease; false when another holder's lease is still running. */
    public boolean acquire() {
        Instant now = clock.instant();
        if (!repository.shared()) return repository.localLeases().acquire(name, owner, now, now.plus(length));
        return repository.write(s -> {
            Node leases = NodeTypes.systemFolder(s, "leases");
            Node n = leases.hasNode(name) ? leases.getNode(name) : leases.addNode(name, "mgnl:contentNode");
            String holder = n.hasProperty("owner") ? n.getProperty("owner").getString() : "";
            Instant until = n.hasProperty("until") ? n.getProperty("until").getDate().toInstant() : Instant.EPOCH;
            if (!holder.equals(owner) && until.isAfter(now)) return false;
            n.setProperty("owner", owner);
            n.setProperty("until", Dates.calendar(now.plus(length)));
            return true;
        });
    }

    /** Gives the lease up at shutdown, so that another server need not wait for it to expire. */
    public void release() {
        if (!repository.shared()) {
            repository.localLeases().release(name, owner);
            return;
        }
        repository.write(s -> {
            Node leases = NodeTypes.systemFolder(s, "leases");
            if (leases.hasNode(name) && owner.equals(leases.getNode(name).getProperty("owner").getString())) {
                leases.getNode(name).getProperty("until").setValue(Dates.calendar(Instant.EPOCH));
            }
            return null;
        });
    }

    public String owner() { return owner; }
}
