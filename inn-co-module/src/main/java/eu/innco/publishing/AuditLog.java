package eu.innco.publishing;

import eu.innco.contenttype.field.Dates;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.NodeTypes;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

/**
 * The append-only record of every action: {@code /innco:system/audit/<yyyy>/<MM>/<dd>/<entry>}.
 * Entries are written in the same commit as the action they describe; nothing in the product
 * changes or removes them.
 */
public final class AuditLog {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong();
    private final ContentRepository repository;
    private final Clock clock;

    public AuditLog(ContentRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Adds an entry in the caller's session, to be saved with the action it describes. */
    public AuditEntry record(Session s, AuditEntry e) throws RepositoryException {
        Instant at = clock.instant();
        byte[] r = new byte[2];
        RANDOM.nextBytes(r);
        // the sequence keeps this server's entries of one millisecond in the order they were made
        String id = String.format("%013d-%08x-%s", at.toEpochMilli(), SEQUENCE.incrementAndGet() & 0xffffffffL, HexFormat.of().formatHex(r));
        ZonedDateTime z = at.atZone(ZoneOffset.UTC);
        Node day = folder(folder(folder(NodeTypes.systemFolder(s, "audit"), String.format("%04d", z.getYear())),
                String.format("%02d", z.getMonthValue())), String.format("%02d", z.getDayOfMonth()));
        Node n = day.addNode(id, "mgnl:contentNode");
        n.setProperty("at", Dates.calendar(at));
        n.setProperty("user", e.user());
        n.setProperty("action", e.action());
        n.setProperty("type", e.type());
        n.setProperty("item", e.itemId());
        n.setProperty("path", e.path());
        n.setProperty("locales", e.locales().toArray(String[]::new));
        if (e.version() != null) n.setProperty("version", e.version());
        n.setProperty("detail", e.detail().length() > 1000 ? e.detail().substring(0, 1000) : e.detail());
        AuditItems.write(n, e.items());
        return new AuditEntry(id, at, e.user(), e.action(), e.type(), e.itemId(), e.path(), e.locales(), e.version(), e.detail(), e.items());
    }

    /** Adds an entry in a commit of its own (login failures, refusals: nothing else is written). */
    public void recordNow(AuditEntry e) {
        repository.write(s -> record(s, e));
    }

    /** Entries matching the query, newest first, and how many match in all. */
    public AuditPage query(AuditQuery q) {
        return repository.read(s -> {
            List<AuditEntry> page = new ArrayList<>();
            int total = 0;
            String root = "/" + NodeTypes.SYSTEM_ROOT + "/audit";
            if (!s.nodeExists(root)) return new AuditPage(q.offset(), q.limit(), 0, page);
            for (Node year : sortedDesc(s.getNode(root))) {
                for (Node month : sortedDesc(year)) {
                    for (Node day : sortedDesc(month)) {
                        for (Node n : sortedDesc(day)) {
                            AuditEntry e = read(n);
                            if (!q.matches(e)) continue;
                            if (total >= q.offset() && page.size() < q.limit()) page.add(e);
                            total++;
                        }
                    }
                }
            }
            return new AuditPage(q.offset(), q.limit(), total, page);
        });
    }

    private static List<Node> sortedDesc(Node parent) throws RepositoryException {
        List<Node> out = new ArrayList<>();
        for (NodeIterator it = parent.getNodes(); it.hasNext(); ) out.add(it.nextNode());
        out.sort(Comparator.comparing(AuditLog::name).reversed());
        return out;
    }

    private static String name(Node n) {
        try {
            return n.getName();
        } catch (RepositoryException e) {
            return "";
        }
    }

    private static AuditEntry read(Node n) throws RepositoryException {
        List<String> locales = new ArrayList<>();
        for (Value v : n.getProperty("locales").getValues()) locales.add(v.getString());
        return new AuditEntry(n.getName(), n.getProperty("at").getDate().toInstant(), n.getProperty("user").getString(),
                n.getProperty("action").getString(), n.getProperty("type").getString(), n.getProperty("item").getString(),
                n.getProperty("path").getString(), locales, n.hasProperty("version") ? n.getProperty("version").getLong() : null,
                n.getProperty("detail").getString(), AuditItems.read(n));
    }

    private static Node folder(Node parent, String name) throws RepositoryException {
        return parent.hasNode(name) ? parent.getNode(name) : parent.addNode(name, "innco:folder");
    }

    /** A page of the audit log. */
    public record AuditPage(int offset, int limit, int total, List<AuditEntry> entries) {}

    static List<String> list(String... s) {
        return Arrays.asList(s);
    }
}
