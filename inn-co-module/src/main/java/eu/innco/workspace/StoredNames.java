package eu.innco.workspace;

import eu.innco.repository.NodeTypes;
import javax.jcr.NamespaceException;
import javax.jcr.NamespaceRegistry;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * How a Magnolia node's names are kept on an {@code nt:unstructured} node here: its primary type,
 * mixins and identifier in {@code innco:} properties (Magnolia's node types need not exist for its
 * content to be stored and served), {@code jcr:} properties under {@code innco:jcr.} (JCR protects
 * some of them, such as {@code jcr:created}), and any other prefix registered on first use.
 */
final class StoredNames {
    static final String NODE_TYPE = "innco:nodeType";
    static final String MIXINS = "innco:mixins";
    static final String UUID = "innco:uuid";
    /** Properties whose JCR type (Name, Path, Reference...) is kept as a string here: "name\tType" each. */
    static final String TYPES = "innco:types";
    private static final String JCR_PREFIX = "innco:jcr.";

    private StoredNames() {}

    static boolean internal(String storedName) {
        return storedName.equals(NODE_TYPE) || storedName.equals(MIXINS) || storedName.equals(UUID) || storedName.equals(TYPES)
                || storedName.equals("jcr:primaryType") || storedName.equals("jcr:mixinTypes");
    }

    static String stored(String name) {
        return name.startsWith("jcr:") ? JCR_PREFIX + name.substring(4) : name;
    }

    static String original(String storedName) {
        return storedName.startsWith(JCR_PREFIX) ? "jcr:" + storedName.substring(JCR_PREFIX.length()) : storedName;
    }

    /** Registers the name's prefix when the repository does not know it yet. */
    static void prefix(Session s, String name) throws RepositoryException {
        int colon = name.indexOf(':');
        if (colon <= 0) return;
        String prefix = name.substring(0, colon);
        NamespaceRegistry reg = s.getWorkspace().getNamespaceRegistry();
        try {
            reg.getURI(prefix);
        } catch (NamespaceException missing) {
            reg.registerNamespace(prefix, NodeTypes.NAMESPACE + "/" + prefix);
        }
    }
}
