package eu.innco.workspace;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

/** Reads stored nodes back into the export model, with the names and JCR types they came with. */
final class TreeReader {
    private TreeReader() {}

    static JcrTree read(Node n) throws RepositoryException {
        Map<String, Integer> types = new HashMap<>();
        if (n.hasProperty(StoredNames.TYPES)) {
            for (Value v : n.getProperty(StoredNames.TYPES).getValues()) {
                String[] parts = v.getString().split("\t", 2);
                if (parts.length == 2) types.put(parts[0], PropertyType.valueFromName(parts[1]));
            }
        }
        Map<String, JcrValue> props = new LinkedHashMap<>();
        for (PropertyIterator it = n.getProperties(); it.hasNext(); ) {
            Property p = it.nextProperty();
            if (StoredNames.internal(p.getName())) continue;
            String name = StoredNames.original(p.getName());
            props.put(name, value(p, types.getOrDefault(name, p.getType())));
        }
        List<JcrTree> children = new ArrayList<>();
        for (NodeIterator it = n.getNodes(); it.hasNext(); ) children.add(read(it.nextNode()));
        return new JcrTree(n.getName(), nodeType(n), mixins(n), string(n, StoredNames.UUID), props, children);
    }

    static String nodeType(Node n) throws RepositoryException {
        return n.hasProperty(StoredNames.NODE_TYPE) ? n.getProperty(StoredNames.NODE_TYPE).getString() : "mgnl:contentNode";
    }

    static String string(Node n, String name) throws RepositoryException {
        return n.hasProperty(name) ? n.getProperty(name).getString() : "";
    }

    private static List<String> mixins(Node n) throws RepositoryException {
        List<String> out = new ArrayList<>();
        if (n.hasProperty(StoredNames.MIXINS)) for (Value v : n.getProperty(StoredNames.MIXINS).getValues()) out.add(v.getString());
        return out;
    }

    private static JcrValue value(Property p, int type) throws RepositoryException {
        List<String> out = new ArrayList<>();
        for (Value v : p.isMultiple() ? p.getValues() : new Value[] {p.getValue()}) out.add(text(v));
        return new JcrValue(type, out, p.isMultiple());
    }

    static String text(Value v) throws RepositoryException {
        if (v.getType() != PropertyType.BINARY) return v.getString();
        try (java.io.InputStream in = v.getBinary().getStream()) {
            return Base64.getEncoder().encodeToString(in.readAllBytes());
        } catch (java.io.IOException e) {
            throw new RepositoryException(e);
        }
    }
}
