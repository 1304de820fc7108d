package eu.innco.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

/**
 * The public answers of endpoints over workspaces without content type: a node by path below the
 * endpoint's root path, a node by identifier, a node's children ({@code <path>@nodes}) and a query
 * listing the nodes of the endpoint's node types in tree order. These trees are few and small next
 * to the content types' items, so they are read from the repository instead of the index.
 */
public final class WorkspaceDelivery {
    static final int MAX_VISITED = 50_000;
    private final WorkspaceStore store;
    private final ItemTargets items;

    public WorkspaceDelivery(WorkspaceStore store) {
        this(store, ItemTargets.NONE);
    }

    /** {@code items}: the published items and assets that references may name. */
    public WorkspaceDelivery(WorkspaceStore store, ItemTargets items) {
        this.store = store;
        this.items = items;
    }

    private WorkspaceJson json(WorkspaceEndpoint e, javax.jcr.Session s, Node root, WorkspaceLanguage language) {
        return new WorkspaceJson(e, root, language, new WorkspaceReferences(s, e, language, items, store::typed));
    }

    public Optional<byte[]> byPath(WorkspaceEndpoint e, String path, WorkspaceLanguage language) {
        boolean children = path.endsWith("@nodes");
        String p = children ? path.substring(0, path.length() - "@nodes".length()) : path;
        return store.read(e.workspace(), (s, root) -> {
            if (root.isEmpty()) return Optional.<byte[]>empty();
            Optional<Node> base = WorkspaceStore.at(root.get(), e.rootPath());
            Optional<Node> n = base.isEmpty() ? base : WorkspaceStore.at(base.get(), p);
            if (n.isEmpty()) return Optional.<byte[]>empty();
            WorkspaceJson json = json(e, s, root.get(), language);
            if (!children) return Optional.of(json.node(n.get()));
            List<Node> kids = new ArrayList<>();
            for (NodeIterator it = n.get().getNodes(); it.hasNext(); ) {
                Node c = it.nextNode();
                if (e.embeds(TreeReader.nodeType(c)) || e.lists(TreeReader.nodeType(c))) kids.add(c);
            }
            return Optional.of(json.list(kids));
        });
    }

    public Optional<byte[]> byId(WorkspaceEndpoint e, String id, WorkspaceLanguage language) {
        return store.read(e.workspace(), (s, root) -> {
            if (root.isEmpty()) return Optional.<byte[]>empty();
            Optional<String> path = new WorkspaceIds(s, e.workspace()).path(id);
            if (path.isEmpty() || !under(path.get(), e.rootPath())) return Optional.<byte[]>empty();
            Optional<Node> n = WorkspaceStore.at(root.get(), path.get());
            return n.isEmpty() ? Optional.<byte[]>empty() : Optional.of(json(e, s, root.get(), language).node(n.get()));
        });
    }

    public byte[] query(WorkspaceEndpoint e, Map<String, List<String>> params, WorkspaceLanguage language) {
        WorkspaceQuery q = WorkspaceQuery.parse(params, e.defaultLimit());
        return store.read(e.workspace(), (s, root) -> {
            if (root.isEmpty()) return new WorkspaceJson(e, null, language).results(q.offset(), q.limit(), 0, List.of());
            String start = q.ancestor().isEmpty() ? e.rootPath() : q.ancestor();
            if (!under(start, e.rootPath())) {
                throw WorkspaceQuery.bad("@ancestor", "must be at or below the endpoint's root path " + e.rootPath());
            }
            Optional<Node> base = WorkspaceStore.at(root.get(), start);
            List<Node> found = new ArrayList<>();
            if (base.isPresent()) collect(base.get(), e, q, found, new int[] {0});
            q.sort(found);
            List<Node> page = found.subList(Math.min(q.offset(), found.size()), Math.min(q.offset() + q.limit(), found.size()));
            return json(e, s, root.get(), language).results(q.offset(), q.limit(), found.size(), page);
        });
    }

    /** Descendants of {@code n} (not {@code n} itself, as Magnolia's {@code @ancestor}) in tree order. */
    private static void collect(Node n, WorkspaceEndpoint e, WorkspaceQuery q, List<Node> out, int[] visited) throws RepositoryException {
        for (NodeIterator it = n.getNodes(); it.hasNext(); ) {
            Node c = it.nextNode();
            if (++visited[0] > MAX_VISITED) return;
            if (e.lists(TreeReader.nodeType(c)) && q.matches(c)) out.add(c);
            collect(c, e, q, out, visited);
        }
    }

    static boolean under(String path, String rootPath) {
        return rootPath.equals("/") || path.equals(rootPath) || path.startsWith(rootPath + "/");
    }
}
