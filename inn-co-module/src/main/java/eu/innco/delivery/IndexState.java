package eu.innco.delivery;

import eu.innco.publishing.LiveTree;
import eu.innco.repository.ContentRepository;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Session;
import javax.jcr.Value;

/**
 * What the index was built from, in two numbers: how many (endpoint, item) pairs are public and
 * the sum of their state hashes (id, version, locales). The index keeps the hash on each item's
 * {@code all} document; at start both sides are summed and compared, so a publication the index
 * missed (a crash before its commit, a change made by another process) triggers a rebuild.
 */
public record IndexState(long count, long sum) {
    /**
     * Changes when the stored answers change shape (2: {@code @path} inside the workspace, issue 17):
     * every hash changes with it, so an index written before is rebuilt at the next start.
     */
    static final String ANSWER_FORMAT = "2";

    /** The state of one published item. */
    static long hash(String id, long version, List<String> locales) {
        String s = ANSWER_FORMAT + "|" + id + "|" + version + "|" + String.join(",", locales);
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        long h = 0xcbf29ce484222325L; // FNV-1a, 64 bits
        for (byte x : b) {
            h ^= (x & 0xff);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Walks {@code /innco:live} (only the few properties needed) for the endpoints' workspaces. */
    static IndexState ofRepository(ContentRepository repository, EndpointRegistry endpoints) {
        return repository.read(s -> {
            long count = 0;
            long sum = 0;
            for (EndpointDefinition ep : endpoints.all()) {
                for (Node n : children(s, ep.workspace())) {
                    if (!ep.covers(n.getProperty(LiveTree.PATH).getString())) continue;
                    List<String> locales = new ArrayList<>();
                    for (Value v : n.getProperty(LiveTree.LOCALES).getValues()) locales.add(v.getString());
                    if (locales.isEmpty()) continue;
                    count++;
                    sum += hash(n.getProperty(LiveTree.ID).getString(), n.getProperty(LiveTree.VERSION).getLong(), locales);
                }
            }
            return new IndexState(count, sum);
        });
    }

    private static List<Node> children(Session s, String workspace) throws javax.jcr.RepositoryException {
        String path = "/" + LiveTree.ROOT + "/" + workspace;
        List<Node> out = new ArrayList<>();
        if (!s.nodeExists(path)) return out;
        for (NodeIterator it = s.getNode(path).getNodes(); it.hasNext(); ) out.add(it.nextNode());
        return out;
    }
}
