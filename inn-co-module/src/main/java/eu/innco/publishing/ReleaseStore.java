package eu.innco.publishing;

import eu.innco.contenttype.field.Dates;
import eu.innco.repository.NodeTypes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

/** Releases under {@code /innco:system/releases/<id>}, their items as ordered children. */
final class ReleaseStore {
    Release create(Session s, String name, List<PublishTarget> items, boolean includeReferences, String comment, Instant at,
                   String user, Instant now) throws RepositoryException {
        String id = UUID.randomUUID().toString();
        Node n = NodeTypes.systemFolder(s, "releases").addNode(id, "mgnl:contentNode");
        n.setProperty("name", name);
        n.setProperty("includeReferences", includeReferences);
        n.setProperty("comment", comment == null ? "" : comment);
        n.setProperty("state", at == null ? "draft" : "scheduled");
        if (at != null) n.setProperty("at", Dates.calendar(at));
        n.setProperty("createdBy", user);
        n.setProperty("created", Dates.calendar(now));
        n.setProperty("result", "");
        Node list = n.addNode("items", "mgnl:contentNode");
        int i = 0;
        for (PublishTarget t : items) {
            Node item = list.addNode(Integer.toString(i++), "mgnl:contentNode");
            item.setProperty("type", t.type());
            item.setProperty("id", t.id());
            item.setProperty("locales", t.locales().toArray(String[]::new));
        }
        return read(n);
    }

    List<Release> all(Session s) throws RepositoryException {
        List<Release> out = new ArrayList<>();
        String path = "/" + NodeTypes.SYSTEM_ROOT + "/releases";
        if (!s.nodeExists(path)) return out;
        for (NodeIterator it = s.getNode(path).getNodes(); it.hasNext(); ) out.add(read(it.nextNode()));
        out.sort(Comparator.comparing(Release::created).reversed());
        return out;
    }

    Optional<Node> node(Session s, String id) throws RepositoryException {
        String path = "/" + NodeTypes.SYSTEM_ROOT + "/releases/" + id;
        return id != null && id.matches("[0-9a-f-]{36}") && s.nodeExists(path) ? Optional.of(s.getNode(path)) : Optional.empty();
    }

    void finish(Node n, String state, String result, Instant at) throws RepositoryException {
        n.setProperty("state", state);
        n.setProperty("result", result.length() > 4000 ? result.substring(0, 4000) : result);
        if (at != null) n.setProperty("publishedAt", Dates.calendar(at));
    }

    static Release read(Node n) throws RepositoryException {
        List<PublishTarget> items = new ArrayList<>();
        for (NodeIterator it = n.getNode("items").getNodes(); it.hasNext(); ) {
            Node i = it.nextNode();
            List<String> locales = new ArrayList<>();
            for (Value v : i.getProperty("locales").getValues()) locales.add(v.getString());
            // a scheduled release publishes what was saved when it was scheduled (see ReleaseSnapshots)
            String snapshot = i.hasNode(ReleaseSnapshots.SNAPSHOT) ? i.getNode(ReleaseSnapshots.SNAPSHOT).getPath() : null;
            items.add(new PublishTarget(i.getProperty("type").getString(), i.getProperty("id").getString(), locales, snapshot));
        }
        return new Release(n.getName(), n.getProperty("name").getString(), items, n.getProperty("includeReferences").getBoolean(),
                n.getProperty("comment").getString(), n.getProperty("state").getString(),
                n.hasProperty("at") ? n.getProperty("at").getDate().toInstant() : null, n.getProperty("createdBy").getString(),
                n.getProperty("created").getDate().toInstant(),
                n.hasProperty("publishedAt") ? n.getProperty("publishedAt").getDate().toInstant() : null, n.getProperty("result").getString());
    }
}
