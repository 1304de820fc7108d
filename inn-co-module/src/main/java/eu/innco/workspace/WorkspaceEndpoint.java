package eu.innco.workspace;

import java.util.List;

/**
 * A delivery endpoint over a workspace that no content type declares, read once from its
 * {@code restEndpoints/delivery/*.yaml}: Magnolia's JCR delivery endpoint v2 or its pages
 * endpoint. Empty {@code nodeTypes} lists every node that is not a folder; empty
 * {@code childNodeTypes} embeds every child. {@code options}: references, their depth, the system
 * properties shown.
 */
public record WorkspaceEndpoint(String name, String source, String workspace, String rootPath, int depth,
                                List<String> nodeTypes, List<String> childNodeTypes, boolean includeSystemProperties,
                                int defaultLimit, boolean pages, DeliveryOptions options) {
    public WorkspaceEndpoint {
        nodeTypes = List.copyOf(nodeTypes);
        childNodeTypes = List.copyOf(childNodeTypes);
    }

    /** Magnolia's pages endpoint lists pages and embeds their areas and components when the file does not say. */
    public static final List<String> PAGE_TYPES = List.of("mgnl:page");
    public static final List<String> PAGE_CHILD_TYPES = List.of("mgnl:area", "mgnl:component");

    boolean lists(String nodeType) {
        return nodeTypes.isEmpty() ? !nodeType.equals("mgnl:folder") : nodeTypes.contains(nodeType);
    }

    boolean embeds(String nodeType) {
        return childNodeTypes.isEmpty() || childNodeTypes.contains(nodeType);
    }
}
