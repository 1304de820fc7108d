package eu.innco.publishing;

import java.util.ArrayList;
import java.util.List;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

/** The items of a many-item audit entry, stored as ordered children {@code items/<n>} of the entry. */
final class AuditItems {
    private static final String FOLDER = "items";

    private AuditItems() {}

    static void write(Node entry, List<AuditEntry.Item> items) throws RepositoryException {
        if (items.isEmpty()) return;
        Node list = entry.addNode(FOLDER, "mgnl:contentNode");
        int i = 0;
        for (AuditEntry.Item item : items) {
            Node n = list.addNode(Integer.toString(i++), "mgnl:contentNode");
            n.setProperty("type", item.type());
            n.setProperty("id", item.id());
            n.setProperty("path", item.path());
            n.setProperty("locales", item.locales().toArray(String[]::new));
            if (item.version() != null) n.setProperty("version", item.version());
        }
    }

    static List<AuditEntry.Item> read(Node entry) throws RepositoryException {
        List<AuditEntry.Item> out = new ArrayList<>();
        if (!entry.hasNode(FOLDER)) return out;
        List<Node> nodes = new ArrayList<>();
        for (NodeIterator it = entry.getNode(FOLDER).getNodes(); it.hasNext(); ) nodes.add(it.nextNode());
        nodes.sort(java.util.Comparator.comparingInt(AuditItems::position));
        for (Node n : nodes) {
            List<String> locales = new ArrayList<>();
            for (Value v : n.getProperty("locales").getValues()) locales.add(v.getString());
            out.add(new AuditEntry.Item(n.getProperty("type").getString(), n.getProperty("id").getString(),
                    n.getProperty("path").getString(), locales, n.hasProperty("version") ? n.getProperty("version").getLong() : null));
        }
        return out;
    }

    private static int position(Node n) {
        try {
            return Integer.parseInt(n.getName());
        } catch (RepositoryException | NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
