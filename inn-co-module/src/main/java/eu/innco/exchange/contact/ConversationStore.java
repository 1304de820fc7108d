package eu.innco.exchange.contact;

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

/**
 * Conversation records in {@code /innco:system/conversations/<id>} and blocks in
 * {@code /innco:system/contactBlocks/<recipient organisation>/<sender organisation>}.
 */
final class ConversationStore {
    private static final String FOLDER = "conversations";
    private static final String BLOCKS = "contactBlocks";
    private final ContentRepository repository;

    ConversationStore(ContentRepository repository) {
        this.repository = repository;
    }

    static Node create(Session s, Conversation c, String hash) throws RepositoryException {
        Node n = NodeTypes.systemFolder(s, FOLDER).addNode(c.id(), "mgnl:contentNode");
        n.setProperty("from", c.from());
        n.setProperty("fromOrganisation", c.fromOrganisation());
        n.setProperty("toOrganisation", c.toOrganisation());
        n.setProperty("to", c.to());
        n.setProperty("created", Dates.calendar(c.created()));
        n.setProperty("expires", Dates.calendar(c.expires()));
        n.setProperty("replied", c.replied());
        n.setProperty("state", c.state());
        n.setProperty("hash", hash);
        return n;
    }

    Optional<Node> node(Session s, String id) throws RepositoryException {
        if (id == null || !id.matches("[A-Za-z0-9-]{1,64}")) return Optional.empty();
        String path = path() + "/" + id;
        return s.nodeExists(path) ? Optional.of(s.getNode(path)) : Optional.empty();
    }

    Optional<Conversation> find(String id) {
        return repository.read(s -> {
            Optional<Node> n = node(s, id);
            return n.isPresent() ? Optional.of(read(n.get())) : Optional.<Conversation>empty();
        });
    }

    List<Conversation> all() {
        return repository.read(s -> {
            List<Conversation> out = new ArrayList<>();
            if (!s.nodeExists(path())) return out;
            for (NodeIterator it = s.getNode(path()).getNodes(); it.hasNext(); ) out.add(read(it.nextNode()));
            return out;
        });
    }

    boolean blocked(String recipientOrganisation, String senderOrganisation) {
        String path = "/" + NodeTypes.SYSTEM_ROOT + "/" + BLOCKS + "/" + recipientOrganisation + "/" + senderOrganisation;
        return repository.read(s -> s.nodeExists(path));
    }

    static void block(Session s, String recipientOrganisation, String senderOrganisation, Instant at) throws RepositoryException {
        Node folder = NodeTypes.systemFolder(s, BLOCKS);
        Node recipient = folder.hasNode(recipientOrganisation) ? folder.getNode(recipientOrganisation)
                : folder.addNode(recipientOrganisation, "mgnl:contentNode");
        if (!recipient.hasNode(senderOrganisation)) recipient.addNode(senderOrganisation, "mgnl:contentNode").setProperty("since", Dates.calendar(at));
    }

    /** Removes the blocks an organisation made and those made against it. */
    static void unblock(Session s, String organisation) throws RepositoryException {
        String path = "/" + NodeTypes.SYSTEM_ROOT + "/" + BLOCKS;
        if (!s.nodeExists(path)) return;
        for (NodeIterator it = s.getNode(path).getNodes(); it.hasNext(); ) {
            Node recipient = it.nextNode();
            if (recipient.getName().equals(organisation)) recipient.remove();
            else if (recipient.hasNode(organisation)) recipient.getNode(organisation).remove();
        }
    }

    /** The organisations a recipient organisation blocked. */
    List<String> blockedBy(String recipientOrganisation) {
        String path = "/" + NodeTypes.SYSTEM_ROOT + "/" + BLOCKS + "/" + recipientOrganisation;
        return repository.read(s -> {
            List<String> out = new ArrayList<>();
            if (s.nodeExists(path)) for (NodeIterator it = s.getNode(path).getNodes(); it.hasNext(); ) out.add(it.nextNode().getName());
            return out;
        });
    }

    static Conversation read(Node n) throws RepositoryException {
        return new Conversation(n.getName(), n.getProperty("from").getString(), n.getProperty("fromOrganisation").getString(),
                n.getProperty("toOrganisation").getString(), n.getProperty("to").getString(), n.getProperty("created").getDate().toInstant(),
                n.getProperty("expires").getDate().toInstant(), n.getProperty("replied").getBoolean(), n.getProperty("state").getString());
    }

    static String path() {
        return "/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER;
    }
}
