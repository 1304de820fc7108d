package eu.innco.mail;

import eu.innco.contenttype.field.Dates;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.NodeTypes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

/** The outbox's messages in the repository: {@code /innco:system/outbox/<id>}, removed once sent. */
final class OutboxStore {
    static final String FOLDER = "outbox";
    private final ContentRepository repository;

    OutboxStore(ContentRepository repository) {
        this.repository = repository;
    }

    /** A stored message with its sending state. */
    record Stored(String id, MailMessage message, int attempts, Instant due, String state) {}

    void add(String id, MailMessage m, Instant now) {
        // forced to disk: the caller tells a person "we have sent you a mail" right after this
        repository.writeDurably(s -> {
            Node n = NodeTypes.systemFolder(s, FOLDER).addNode(id, "mgnl:contentNode");
            n.setProperty("to", m.to());
            n.setProperty("subject", m.subject());
            n.setProperty("text", m.text());
            n.setProperty("html", m.html() == null ? "" : m.html());
            n.setProperty("headers", m.headers().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toArray(String[]::new));
            n.setProperty("created", Dates.calendar(now));
            n.setProperty("due", Dates.calendar(now));
            n.setProperty("attempts", 0L);
            n.setProperty("state", "pending");
            return null;
        });
    }

    /** Pending messages whose time has come, oldest first, at most {@code limit}. */
    List<Stored> due(Instant now, int limit) {
        return repository.read(s -> {
            List<Stored> out = new ArrayList<>();
            if (!s.nodeExists(path())) return out;
            for (NodeIterator it = s.getNode(path()).getNodes(); it.hasNext(); ) {
                Node n = it.nextNode();
                if (!"pending".equals(n.getProperty("state").getString())) continue;
                Stored m = read(n);
                if (!m.due().isAfter(now)) out.add(m);
            }
            out.sort(Comparator.comparing(Stored::due));
            return out.size() > limit ? out.subList(0, limit) : out;
        });
    }

    /** Every message still in the outbox (pending or given up), for the operators and tests. */
    List<Stored> all() {
        return repository.read(s -> {
            List<Stored> out = new ArrayList<>();
            if (!s.nodeExists(path())) return out;
            for (NodeIterator it = s.getNode(path()).getNodes(); it.hasNext(); ) out.add(read(it.nextNode()));
            return out;
        });
    }

    void sent(String id) {
        repository.writeDurably(s -> {
            if (s.nodeExists(path() + "/" + id)) s.getNode(path() + "/" + id).remove();
            return null;
        });
    }

    void failed(String id, int attempts, Instant nextTry, boolean giveUp, String note) {
        repository.write(s -> {
            if (!s.nodeExists(path() + "/" + id)) return null;
            Node n = s.getNode(path() + "/" + id);
            n.setProperty("attempts", (long) attempts);
            n.setProperty("due", Dates.calendar(nextTry));
            n.setProperty("state", giveUp ? "failed" : "pending");
            n.setProperty("lastError", note);
            return null;
        });
    }

    private static Stored read(Node n) throws RepositoryException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Value v : n.getProperty("headers").getValues()) {
            String h = v.getString();
            int colon = h.indexOf(": ");
            if (colon > 0) headers.put(h.substring(0, colon), h.substring(colon + 2));
        }
        MailMessage m = new MailMessage(n.getProperty("to").getString(), n.getProperty("subject").getString(),
                n.getProperty("text").getString(), n.getProperty("html").getString(), headers);
        return new Stored(n.getName(), m, (int) n.getProperty("attempts").getLong(), n.getProperty("due").getDate().toInstant(),
                n.getProperty("state").getString());
    }

    private static String path() {
        return "/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER;
    }

}
