package eu.innco.workspace;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.repository.NodeTypes;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * A workspace's identifiers: {@code /innco:system/workspaceIds/<workspace>/<id>} holds the node's
 * path, so that {@code @<id>} reads and identifier conflicts need no query over the whole tree.
 */
final class WorkspaceIds {
    static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[0-9a-zA-Z][0-9a-zA-Z_-]{0,127}");
    private final Session session;
    private final String workspace;

    WorkspaceIds(Session session, String workspace) {
        this.session = session;
        this.workspace = workspace;
    }

    /** The node's path below the workspace root, when the identifier is known. */
    Optional<String> path(String id) throws RepositoryException {
        if (!ID.matcher(id).matches()) return Optional.empty();
        String p = folderPath() + "/" + id;
        return session.nodeExists(p) ? Optional.of(session.getNode(p).getProperty("path").getString()) : Optional.empty();
    }

    void add(String id, String path) throws RepositoryException {
        if (!ID.matcher(id).matches()) {
            throw InncoException.badRequest(ErrorCode.WORKSPACE_005, "Node " + path + " has the identifier '" + id
                    + "'; an identifier is letters, digits, '-' or '_'.");
        }
        Optional<String> other = path(id);
        if (other.isPresent()) {
            throw InncoException.conflict(ErrorCode.WORKSPACE_409, "Node " + path + " has the identifier " + id
                    + ", which node " + other.get() + " of workspace '" + workspace + "' already has.");
        }
        folder().addNode(id, "innco:folder").setProperty("path", path);
    }

    /** Drops the identifiers of a subtree about to be removed or replaced. */
    void forget(Node n) throws RepositoryException {
        if (n.hasProperty(StoredNames.UUID)) {
            String p = folderPath() + "/" + n.getProperty(StoredNames.UUID).getString();
            if (session.nodeExists(p)) session.getNode(p).remove();
        }
        for (NodeIterator it = n.getNodes(); it.hasNext(); ) forget(it.nextNode());
    }

    private String folderPath() {
        return "/" + NodeTypes.SYSTEM_ROOT + "/workspaceIds/" + workspace;
    }

    private Node folder() throws RepositoryException {
        Node all = NodeTypes.systemFolder(session, "workspaceIds");
        return all.hasNode(workspace) ? all.getNode(workspace) : all.addNode(workspace, "innco:folder");
    }
}
