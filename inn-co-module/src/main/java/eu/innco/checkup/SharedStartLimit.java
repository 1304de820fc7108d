package eu.innco.checkup;

import eu.innco.repository.ContentRepository;
import eu.innco.repository.NodeTypes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * How many check-ups one client address may start in an hour ({@code 0}: no limit), counted in the
 * repository so that every server of a cluster enforces one limit. The hour is six ten-minute
 * slots. Like reach counts, each server writes only below its own node
 * ({@code checkup-starts/<writer>/<slot>/<address hash>}) and reads the sum over all writers, so
 * servers never change the same node. The address is kept only as a hash salted per writer and slot,
 * and a slot is deleted once it has left the hour: nothing about an address lasts longer than that.
 * Another server's starts are seen once Oak's background read has brought them (about a second).
 */
public final class SharedStartLimit {
    static final String FOLDER = "checkup-starts";
    private static final long SLOT_MINUTES = 10;
    private static final int SLOTS = 6;
    private final ContentRepository repository;
    private final int perHour;
    private final Clock clock;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SharedStartLimit.class);
    private final String writer = "w-" + UUID.randomUUID();

    public SharedStartLimit(ContentRepository repository, int perHour, Clock clock) {
        this.repository = repository;
        this.perHour = perHour;
        this.clock = clock;
    }

    /** Counts a start; empty when it may go on, else how long until enough starts leave the hour (then not counted). */
    public Optional<Duration> attempt(String address) {
        if (perHour <= 0) return Optional.empty();
        long slot = slot();
        Optional<Duration> wait = repository.read(s -> refusal(counts(s, address, slot), slot));
        if (wait.isPresent()) return wait;
        boolean newSlot = repository.write(s -> {
            Node own = child(NodeTypes.systemFolder(s, FOLDER), writer);
            boolean fresh = !own.hasNode(Long.toString(slot));
            Node current = fresh ? newSlot(own, slot) : own.getNode(Long.toString(slot));
            String h = hash(current.getProperty("salt").getString(), address);
            long n = current.hasProperty(h) ? current.getProperty(h).getLong() : 0;
            current.setProperty(h, n + 1);
            return fresh;
        });
        if (newSlot) {
            try {
                forgetStoppedWriters();
            } catch (RuntimeException e) {
                LOG.info("stopped servers' check-up start counts not tidied yet: {}", e.toString());
            }
        }
        return Optional.empty();
    }

    /** The starts of this address that every server counted in the hour, as this server sees them now. */
    public long startsInTheHour(String address) {
        long[] c = repository.read(s -> counts(s, address, slot()));
        long sum = 0;
        for (long n : c) sum += n;
        return sum;
    }

    private long slot() {
        return Math.floorDiv(clock.millis(), SLOT_MINUTES * 60_000);
    }

    private static long[] counts(Session s, String address, long slot) throws RepositoryException {
        long[] c = new long[SLOTS];
        String path = "/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER;
        if (!s.nodeExists(path)) return c;
        for (NodeIterator writers = s.getNode(path).getNodes(); writers.hasNext(); ) {
            Node w = writers.nextNode();
            for (int i = 0; i < SLOTS; i++) {
                String name = Long.toString(slot - SLOTS + 1 + i);
                if (!w.hasNode(name)) continue;
                Node n = w.getNode(name);
                String h = hash(n.getProperty("salt").getString(), address);
                if (n.hasProperty(h)) c[i] += n.getProperty(h).getLong();
            }
        }
        return c;
    }

    /** Empty while the hour holds fewer than the limit; else the time until the oldest slots have left it. */
    private Optional<Duration> refusal(long[] c, long slot) {
        long sum = 0;
        for (long n : c) sum += n;
        for (int i = 0; sum >= perHour && i < SLOTS; i++) {
            sum -= c[i];
            if (sum < perHour) {
                long leavesAt = (slot - SLOTS + 1 + i + SLOTS) * SLOT_MINUTES * 60_000;
                return Optional.of(Duration.ofMillis(Math.max(1_000, leavesAt - clock.millis())));
            }
        }
        return Optional.empty();
    }

    /** A new slot of this writer, with its own salt; this writer's slots that left the hour go, and so do writers idle past it. */
    private Node newSlot(Node own, long slot) throws RepositoryException {
        for (NodeIterator it = own.getNodes(); it.hasNext(); ) {
            Node old = it.nextNode();
            if (Long.parseLong(old.getName()) <= slot - SLOTS) old.remove();
        }
        Node n = own.addNode(Long.toString(slot), "innco:folder");
        n.setProperty("salt", CheckupKeys.newSecret());
        return n;
    }

    /**
     * Removes the nodes of writers that counted nothing in the hour (servers stopped since); run apart
     * from a start, so that two servers tidying at once can only fail the tidying, never a start.
     */
    public void forgetStoppedWriters() {
        long oldest = slot() - SLOTS + 1;
        repository.write(s -> {
            String path = "/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER;
            if (!s.nodeExists(path)) return null;
            for (NodeIterator writers = s.getNode(path).getNodes(); writers.hasNext(); ) {
                Node w = writers.nextNode();
                if (w.getName().equals(writer)) continue;
                boolean recent = false;
                for (NodeIterator slots = w.getNodes(); slots.hasNext(); ) recent |= Long.parseLong(slots.nextNode().getName()) >= oldest;
                if (!recent) w.remove();
            }
            return null;
        });
    }

    private static Node child(Node parent, String name) throws RepositoryException {
        return parent.hasNode(name) ? parent.getNode(name) : parent.addNode(name, "innco:folder");
    }

    private static String hash(String salt, String address) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((salt + "\u0000" + address).getBytes(StandardCharsets.UTF_8));
            return "h" + HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
