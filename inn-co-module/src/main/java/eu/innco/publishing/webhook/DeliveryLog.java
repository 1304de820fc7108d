package eu.innco.publishing.webhook;

import eu.innco.contenttype.field.Dates;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.NodeTypes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/** The delivery log of each webhook, in the repository: {@code /innco:system/webhooks/<name>/<delivery>}. */
final class DeliveryLog {
    private final ContentRepository repository;

    DeliveryLog(ContentRepository repository) {
        this.repository = repository;
    }

    void start(String webhook, String id, String event, String itemId, Instant at, String body) {
        repository.write(s -> {
            Node n = folder(s, webhook, true).addNode(id, "mgnl:contentNode");
            n.setProperty("event", event);
            n.setProperty("body", body);
            n.setProperty("item", itemId);
            n.setProperty("created", Dates.calendar(at));
            n.setProperty("state", "pending");
            n.addNode("attempts", "mgnl:contentNode");
            return null;
        });
    }

    void attempt(String webhook, String id, WebhookDelivery.Attempt a, String state) {
        repository.write(s -> {
            Node n = folder(s, webhook, true).getNode(id);
            Node attempts = n.getNode("attempts");
            Node x = attempts.addNode(Long.toString(attempts.getNodes().getSize() + 1), "mgnl:contentNode");
            x.setProperty("at", Dates.calendar(a.at()));
            x.setProperty("status", a.status());
            x.setProperty("note", a.note());
            n.setProperty("state", state);
            return null;
        });
    }

    /** A delivery still to make after a restart: what was sent, and how many tries it has had. */
    record Unfinished(String id, String event, String body, int attempts) {}

    /** Deliveries of a webhook left pending or retrying (a stop came before they ended), oldest first. */
    List<Unfinished> unfinished(String webhook) {
        return repository.read(s -> {
            List<Node> open = new ArrayList<>();
            Node folder = folder(s, webhook, false);
            if (folder == null) return List.<Unfinished>of();
            for (NodeIterator it = folder.getNodes(); it.hasNext(); ) {
                Node n = it.nextNode();
                String state = n.getProperty("state").getString();
                if ((state.equals("pending") || state.equals("retrying")) && n.hasProperty("body")) open.add(n);
            }
            open.sort(Comparator.comparing(n -> created(n)));
            List<Unfinished> out = new ArrayList<>();
            for (Node n : open) {
                out.add(new Unfinished(n.getName(), n.getProperty("event").getString(), n.getProperty("body").getString(),
                        (int) n.getNode("attempts").getNodes().getSize()));
            }
            return out;
        });
    }

    private static Instant created(Node n) {
        try {
            return n.getProperty("created").getDate().toInstant();
        } catch (RepositoryException e) {
            return Instant.EPOCH;
        }
    }

    List<WebhookDelivery> list(String webhook, int limit) {
        return repository.read(s -> {
            List<WebhookDelivery> out = new ArrayList<>();
            Node folder = folder(s, webhook, false);
            if (folder == null) return out;
            for (NodeIterator it = folder.getNodes(); it.hasNext(); ) out.add(read(webhook, it.nextNode()));
            out.sort(Comparator.comparing(WebhookDelivery::created).reversed());
            return out.size() > limit ? out.subList(0, limit) : out;
        });
    }

    private static WebhookDelivery read(String webhook, Node n) throws RepositoryException {
        List<WebhookDelivery.Attempt> attempts = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        for (NodeIterator it = n.getNode("attempts").getNodes(); it.hasNext(); ) nodes.add(it.nextNode());
        nodes.sort(Comparator.comparingInt(x -> Integer.parseInt(name(x))));
        for (Node x : nodes) {
            attempts.add(new WebhookDelivery.Attempt(x.getProperty("at").getDate().toInstant(), (int) x.getProperty("status").getLong(),
                    x.getProperty("note").getString()));
        }
        return new WebhookDelivery(n.getName(), webhook, n.getProperty("event").getString(), n.getProperty("item").getString(),
                n.getProperty("created").getDate().toInstant(), n.getProperty("state").getString(), attempts);
    }

    private static String name(Node n) {
        try {
            return n.getName();
        } catch (RepositoryException e) {
            return "0";
        }
    }

    private static Node folder(Session s, String webhook, boolean create) throws RepositoryException {
        String path = "/" + NodeTypes.SYSTEM_ROOT + "/webhooks/" + webhook;
        if (s.nodeExists(path)) return s.getNode(path);
        if (!create) return null;
        Node hooks = NodeTypes.systemFolder(s, "webhooks");
        return hooks.hasNode(webhook) ? hooks.getNode(webhook) : hooks.addNode(webhook, "innco:folder");
    }
}
