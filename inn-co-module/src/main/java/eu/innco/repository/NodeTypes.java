package eu.innco.repository;

import eu.innco.ErrorCode;
import eu.innco.FieldError;
import eu.innco.InncoException;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.jcr.NamespaceException;
import javax.jcr.NamespaceRegistry;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.nodetype.NodeTypeManager;
import javax.jcr.nodetype.NodeTypeDefinition;
import javax.jcr.nodetype.NodeTypeTemplate;
import org.apache.jackrabbit.commons.cnd.CndImporter;
import org.apache.jackrabbit.commons.cnd.ParseException;

/** Registers the {@code innco:} and {@code mgnl:} node types from the CND file, and one node type per content type. */
public final class NodeTypes {
    public static final String NAMESPACE = "https://inn-co.eu/jcr/1.0";
    public static final String SYSTEM_ROOT = "innco:system";

    private NodeTypes() {}

    static void registerBase(Session session) throws RepositoryException {
        if (session.getWorkspace().getNodeTypeManager().hasNodeType("innco:folder")) return;
        try (Reader r = new InputStreamReader(NodeTypes.class.getResourceAsStream("innco.cnd"), StandardCharsets.UTF_8)) {
            CndImporter.registerNodeTypes(r, session);
        } catch (ParseException | IOException e) {
            throw new IllegalStateException("the built-in innco.cnd is broken: " + e.getMessage(), e);
        }
    }

    /**
     * Makes sure every content type's node type exists (creating it when the type says
     * {@code autoCreate}) and that its workspace folder exists. Refuses to go on, naming the file,
     * when a node type is missing and may not be created.
     */
    public static void registerContentTypes(Session session, ContentTypeRegistry types) throws RepositoryException {
        NodeTypeManager ntm = session.getWorkspace().getNodeTypeManager();
        List<FieldError> errors = new ArrayList<>();
        // registered together: Oak validates and commits the type registry once per call, not per type
        List<NodeTypeTemplate> missing = new ArrayList<>();
        for (ContentTypeDefinition t : types.all()) {
            registerNamespaces(session, t);
            if (!ntm.hasNodeType(t.nodeType())) {
                if (!t.autoCreate()) {
                    errors.add(new FieldError(t.source(), "node type '" + t.nodeType()
                            + "' is not registered and datasource.autoCreate is false"));
                    continue;
                }
                NodeTypeTemplate tpl = ntm.createNodeTypeTemplate();
                tpl.setName(t.nodeType());
                tpl.setDeclaredSuperTypeNames(new String[] {"mgnl:content"});
                tpl.setOrderableChildNodes(true);
                if (missing.stream().noneMatch(m -> m.getName().equals(t.nodeType()))) missing.add(tpl);
            }
            Node root = session.getRootNode();
            if (!root.hasNode(t.workspace())) root.addNode(t.workspace(), "innco:folder");
        }
        if (!errors.isEmpty()) {
            throw new InncoException(ErrorCode.DEFINITION_003, "Node types missing",
                    errors.get(0).path() + ": " + errors.get(0).message(), errors);
        }
        if (!missing.isEmpty()) ntm.registerNodeTypes(missing.toArray(NodeTypeDefinition[]::new), false);
        Node root = session.getRootNode();
        if (!root.hasNode(SYSTEM_ROOT)) root.addNode(SYSTEM_ROOT, "innco:folder");
    }

    private static void registerNamespaces(Session session, ContentTypeDefinition t) throws RepositoryException {
        NamespaceRegistry reg = session.getWorkspace().getNamespaceRegistry();
        int colon = t.nodeType().indexOf(':');
        if (colon < 0) return;
        String prefix = t.nodeType().substring(0, colon);
        try {
            reg.getURI(prefix);
        } catch (NamespaceException missing) {
            String uri = t.namespaces().getOrDefault(prefix, NAMESPACE + "/" + prefix);
            reg.registerNamespace(prefix, uri);
        }
    }

    /** The folder under which the product keeps its own nodes (users, tokens, publication data). */
    public static Node systemFolder(Session session, String name) throws RepositoryException {
        Node sys = session.getRootNode().hasNode(SYSTEM_ROOT) ? session.getNode("/" + SYSTEM_ROOT)
                : session.getRootNode().addNode(SYSTEM_ROOT, "innco:folder");
        return sys.hasNode(name) ? sys.getNode(name) : sys.addNode(name, "innco:folder");
    }
}
