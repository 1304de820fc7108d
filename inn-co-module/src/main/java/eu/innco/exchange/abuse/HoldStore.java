package eu.innco.exchange.abuse;

import eu.innco.contenttype.field.Dates;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.NodeTypes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

/** Holds in the repository, one node per held item, named by the item's id. */
final class HoldStore {
    private final ContentRepository repository;

    HoldStore(ContentRepository repository) {
        this.repository = repository;
    }

    Optional<Hold> find(String id) {
        return repository.read(s -> {
            String path = AbuseReports.systemPath() + "/" + id;
            return s.nodeExists(path) ? Optional.of(read(s.getNode(path))) : Optional.<Hold>empty();
        });
    }

    List<Hold> all() {
        return repository.read(s -> {
            List<Hold> out = new ArrayList<>();
            if (!s.nodeExists(AbuseReports.systemPath())) return out;
            for (NodeIterator it = s.getNode(AbuseReports.systemPath()).getNodes(); it.hasNext(); ) out.add(read(it.nextNode()));
            return out;
        });
    }

    void write(Session s, Hold h) throws RepositoryException {
        Node folder = NodeTypes.systemFolder(s, AbuseReports.FOLDER);
        if (folder.hasNode(h.id())) {
            // another server held it first (or this write is retried): the report only adds its reason
            Node held = folder.getNode(h.id());
            List<String> reasons = new ArrayList<>(strings(held, "reasons"));
            reasons.addAll(h.reasons());
            held.setProperty("reasons", reasons.toArray(String[]::new));
            return;
        }
        Node n = folder.addNode(h.id(), "mgnl:contentNode");
        n.setProperty("kind", h.kind());
        n.setProperty("organisation", h.organisation());
        n.setProperty("country", h.country());
        n.setProperty("title", h.title());
        n.setProperty("reported", Dates.calendar(h.reported()));
        n.setProperty("reasons", h.reasons().toArray(String[]::new));
        n.setProperty("restore", h.restore().toArray(String[]::new));
        n.setProperty("state", h.state());
    }

    void addReason(String id, String reason) {
        repository.writeDurably(s -> {
            Node n = s.getNode(AbuseReports.systemPath() + "/" + id);
            List<String> reasons = new ArrayList<>(strings(n, "reasons"));
            reasons.add(reason);
            n.setProperty("reasons", reasons.toArray(String[]::new));
            return null;
        });
    }

    void markRemoved(Session s, String id, Instant at) throws RepositoryException {
        Node n = s.getNode(AbuseReports.systemPath() + "/" + id);
        n.setProperty("state", "removed");
        n.setProperty("decided", Dates.calendar(at));
    }

    void remove(Session s, String id) throws RepositoryException {
        s.getNode(AbuseReports.systemPath() + "/" + id).remove();
    }

    private static Hold read(Node n) throws RepositoryException {
        return new Hold(n.getName(), n.getProperty("kind").getString(), n.getProperty("organisation").getString(),
                n.getProperty("country").getString(), n.getProperty("title").getString(), n.getProperty("reported").getDate().toInstant(),
                strings(n, "reasons"), strings(n, "restore"), n.getProperty("state").getString());
    }

    private static List<String> strings(Node n, String name) throws RepositoryException {
        List<String> out = new ArrayList<>();
        if (!n.hasProperty(name)) return out;
        for (Value v : n.getProperty(name).getValues()) out.add(v.getString());
        return out;
    }
}
