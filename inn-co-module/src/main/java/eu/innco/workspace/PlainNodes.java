package eu.innco.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.repository.ContentRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import javax.jcr.Node;

/**
 * The nodes of plain workspaces that content types' items refer to (Magnolia's documented tour
 * whose {@code tourTypes} name nodes of the {@code category} workspace), written as an endpoint over
 * that workspace writes them, without children. Items' answers are rendered when they are
 * published, so an answer that embeds such a node is listed in the index under
 * {@link #dependency(String)}, and rendered again when {@link WorkspaceStore} says that workspace
 * changed.
 */
public final class PlainNodes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ContentRepository repository;

    public PlainNodes(ContentRepository repository) {
        this.repository = repository;
    }

    /** What an item's stored answer records when it embeds nodes of {@code workspace}. */
    public static String dependency(String workspace) {
        return "workspace:" + workspace;
    }

    /** The stored identifier without Magnolia's {@code jcr:} prefix. */
    public static String id(String stored) {
        return stored.startsWith("jcr:") ? stored.substring(4) : stored;
    }

    /** The node {@code id} names in {@code workspace}, in {@code language}; empty when there is none. */
    public Optional<JsonNode> find(String workspace, String id, WorkspaceLanguage language, boolean system, List<String> systemProperties) {
        if (!WorkspaceStore.WORKSPACE.matcher(workspace).matches()) return Optional.empty();
        byte[] json = repository.read(s -> {
            Node root = WorkspaceStore.root(s, workspace, false);
            Optional<String> path = root == null ? Optional.empty() : new WorkspaceIds(s, workspace).path(id(id));
            Optional<Node> n = path.isEmpty() ? Optional.empty() : WorkspaceStore.at(root, path.get());
            if (n.isEmpty()) return null;
            WorkspaceEndpoint as = new WorkspaceEndpoint("", "", workspace, "/", 0, List.of(), List.of(), system, 1, false,
                    new DeliveryOptions(0, systemProperties, List.of()));
            return new WorkspaceJson(as, root, language).node(n.get());
        });
        if (json == null) return Optional.empty();
        try {
            return Optional.of(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
