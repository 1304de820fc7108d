package eu.innco.workspace;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.NodeTypes;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Action;
import eu.innco.security.Actor;
import eu.innco.security.Ownership;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Workspaces that no content type declares (Magnolia's {@code website}, {@code category},
 * {@code stories}...): trees of plain JCR nodes imported from Magnolia's exports, kept below
 * {@code /innco:system/workspaces/<workspace>} with an identifier index beside them, served as
 * they are and exported back in Magnolia's formats. An import is the publication: these trees have
 * no working copy (see docs/decisions.md).
 */
public final class WorkspaceStore {
    public static final Pattern WORKSPACE = Pattern.compile("[a-zA-Z][a-zA-Z0-9_-]{0,63}");
    static final int MAX_NODES = 50_000;
    private final ContentRepository repository;
    private final AccessPolicy policy;
    private final Set<String> typedWorkspaces;
    /** Told the workspace's name after each committed change of it: items' answers that embed its nodes are rendered again. */
    private final List<java.util.function.Consumer<String>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** {@code typedWorkspaces}: the content types' workspaces, whose content comes in as items instead. */
    public WorkspaceStore(ContentRepository repository, AccessPolicy policy, Set<String> typedWorkspaces) {
        this.repository = repository;
        this.policy = policy;
        this.typedWorkspaces = Set.copyOf(typedWorkspaces);
    }

    /**
     * Puts the trees below {@code parentPath} of the workspace. A node of the same name there is
     * replaced, as Magnolia's bootstrap does; an identifier held by a node elsewhere is a conflict
     * naming both paths. Returns the paths of the imported top nodes.
     */
    public List<String> importTrees(Actor actor, String workspace, String parentPath, List<JcrTree> trees) {
        policy.check(actor, Action.IMPORT, Ownership.NEW);
        check(workspace);
        int size = trees.stream().mapToInt(JcrTree::size).sum();
        if (size > MAX_NODES) {
            throw InncoException.badRequest(ErrorCode.WORKSPACE_002, "An import holds at most " + MAX_NODES + " nodes; this one has " + size + ".");
        }
        List<String> imported = repository.write(s -> {
            Node root = root(s, workspace, true);
            Node parent = parentPath.equals("/") ? root : at(root, parentPath).orElseThrow(() -> InncoException.notFound(
                    ErrorCode.WORKSPACE_404, "There is no node " + parentPath + " in workspace '" + workspace + "' to import into."));
            WorkspaceIds ids = new WorkspaceIds(s, workspace);
            List<String> out = new ArrayList<>();
            for (JcrTree t : trees) {
                if (t.name().startsWith("rep:")) continue; // access control lists: not content, and not ours to take
                if (parent.hasNode(t.name())) {
                    ids.forget(parent.getNode(t.name()));
                    parent.getNode(t.name()).remove();
                }
                Node n = new TreeWriter(s, ids, root.getPath()).write(parent, t);
                out.add(WorkspaceNodes.relative(root, n));
            }
            return out;
        });
        changed(workspace);
        return imported;
    }

    public void onChange(java.util.function.Consumer<String> listener) {
        listeners.add(listener);
    }

    void changed(String workspace) {
        listeners.forEach(l -> l.accept(workspace));
    }

    /** The tree at {@code path} (with all its descendants) in the export model; empty when there is none. */
    public Optional<JcrTree> tree(String workspace, String path) {
        check(workspace);
        return repository.read(s -> {
            Optional<Node> root = Optional.ofNullable(root(s, workspace, false));
            if (root.isEmpty()) return Optional.empty();
            Optional<Node> n = path.equals("/") ? root : at(root.get(), path);
            return n.isEmpty() ? Optional.<JcrTree>empty() : Optional.of(TreeReader.read(n.get()));
        });
    }

    /** True for a content type's workspace, whose items export through {@link ItemTrees}. */
    public boolean typed(String workspace) {
        return typedWorkspaces.contains(workspace);
    }

    /** Prefix to URI of the namespaces an export of these trees must declare. */
    public Map<String, String> namespaces(JcrTree tree) {
        Map<String, String> out = new HashMap<>();
        repository.read(s -> {
            collect(s, tree, out);
            return null;
        });
        return out;
    }

    private static void collect(Session s, JcrTree t, Map<String, String> out) throws RepositoryException {
        List<String> names = new ArrayList<>(t.properties().keySet());
        names.add("jcr:primaryType");
        names.add(t.primaryType());
        names.addAll(t.mixins());
        for (String n : names) {
            int colon = n.indexOf(':');
            if (colon > 0) out.putIfAbsent(n.substring(0, colon), s.getNamespaceURI(n.substring(0, colon)));
        }
        for (JcrTree c : t.children()) collect(s, c, out);
    }

    /** Reads in a session: for the delivery side, which renders straight from the nodes. */
    public <T> T read(String workspace, WorkspaceRead<T> work) {
        return repository.read(s -> work.run(s, Optional.ofNullable(root(s, workspace, false))));
    }

    /** Work on a workspace's root node (empty before anything was imported into it). */
    @FunctionalInterface
    public interface WorkspaceRead<T> {
        T run(Session s, Optional<Node> root) throws RepositoryException;
    }

    /** Refuses a malformed workspace name and a content type's workspace. */
    void check(String workspace) {
        if (!WORKSPACE.matcher(workspace).matches()) {
            throw InncoException.badRequest(ErrorCode.WORKSPACE_003, "A workspace name is a letter, then letters, digits, '-' or '_'.");
        }
        if (typedWorkspaces.contains(workspace)) {
            throw InncoException.badRequest(ErrorCode.WORKSPACE_004, "Workspace '" + workspace + "' holds a content type's items; "
                    + "import them with the content-exports import instead.");
        }
    }

    static Node root(Session s, String workspace, boolean create) throws RepositoryException {
        String path = "/" + NodeTypes.SYSTEM_ROOT + "/workspaces/" + workspace;
        if (s.nodeExists(path)) return s.getNode(path);
        return create ? NodeTypes.systemFolder(s, "workspaces").addNode(workspace, "nt:unstructured") : null;
    }

    static Optional<Node> at(Node root, String path) throws RepositoryException {
        String rel = path.replaceAll("^/+|/+$", "");
        if (rel.isEmpty()) return Optional.of(root);
        for (String segment : rel.split("/")) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) return Optional.empty();
        }
        try {
            return root.hasNode(rel) ? Optional.of(root.getNode(rel)) : Optional.empty();
        } catch (RepositoryException e) { // a name JCR cannot parse is no node of ours
            return Optional.empty();
        }
    }
}
