package eu.innco.workspace;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

/** Paths of stored nodes as Magnolia writes them: from the workspace's root, without our folders. */
final class WorkspaceNodes {
    private WorkspaceNodes() {}

    static String relative(Node root, Node n) throws RepositoryException {
        String p = n.getPath().substring(root.getPath().length());
        return p.isEmpty() ? "/" : p;
    }
}
