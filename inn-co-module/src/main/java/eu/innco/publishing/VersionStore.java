package eu.innco.publishing;

import eu.innco.content.ItemValues;
import eu.innco.content.ValuesJcr;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.field.Dates;
import eu.innco.repository.NodeTypes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

/** Versions of items under {@code /innco:system/versions/<item id>/<number>}: full copies of the working copy. */
final class VersionStore {
    private final ValuesJcr values;

    VersionStore(ValuesJcr values) {
        this.values = values;
    }

    VersionInfo create(Session s, ContentTypeDefinition type, String id, String name, ItemValues copy, String user, Instant at,
                       String action, List<String> locales, String comment) throws RepositoryException {
        Node folder = folder(s, id, true);
        long number = 1;
        for (NodeIterator it = folder.getNodes(); it.hasNext(); ) number = Math.max(number, Long.parseLong(it.nextNode().getName()) + 1);
        Node v = folder.addNode(Long.toString(number), "mgnl:contentNode");
        v.setProperty("number", number);
        v.setProperty("created", Dates.calendar(at));
        v.setProperty("createdBy", user);
        v.setProperty("action", action);
        v.setProperty("locales", locales.toArray(String[]::new));
        v.setProperty("comment", comment == null ? "" : comment);
        v.setProperty("itemName", name);
        values.write(v, type.properties(), copy, user, at);
        return info(v);
    }

    List<VersionInfo> list(Session s, String id) throws RepositoryException {
        List<VersionInfo> out = new ArrayList<>();
        Node folder = folder(s, id, false);
        if (folder == null) return out;
        for (NodeIterator it = folder.getNodes(); it.hasNext(); ) out.add(info(it.nextNode()));
        out.sort(Comparator.comparingLong(VersionInfo::number).reversed());
        return out;
    }

    Optional<Version> read(Session s, ContentTypeDefinition type, String id, long number) throws RepositoryException {
        Node folder = folder(s, id, false);
        if (folder == null || !folder.hasNode(Long.toString(number))) return Optional.empty();
        Node v = folder.getNode(Long.toString(number));
        return Optional.of(new Version(info(v), v.getProperty("itemName").getString(), values.read(v, type.properties())));
    }

    private static VersionInfo info(Node v) throws RepositoryException {
        List<String> locales = new ArrayList<>();
        for (Value x : v.getProperty("locales").getValues()) locales.add(x.getString());
        return new VersionInfo(v.getProperty("number").getLong(), v.getProperty("created").getDate().toInstant(),
                v.getProperty("createdBy").getString(), v.getProperty("action").getString(), locales, v.getProperty("comment").getString());
    }

    private static Node folder(Session s, String id, boolean create) throws RepositoryException {
        String path = "/" + NodeTypes.SYSTEM_ROOT + "/versions/" + id;
        if (s.nodeExists(path)) return s.getNode(path);
        if (!create) return null;
        Node versions = NodeTypes.systemFolder(s, "versions");
        return versions.addNode(id, "innco:folder");
    }
}
