package eu.innco.workspace;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.repository.ContentRepository;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Action;
import eu.innco.security.Actor;
import eu.innco.security.Ownership;
import java.util.Map;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Node by node writes to a plain workspace, as Magnolia's nodes API makes them: create a child
 * node, set properties of a node, delete a node. Like an import they are the publication, so they
 * are for administrators; each is one durable write.
 */
public final class WorkspaceNodesEditor {
    private final ContentRepository repository;
    private final AccessPolicy policy;
    private final WorkspaceStore store;

    public WorkspaceNodesEditor(ContentRepository repository, AccessPolicy policy, WorkspaceStore store) {
        this.repository = repository;
        this.policy = policy;
        this.store = store;
    }

    /** Creates {@code tree} (and its children) below {@code parentPath}; a node of that name there is a conflict. */
    public String create(Actor actor, String workspace, String parentPath, JcrTree tree) {
        check(actor, workspace);
        String created = repository.write(s -> {
            Node root = WorkspaceStore.root(s, workspace, true);
            Node parent = node(root, parentPath, workspace);
            if (parent.hasNode(tree.name())) {
                throw InncoException.conflict(ErrorCode.WORKSPACE_409, "There is already a node " + tree.name() + " below " + parentPath + ".");
            }
            return WorkspaceNodes.relative(root, new TreeWriter(s, new WorkspaceIds(s, workspace), root.getPath()).write(parent, tree));
        });
        store.changed(workspace);
        return created;
    }

    /** Sets the given properties of the node at {@code path}, leaving the others as they are. */
    public void update(Actor actor, String workspace, String path, Map<String, JcrValue> properties) {
        check(actor, workspace);
        repository.write(s -> {
            Node root = existing(s, workspace);
            new TreeWriter(s, new WorkspaceIds(s, workspace), root.getPath()).properties(node(root, path, workspace), properties);
            return null;
        });
        store.changed(workspace);
    }

    public void delete(Actor actor, String workspace, String path) {
        check(actor, workspace);
        repository.write(s -> {
            Node root = existing(s, workspace);
            Node n = node(root, path, workspace);
            if (n.isSame(root)) throw InncoException.badRequest(ErrorCode.WORKSPACE_006, "Name the node to delete.");
            new WorkspaceIds(s, workspace).forget(n);
            n.remove();
            return null;
        });
        store.changed(workspace);
    }

    private void check(Actor actor, String workspace) {
        policy.check(actor, Action.IMPORT, Ownership.NEW);
        store.check(workspace);
    }

    private static Node existing(Session s, String workspace) throws RepositoryException {
        Node root = WorkspaceStore.root(s, workspace, false);
        if (root == null) throw InncoException.notFound(ErrorCode.WORKSPACE_404, "Workspace '" + workspace + "' holds nothing yet.");
        return root;
    }

    private static Node node(Node root, String path, String workspace) throws RepositoryException {
        return WorkspaceStore.at(root, path).orElseThrow(() -> InncoException.notFound(ErrorCode.WORKSPACE_404,
                "There is no node " + path + " in workspace '" + workspace + "'."));
    }
}
