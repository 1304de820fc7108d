package eu.innco.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.apache.jackrabbit.util.Text;

/**
 * The {@code mgnl:folder}s of Magnolia's exports of a content type's workspace. Items stay flat
 * in the type's folder ({@link MagnoliaPlace}); what a folder is in Magnolia's tree (its id and the
 * order of its children, folders and items by Magnolia's names) is kept here, at
 * {@code /innco:magnoliaFolders/<workspace>/<folder>/...}, so that the delivery API can answer a
 * folder as Magnolia does. It holds no values: what a folder shows comes from published items.
 */
public final class MagnoliaFolders {
    static final String ROOT = "innco:magnoliaFolders";
    private static final String ID = "innco:id";
    private static final String CHILDREN = "innco:children";

    private MagnoliaFolders() {}

    /**
     * A folder as an import saw it: {@code path} inside the workspace, Magnolia's uuid ("" when the
     * export has none), child names in order; {@code complete}: the export holds the folder and all
     * it names, so its order wins; otherwise (a folder above the import's parent path) the names
     * only join the end of what is known.
     */
    public record Folder(String workspace, String path, String id, List<String> children, boolean complete) {
        public Folder {
            children = List.copyOf(children);
        }

        public String name() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    /** Records the folders of an import, in the import's session (the one write path). */
    public static void write(Session s, List<Folder> folders) throws RepositoryException {
        for (Folder f : folders) {
            Node n = node(s, f.workspace(), f.path());
            if (!f.id().isEmpty()) n.setProperty(ID, f.id().toLowerCase());
            Set<String> names = new LinkedHashSet<>();
            if (f.complete()) names.addAll(f.children());
            names.addAll(children(n));
            names.addAll(f.children());
            n.setProperty(CHILDREN, names.toArray(String[]::new));
        }
    }

    /** The folder at {@code path} ({@code /a/b}) of a workspace, if an import recorded one. */
    public static Optional<Folder> read(Session s, String workspace, String path) throws RepositoryException {
        String jcr = jcrPath(workspace, path);
        if (jcr == null || !s.nodeExists(jcr)) return Optional.empty();
        return Optional.of(folder(s.getNode(jcr), workspace, path));
    }

    /** The folder with this {@code @id} in a workspace (folders are few: a walk). */
    public static Optional<Folder> byId(Session s, String workspace, String id) throws RepositoryException {
        String top = "/" + ROOT + "/" + Text.escapeIllegalJcrChars(workspace);
        if (!s.nodeExists(top)) return Optional.empty();
        return find(s.getNode(top), workspace, "", id.toLowerCase());
    }

    private static Optional<Folder> find(Node parent, String workspace, String path, String id) throws RepositoryException {
        for (NodeIterator it = parent.getNodes(); it.hasNext(); ) {
            Node n = it.nextNode();
            String p = path + "/" + Text.unescapeIllegalJcrChars(n.getName());
            Folder f = folder(n, workspace, p);
            if (f.id().equals(id)) return Optional.of(f);
            Optional<Folder> deeper = find(n, workspace, p, id);
            if (deeper.isPresent()) return deeper;
        }
        return Optional.empty();
    }

    private static Folder folder(Node n, String workspace, String path) throws RepositoryException {
        String id = n.hasProperty(ID) ? n.getProperty(ID).getString() : stableId(workspace, path);
        return new Folder(workspace, path, id, children(n), true);
    }

    /** The id of a folder whose export gave none: the same for the same workspace and path. */
    static String stableId(String workspace, String path) {
        return UUID.nameUUIDFromBytes(("mgnl:folder " + workspace + path).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static List<String> children(Node n) throws RepositoryException {
        List<String> out = new ArrayList<>();
        if (n.hasProperty(CHILDREN)) for (var v : n.getProperty(CHILDREN).getValues()) out.add(v.getString());
        return out;
    }

    private static Node node(Session s, String workspace, String path) throws RepositoryException {
        Node n = child(s.getRootNode(), ROOT);
        n = child(n, Text.escapeIllegalJcrChars(workspace));
        for (String name : segments(path)) n = child(n, Text.escapeIllegalJcrChars(name));
        return n;
    }

    private static Node child(Node parent, String name) throws RepositoryException {
        return parent.hasNode(name) ? parent.getNode(name) : parent.addNode(name, "nt:unstructured");
    }

    private static String jcrPath(String workspace, String path) {
        List<String> names = segments(path);
        if (names.isEmpty() || names.contains("")) return null;
        StringBuilder sb = new StringBuilder("/" + ROOT + "/" + Text.escapeIllegalJcrChars(workspace));
        for (String name : names) sb.append('/').append(Text.escapeIllegalJcrChars(name));
        return sb.toString();
    }

    private static List<String> segments(String path) {
        String trimmed = path.replaceAll("^/+", "").replaceAll("/+$", "");
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("/", -1));
    }
}
