package eu.innco.web.editor;

import eu.innco.repository.ContentRepository;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

/** Every name and text value in the repository (but Oak's own system tree), for tests that look for what must not be kept. */
public final class RepositoryText {
    private RepositoryText() {}

    public static String all(ContentRepository repository) {
        return repository.read(s -> {
            StringBuilder b = new StringBuilder();
            walk(s.getRootNode(), b);
            return b.toString();
        });
    }

    private static void walk(Node n, StringBuilder b) throws RepositoryException {
        if (n.getPath().equals("/jcr:system")) return;
        b.append(n.getPath()).append('\n');
        for (PropertyIterator p = n.getProperties(); p.hasNext(); ) {
            Property prop = p.nextProperty();
            if (prop.getType() == PropertyType.BINARY) continue;
            if (prop.isMultiple()) for (Value v : prop.getValues()) b.append(v.getString()).append('\n');
            else b.append(prop.getString()).append('\n');
        }
        for (NodeIterator i = n.getNodes(); i.hasNext(); ) walk(i.nextNode(), b);
    }
}
