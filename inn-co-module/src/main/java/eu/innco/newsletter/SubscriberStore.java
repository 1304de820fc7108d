package eu.innco.newsletter;

import eu.innco.contenttype.field.Dates;
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

/**
 * Subscribers in the repository: {@code /innco:system/newsletter/subscribers/<2 hex>/<id>}, spread
 * over 256 folders so that no folder grows long. A node holds the address, language, topics, the
 * proof of consent and, while unconfirmed, the hash of the confirmation link; nothing else.
 */
final class SubscriberStore {
    static final String ROOT = "/" + NodeTypes.SYSTEM_ROOT + "/newsletter";
    static final String FOLDER = ROOT + "/subscribers";

    private SubscriberStore() {}

    static String path(String id) {
        return FOLDER + "/" + id.substring(0, 2) + "/" + id;
    }

    static Optional<Node> node(Session s, String id) throws RepositoryException {
        return s.nodeExists(path(id)) ? Optional.of(s.getNode(path(id))) : Optional.empty();
    }

    /** The subscriber's node, made (with its folders) when missing. */
    static Node create(Session s, String id) throws RepositoryException {
        Node folder = folder(s, FOLDER.substring(ROOT.length() + 1));
        String bucket = id.substring(0, 2);
        Node b = folder.hasNode(bucket) ? folder.getNode(bucket) : folder.addNode(bucket, "innco:folder");
        return b.hasNode(id) ? b.getNode(id) : b.addNode(id, "mgnl:contentNode");
    }

    /** A folder under {@code /innco:system/newsletter}, made when missing. */
    static Node folder(Session s, String name) throws RepositoryException {
        Node root = NodeTypes.systemFolder(s, "newsletter");
        return root.hasNode(name) ? root.getNode(name) : root.addNode(name, "innco:folder");
    }

    static Subscriber read(Node n) throws RepositoryException {
        List<String> topics = new ArrayList<>();
        if (n.hasProperty("topics")) for (Value v : n.getProperty("topics").getValues()) topics.add(v.getString());
        return new Subscriber(n.getName(), str(n, "email"), str(n, "locale"), topics, "confirmed".equals(str(n, "state")),
                str(n, "consentVersion"), date(n, "consentAt").orElse(Instant.EPOCH), date(n, "confirmedAt"));
    }

    /** Every subscriber node, folder by folder (for the sweep and the start of an issue's sending). */
    static List<Node> all(Session s) throws RepositoryException {
        List<Node> out = new ArrayList<>();
        if (!s.nodeExists(FOLDER)) return out;
        for (NodeIterator b = s.getNode(FOLDER).getNodes(); b.hasNext(); ) {
            for (NodeIterator it = b.nextNode().getNodes(); it.hasNext(); ) out.add(it.nextNode());
        }
        return out;
    }

    static String str(Node n, String p) throws RepositoryException {
        return n.hasProperty(p) ? n.getProperty(p).getString() : "";
    }

    static Optional<Instant> date(Node n, String p) throws RepositoryException {
        return n.hasProperty(p) ? Optional.of(n.getProperty(p).getDate().toInstant()) : Optional.empty();
    }

    static void setDate(Node n, String p, Instant at) throws RepositoryException {
        n.setProperty(p, Dates.calendar(at));
    }
}
