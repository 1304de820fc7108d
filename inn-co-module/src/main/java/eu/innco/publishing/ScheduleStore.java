package eu.innco.publishing;

import eu.innco.contenttype.field.Dates;
import eu.innco.repository.NodeTypes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

/** Schedules under {@code /innco:system/schedules/<id>}: they survive restarts and are shared by all servers. */
final class ScheduleStore {
    static final java.time.Duration STALE_CLAIM = java.time.Duration.ofMinutes(10);
    /** The child of a schedule node holding the values it publishes. */
    static final String SNAPSHOT = "snapshot";

    /** Writes the values a schedule will publish. */
    @FunctionalInterface
    interface SnapshotStep {
        void write(Node snapshot) throws RepositoryException;
    }

    /** Where a schedule's snapshot is, for {@link PublishTarget#snapshot()}. */
    static String snapshotPath(String id) {
        return "/" + NodeTypes.SYSTEM_ROOT + "/schedules/" + id + "/" + SNAPSHOT;
    }

    Schedule create(Session s, String action, Instant at, String type, String itemId, List<String> locales, String releaseId,
                    String user, Instant now) throws RepositoryException {
        return create(s, action, at, type, itemId, locales, releaseId, user, now, null);
    }

    /**
     * With {@code snapshot}, which writes the values to publish under the schedule's {@link #SNAPSHOT}
     * node (null: the working copy at run time, as unpublications and releases do).
     */
    Schedule create(Session s, String action, Instant at, String type, String itemId, List<String> locales, String releaseId,
                    String user, Instant now, SnapshotStep snapshot) throws RepositoryException {
        String id = UUID.randomUUID().toString();
        Node n = NodeTypes.systemFolder(s, "schedules").addNode(id, "mgnl:contentNode");
        n.setProperty("action", action);
        n.setProperty("at", Dates.calendar(at));
        n.setProperty("type", type == null ? "" : type);
        n.setProperty("item", itemId == null ? "" : itemId);
        n.setProperty("locales", locales.toArray(String[]::new));
        n.setProperty("release", releaseId == null ? "" : releaseId);
        n.setProperty("createdBy", user);
        n.setProperty("created", Dates.calendar(now));
        n.setProperty("state", "pending");
        n.setProperty("result", "");
        if (snapshot != null) snapshot.write(n.addNode(SNAPSHOT, "mgnl:contentNode"));
        return read(n);
    }

    List<Schedule> all(Session s) throws RepositoryException {
        List<Schedule> out = new ArrayList<>();
        String path = "/" + NodeTypes.SYSTEM_ROOT + "/schedules";
        if (!s.nodeExists(path)) return out;
        for (NodeIterator it = s.getNode(path).getNodes(); it.hasNext(); ) out.add(read(it.nextNode()));
        out.sort(Comparator.comparing(Schedule::at).thenComparing(Schedule::created));
        return out;
    }

    Optional<Node> node(Session s, String id) throws RepositoryException {
        String path = "/" + NodeTypes.SYSTEM_ROOT + "/schedules/" + id;
        return id != null && id.matches("[0-9a-f-]{36}") && s.nodeExists(path) ? Optional.of(s.getNode(path)) : Optional.empty();
    }

    /**
     * Takes a pending schedule for one runner, so that it runs once even when the scheduler lease
     * changes hands in the middle of a round. Two servers claiming at once touch the same properties:
     * Oak lets one commit and the other retries and finds it taken. A claim older than
     * {@code STALE_CLAIM} is a crashed runner's leftover and may be taken again.
     */
    boolean claim(Node n, String runner, Instant now) throws RepositoryException {
        if (!"pending".equals(n.getProperty("state").getString())) return false;
        if (n.hasProperty("claimedBy") && !runner.equals(n.getProperty("claimedBy").getString())
                && n.getProperty("claimed").getDate().toInstant().isAfter(now.minus(STALE_CLAIM))) {
            return false;
        }
        n.setProperty("claimedBy", runner);
        n.setProperty("claimed", Dates.calendar(now));
        return true;
    }

    void finish(Node n, String state, String result, Instant at) throws RepositoryException {
        n.setProperty("state", state);
        n.setProperty("result", result.length() > 2000 ? result.substring(0, 2000) : result);
        n.setProperty("ranAt", Dates.calendar(at));
    }

    /** Cancels a pending schedule because its author may no longer run it. */
    void cancelForAuthor(Node n, String reason, Instant at) throws RepositoryException {
        finish(n, "cancelled", reason, at);
        n.setProperty("cancelledFor", "author");
    }

    static Schedule read(Node n) throws RepositoryException {
        List<String> locales = new ArrayList<>();
        for (Value v : n.getProperty("locales").getValues()) locales.add(v.getString());
        return new Schedule(n.getName(), n.getProperty("action").getString(), n.getProperty("at").getDate().toInstant(),
                n.getProperty("type").getString(), n.getProperty("item").getString(), locales, n.getProperty("release").getString(),
                n.getProperty("createdBy").getString(), n.getProperty("created").getDate().toInstant(), n.getProperty("state").getString(),
                n.getProperty("result").getString(), n.hasProperty("ranAt") ? n.getProperty("ranAt").getDate().toInstant() : null,
                n.hasNode(SNAPSHOT), false,
                n.hasProperty("cancelledFor") ? n.getProperty("cancelledFor").getString() : "");
    }
}
