package eu.innco.exchange.initiatives;

import eu.innco.contenttype.field.Dates;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.NodeTypes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

/** Interest in {@code /innco:system/initiativeInterest/<initiative>/<organisation>}: one per organisation and initiative. */
final class InterestStore {
    private static final String FOLDER = "initiativeInterest";
    private final ContentRepository repository;

    InterestStore(ContentRepository repository) {
        this.repository = repository;
    }

    Optional<Interest> find(String initiative, String organisation) {
        return repository.read(s -> {
            String path = path(initiative) + "/" + organisation;
            return s.nodeExists(path) ? Optional.of(read(s.getNode(path))) : Optional.<Interest>empty();
        });
    }

    List<Interest> of(String initiative) {
        return repository.read(s -> {
            List<Interest> out = new ArrayList<>();
            if (!s.nodeExists(path(initiative))) return out;
            for (NodeIterator it = s.getNode(path(initiative)).getNodes(); it.hasNext(); ) out.add(read(it.nextNode()));
            out.sort(Comparator.comparing(Interest::created));
            return out;
        });
    }

    /** Every interest an organisation expressed: initiative id and interest. */
    List<java.util.Map.Entry<String, Interest>> by(String organisation) {
        return repository.read(s -> {
            List<java.util.Map.Entry<String, Interest>> out = new ArrayList<>();
            String root = "/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER;
            if (!s.nodeExists(root)) return out;
            for (NodeIterator it = s.getNode(root).getNodes(); it.hasNext(); ) {
                Node i = it.nextNode();
                if (i.hasNode(organisation)) out.add(java.util.Map.entry(i.getName(), read(i.getNode(organisation))));
            }
            return out;
        });
    }

    /** Removes what an organisation wrote (it left the network) and the interest its own initiatives received. */
    void forget(String organisation, List<String> ownInitiatives) {
        repository.writeDurably(s -> {
            String root = "/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER;
            if (!s.nodeExists(root)) return null;
            for (NodeIterator it = s.getNode(root).getNodes(); it.hasNext(); ) {
                Node i = it.nextNode();
                if (ownInitiatives.contains(i.getName())) i.remove();
                else if (i.hasNode(organisation)) i.getNode(organisation).remove();
            }
            return null;
        });
    }

    void add(String initiative, String organisation, String member, String message, Instant at) {
        repository.writeDurably(s -> {
            Node folder = NodeTypes.systemFolder(s, FOLDER);
            Node i = folder.hasNode(initiative) ? folder.getNode(initiative) : folder.addNode(initiative, "mgnl:contentNode");
            Node n = i.addNode(organisation, "mgnl:contentNode");
            n.setProperty("member", member);
            n.setProperty("message", message);
            n.setProperty("created", Dates.calendar(at));
            n.setProperty("accepted", false);
            return null;
        });
    }

    void accept(String initiative, String organisation) {
        repository.writeDurably(s -> {
            s.getNode(path(initiative) + "/" + organisation).setProperty("accepted", true);
            return null;
        });
    }

    private static Interest read(Node n) throws RepositoryException {
        return new Interest(n.getName(), n.getProperty("member").getString(), n.getProperty("message").getString(),
                n.getProperty("created").getDate().toInstant(), n.getProperty("accepted").getBoolean());
    }

    private static String path(String initiative) {
        return "/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER + "/" + initiative;
    }
}
