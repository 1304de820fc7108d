package eu.innco.exchange.initiatives;

import eu.innco.content.ContentService;
import eu.innco.repository.ContentRepository;
import java.util.ArrayList;
import java.util.List;
import javax.jcr.Node;
import javax.jcr.NodeIterator;

/** The ids of a type's items whose {@code organisation} is one organisation, newest first (working copies). */
final class Ids {
    private Ids() {}

    static List<String> of(ContentRepository repository, ContentService content, String type, String organisation) {
        String root = content.types().require(type).rootPath();
        return repository.read(s -> {
            List<Node> found = new ArrayList<>();
            if (!s.nodeExists(root)) return List.<String>of();
            for (NodeIterator it = s.getNode(root).getNodes(); it.hasNext(); ) {
                Node n = it.nextNode();
                if (n.hasProperty("organisation") && organisation.equals(n.getProperty("organisation").getString())) found.add(n);
            }
            List<String> out = new ArrayList<>();
            for (int i = found.size() - 1; i >= 0; i--) out.add(found.get(i).getIdentifier());
            return out;
        });
    }
}
