package eu.innco.workspace;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.jcr.Binary;
import javax.jcr.Node;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.ValueFactory;
import javax.jcr.ValueFormatException;

/** Writes an export's tree as {@code nt:unstructured} nodes, typed values and all (see {@link StoredNames}). */
final class TreeWriter {
    private final Session session;
    private final WorkspaceIds ids;
    private final String rootPath;
    private final ValueFactory values;

    TreeWriter(Session session, WorkspaceIds ids, String rootPath) throws RepositoryException {
        this.session = session;
        this.ids = ids;
        this.rootPath = rootPath;
        this.values = session.getValueFactory();
    }

    Node write(Node parent, JcrTree t) throws RepositoryException {
        name(t.name(), parent.getPath());
        StoredNames.prefix(session, t.name());
        Node n = parent.addNode(t.name(), "nt:unstructured");
        n.setProperty(StoredNames.NODE_TYPE, t.primaryType());
        if (!t.mixins().isEmpty()) n.setProperty(StoredNames.MIXINS, t.mixins().toArray(String[]::new));
        String id = t.uuid().isEmpty() ? java.util.UUID.randomUUID().toString() : t.uuid();
        n.setProperty(StoredNames.UUID, id);
        ids.add(id, n.getPath().substring(rootPath.length()));
        properties(n, t.properties());
        for (JcrTree c : t.children()) {
            if (!c.name().startsWith("rep:")) write(n, c);
        }
        return n;
    }

    /** Sets the properties on the node, keeping the JCR types that are stored as strings in {@code innco:types}. */
    void properties(Node n, Map<String, JcrValue> props) throws RepositoryException {
        List<String> kept = new ArrayList<>();
        if (n.hasProperty(StoredNames.TYPES)) {
            for (Value v : n.getProperty(StoredNames.TYPES).getValues()) {
                if (!props.containsKey(v.getString().split("\t", 2)[0])) kept.add(v.getString());
            }
        }
        for (Map.Entry<String, JcrValue> p : props.entrySet()) {
            name(p.getKey(), n.getPath());
            String name = StoredNames.stored(p.getKey());
            StoredNames.prefix(session, name);
            JcrValue v = p.getValue();
            int type = storedType(v.type());
            if (type != v.type()) kept.add(p.getKey() + "\t" + v.typeName());
            Value[] vs = new Value[v.values().size()];
            for (int i = 0; i < vs.length; i++) vs[i] = value(type, v.values().get(i), n.getPath() + "/" + p.getKey());
            if (n.hasProperty(name) && n.getProperty(name).isMultiple() != v.multiple()) n.getProperty(name).remove();
            if (v.multiple()) n.setProperty(name, vs, type);
            else if (vs.length == 1) n.setProperty(name, vs[0]);
        }
        if (n.hasProperty(StoredNames.TYPES)) n.getProperty(StoredNames.TYPES).remove();
        if (!kept.isEmpty()) n.setProperty(StoredNames.TYPES, kept.toArray(String[]::new));
    }

    /**
     * A node or property name from the file must be one name: JCR would read {@code a/b} or
     * {@code ../x} as a path and write somewhere else than below the import's parent.
     */
    private void name(String name, String where) {
        if (name.isEmpty() || name.equals(".") || name.equals("..") || !NAME.matcher(name).matches()) {
            throw SystemViewReader.problem(where.substring(Math.min(where.length(), rootPath.length())) + "/" + name,
                    "'" + name + "' is not a JCR name: no '/', '[', ']', '*', '|' or control characters");
        }
    }

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[^/\\[\\]*|\\p{Cntrl}]{1,255}");

    /** Names, paths and references are kept as strings: a reference to a node this repository lacks must not stop the import. */
    private static int storedType(int type) {
        return switch (type) {
            case PropertyType.NAME, PropertyType.PATH, PropertyType.REFERENCE, PropertyType.WEAKREFERENCE, PropertyType.URI,
                 PropertyType.UNDEFINED -> PropertyType.STRING;
            default -> type;
        };
    }

    private Value value(int type, String s, String where) throws RepositoryException {
        try {
            if (type == PropertyType.BINARY) {
                Binary b = values.createBinary(new ByteArrayInputStream(Base64.getMimeDecoder().decode(s)));
                return values.createValue(b);
            }
            return values.createValue(s, type);
        } catch (ValueFormatException | IllegalArgumentException e) {
            throw SystemViewReader.problem(where.substring(rootPath.length()), "'" + s + "' is not a valid "
                    + PropertyType.nameFromValue(type) + " value");
        }
    }
}
