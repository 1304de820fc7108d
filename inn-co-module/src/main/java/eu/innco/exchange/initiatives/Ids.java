package eu.innco.exchange.initiatives;

import eu.innco.content.ContentService;
import eu.innco.repository.ContentRepository;
import java.util.ArrayList;
import java.util.List;
import javax.jcr.Node;
import javax.jcr.NodeIterator;

/** The ids of a type's items (working copies) whose property holds a value: an organisation's initiatives, the case studies citing one. */
final class Ids {
    private Ids() {}

    /** The working copies of a type whose property (single or multiple) holds {@code value}, in the folder's order. */
    static List<String> withValue(ContentRepository repository, ContentService content, String type, String property, String value) {
        String root = content.types().require(type).rootPath();
        return repository.read(s -> {
            List<String> out = new ArrayList<>();
            if (!s.nodeExists(root)) return out;
            for (NodeIterator it = s.getNode(root).getNodes(); it.hasNext(); ) {
                Node n = it.nextNode();
                if (!n.hasProperty(property)) continue;
                var p = n.getProperty(property);
                for (javax.jcr.Value v : p.isMultiple() ? p.getValues() : new javax.jcr.Value[] {p.getValue()}) {
                    if (v.getString().equals(value)) {
                        out.add(n.getIdentifier());
                        break;
                    }
                }
            }
            return out;
        });
    }

    /** An organisation's initiatives (or other items with an {@code organisation}), newest first. */
    static List<String> of(ContentRepository repository, ContentService content, String type, String organisation) {
        List<String> out = new ArrayList<>(withValue(repository, content, type, "organisation", organisation));
        java.util.Collections.reverse(out);
        return out;
    }
}
