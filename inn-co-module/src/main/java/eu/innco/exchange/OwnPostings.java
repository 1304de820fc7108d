package eu.innco.exchange;

import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.repository.ContentRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.jcr.Node;
import javax.jcr.NodeIterator;

/**
 * Finds an organisation's offers or needs among the working copies, published or not (an expired
 * item stays the member's, to change its date and publish it again). Reads the type's folder: the
 * account page is seldom asked for, and the public never comes here.
 */
final class OwnPostings {
    private final ContentRepository repository;
    private final ContentTypeRegistry types;

    OwnPostings(ContentRepository repository, ContentTypeRegistry types) {
        this.repository = repository;
        this.types = types;
    }

    List<String> ids(Kind kind, String organisation) {
        String root = types.require(kind.type).rootPath();
        return repository.read(s -> {
            record Found(String id, long created) {}
            List<Found> out = new ArrayList<>();
            if (!s.nodeExists(root)) return List.<String>of();
            for (NodeIterator it = s.getNode(root).getNodes(); it.hasNext(); ) {
                Node n = it.nextNode();
                if (n.hasProperty("member") && n.getProperty("member").getString().equalsIgnoreCase(organisation)) {
                    long created = n.hasProperty("mgnl:created") ? n.getProperty("mgnl:created").getDate().getTimeInMillis() : 0;
                    out.add(new Found(n.getIdentifier(), created));
                }
            }
            out.sort(Comparator.comparingLong(Found::created).reversed());
            return out.stream().map(Found::id).toList();
        });
    }
}
