package eu.innco.publishing;

import eu.innco.content.ItemNodes;
import eu.innco.content.ItemValues;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

/**
 * The referenced items a scheduled release pulls in ({@code includeReferences}), decided when it
 * is scheduled: each one's id, type, the locales it is pulled in for and its working copy as it
 * was then, under {@code references/<n>} of the release. When the release runs it pulls in those
 * saved values and nothing else, so that it publishes exactly what was scheduled.
 */
final class ScheduledReferences {
    static final String FOLDER = "references";

    /** One referenced item as scheduled: {@code snapshot} is the repository path of its saved values. */
    record Pinned(String type, String id, Set<String> locales, String snapshot) {
        Pinned {
            locales = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(locales));
        }
    }

    private final ItemNodes nodes;

    ScheduledReferences(ItemNodes nodes) {
        this.nodes = nodes;
    }

    /**
     * Saves the items that {@code plan} (the release planned as it is being scheduled) pulls in. The
     * folder is written even when empty: its presence is what tells a run to pull in nothing else.
     */
    void write(Node release, PublicationPlan plan, String user, Instant now) throws RepositoryException {
        if (release.hasNode(FOLDER)) release.getNode(FOLDER).remove();
        Node folder = release.addNode(FOLDER, "mgnl:contentNode");
        int i = 0;
        for (PublicationPlan.Entry e : plan.entries.values()) {
            if (e.requested || e.locales.isEmpty()) continue;
            Node entry = folder.addNode(Integer.toString(i++), "mgnl:contentNode");
            entry.setProperty("type", e.type.name());
            entry.setProperty("id", e.id);
            entry.setProperty("locales", e.locales.toArray(String[]::new));
            nodes.values().write(entry.addNode(ReleaseSnapshots.SNAPSHOT, "mgnl:contentNode"), e.type.properties(), e.values, user, now);
        }
    }

    /**
     * The saved references by item id, or null when the release has none saved (it was not
     * scheduled, or was scheduled before this existed): it then pulls in working copies, as before.
     */
    static Map<String, Pinned> read(Node release) throws RepositoryException {
        if (!release.hasNode(FOLDER)) return null;
        Map<String, Pinned> out = new LinkedHashMap<>();
        for (NodeIterator it = release.getNode(FOLDER).getNodes(); it.hasNext(); ) {
            Node entry = it.nextNode();
            Set<String> locales = new LinkedHashSet<>();
            for (Value v : entry.getProperty("locales").getValues()) locales.add(v.getString());
            String id = entry.getProperty("id").getString();
            out.put(id, new Pinned(entry.getProperty("type").getString(), id, locales,
                    entry.getPath() + "/" + ReleaseSnapshots.SNAPSHOT));
        }
        return out;
    }

    /** Reads the saved values of one referenced item; null when they are gone. */
    static ItemValues values(Session s, ItemNodes nodes, eu.innco.contenttype.ContentTypeDefinition type, Pinned p)
            throws RepositoryException {
        return s.nodeExists(p.snapshot()) ? nodes.values().read(s.getNode(p.snapshot()), type.properties()) : null;
    }
}
