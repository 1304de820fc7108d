package eu.innco.publishing;

import eu.innco.contenttype.ContentTypeDefinition;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Where published snapshots live: {@code /innco:live/<workspace>/<item id>}, apart from the working
 * copies, so that what the public reads can never be a draft by accident.
 */
public final class LiveTree {
    public static final String ROOT = "innco:live";
    public static final String ID = "innco:id";
    public static final String TYPE = "innco:type";
    public static final String NAME = "innco:name";
    public static final String PATH = "innco:path";
    public static final String LOCALES = "innco:locales";
    public static final String REFS = "innco:refs";
    public static final String VERSION = "innco:version";

    private LiveTree() {}

    public static String path(ContentTypeDefinition type, String id) {
        return "/" + ROOT + "/" + type.workspace() + "/" + id;
    }

    public static Optional<Node> find(Session s, ContentTypeDefinition type, String id) throws RepositoryException {
        String p = path(type, id);
        return s.nodeExists(p) ? Optional.of(s.getNode(p)) : Optional.empty();
    }

    /** The snapshot node of an item, created empty when the item was never published. */
    static Node obtain(Session s, ContentTypeDefinition type, String id) throws RepositoryException {
        Node root = folder(s.getRootNode(), ROOT);
        Node ws = folder(root, type.workspace());
        return ws.hasNode(id) ? ws.getNode(id) : ws.addNode(id, "mgnl:contentNode");
    }

    private static Node folder(Node parent, String name) throws RepositoryException {
        return parent.hasNode(name) ? parent.getNode(name) : parent.addNode(name, "innco:folder");
    }
}
