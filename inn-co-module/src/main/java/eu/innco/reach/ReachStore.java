package eu.innco.reach;

import eu.innco.repository.ContentRepository;
import eu.innco.repository.NodeTypes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

/**
 * Daily counts in the repository, safe when several servers share one store: each server writes
 * only below its own node ({@code reach/<day>/<writer>/<key hash>}), so no two servers ever change
 * the same node and Oak never sees a conflict; figures are the sum over every writer at read time.
 * The writer name is new at each start, so a restart never needs to know what it wrote before.
 */
public final class ReachStore {
    static final String FOLDER = "reach";
    private final ContentRepository repository;
    private final String writer;

    public ReachStore(ContentRepository repository, String writer) {
        this.repository = repository;
        this.writer = writer;
    }

    /** Adds drained counts to this writer's nodes, in one commit. */
    public void add(Map<LocalDate, Map<ReachKey, Long>> counts) {
        if (counts.isEmpty()) return;
        repository.write(s -> {
            Node root = NodeTypes.systemFolder(s, FOLDER);
            for (var day : counts.entrySet()) {
                Node d = child(child(root, day.getKey().toString()), writer);
                for (var e : day.getValue().entrySet()) {
                    String name = hash(e.getKey());
                    if (d.hasNode(name)) {
                        Node n = d.getNode(name);
                        n.setProperty("count", n.getProperty("count").getLong() + e.getValue());
                    } else {
                        Node n = d.addNode(name, "innco:folder");
                        ReachKey k = e.getKey();
                        n.setProperty("kind", k.kind());
                        n.setProperty("path", k.path());
                        n.setProperty("locale", k.locale());
                        n.setProperty("campaign", k.campaign());
                        n.setProperty("referrer", k.referrer());
                        n.setProperty("count", e.getValue());
                    }
                }
            }
            return null;
        });
    }

    /** Every count of the days from {@code from} to {@code to} (both included), summed over the writers. */
    public List<ReachRow> read(LocalDate from, LocalDate to) {
        return repository.read(s -> {
            List<ReachRow> rows = new ArrayList<>();
            if (!s.nodeExists("/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER)) return rows;
            Node root = s.getNode("/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER);
            Map<ReachKey, Long> sums = new java.util.HashMap<>();
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                if (!root.hasNode(day.toString())) continue;
                sums.clear();
                for (NodeIterator writers = root.getNode(day.toString()).getNodes(); writers.hasNext(); ) {
                    for (NodeIterator keys = writers.nextNode().getNodes(); keys.hasNext(); ) {
                        Node n = keys.nextNode();
                        sums.merge(new ReachKey(text(n, "kind"), text(n, "path"), text(n, "locale"), text(n, "campaign"), text(n, "referrer")),
                                n.getProperty("count").getLong(), Long::sum);
                    }
                }
                for (var e : sums.entrySet()) rows.add(new ReachRow(day, e.getKey(), e.getValue()));
            }
            return rows;
        });
    }

    private static Node child(Node parent, String name) throws RepositoryException {
        return parent.hasNode(name) ? parent.getNode(name) : parent.addNode(name, "innco:folder");
    }

    private static String text(Node n, String property) throws RepositoryException {
        return n.hasProperty(property) ? n.getProperty(property).getString() : "";
    }

    /** A node name for a key: the same key always lands on the same node of a writer. */
    static String hash(ReachKey k) {
        try {
            String text = String.join("\u0000", k.kind(), k.path(), k.locale(), k.campaign(), k.referrer());
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
