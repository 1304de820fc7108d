package eu.innco.publishing;

import eu.innco.content.ItemNodes;
import eu.innco.content.ItemValues;
import eu.innco.content.LocaleFingerprint;
import eu.innco.content.SystemProperties;
import eu.innco.content.ValuesJson;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.field.Dates;
import eu.innco.site.SiteLocales;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

/**
 * Writes and removes published snapshots, and keeps Magnolia's activation marks and our per-locale
 * publication time and fingerprint on the working copy in step with them.
 */
final class SnapshotWriter {
    private final SiteLocales locales;
    private final ItemNodes nodes;
    private final ValuesJson json;

    SnapshotWriter(SiteLocales locales, ItemNodes nodes) {
        this.locales = locales;
        this.nodes = nodes;
        this.json = new ValuesJson(locales);
    }

    /** Publishes {@code publishing} locales of the working copy; returns every locale now published. */
    List<String> publish(Session s, ContentTypeDefinition type, Node item, ItemValues workingCopy, Collection<String> publishing,
                         String user, Instant now, long version) throws RepositoryException {
        String id = item.getIdentifier();
        Optional<Node> existing = LiveTree.find(s, type, id);
        Set<String> before = existing.isPresent() ? publishedLocales(existing.get()) : Set.of();
        ItemValues previous = existing.isPresent() ? nodes.values().read(existing.get(), type.properties()) : new ItemValues();
        Set<String> keeping = new LinkedHashSet<>(before);
        keeping.removeAll(publishing);
        ItemValues snapshot = SnapshotMerge.publish(type.properties(), workingCopy, publishing, previous, keeping);
        List<String> now_ = ordered(union(before, publishing));
        Node live = LiveTree.obtain(s, type, id);
        nodes.values().write(live, type.properties(), snapshot, user, now);
        live.setProperty(LiveTree.ID, id);
        live.setProperty(LiveTree.TYPE, type.name());
        // an item imported from Magnolia is read by Magnolia's name and path (folders included)
        live.setProperty(LiveTree.NAME, eu.innco.content.MagnoliaPlace.name(item));
        live.setProperty(LiveTree.PATH, eu.innco.content.MagnoliaPlace.path(item, type.rootPath()));
        live.setProperty(LiveTree.LOCALES, now_.toArray(String[]::new));
        live.setProperty(LiveTree.REFS, References.allIds(type.properties(), snapshot).toArray(String[]::new));
        live.setProperty(LiveTree.VERSION, version);
        copyFiles(item, live);
        copy(item, live, SystemProperties.CREATED);
        copy(item, live, SystemProperties.LAST_MODIFIED);
        live.setProperty(SystemProperties.LAST_ACTIVATED, Dates.calendar(now));
        live.setProperty(SystemProperties.LAST_ACTIVATED_BY, user);
        item.setProperty(SystemProperties.LAST_ACTIVATED, Dates.calendar(now));
        item.setProperty(SystemProperties.LAST_ACTIVATED_BY, user);
        item.setProperty(SystemProperties.ACTIVATION_STATUS, true);
        for (String l : publishing) {
            live.setProperty(ItemNodes.PUBLISHED_PREFIX + l, Dates.calendar(now));
            item.setProperty(ItemNodes.PUBLISHED_PREFIX + l, Dates.calendar(now));
        }
        for (String l : now_) {
            item.setProperty(ItemNodes.PUBLISHED_HASH_PREFIX + l, LocaleFingerprint.of(type.properties(), snapshot, l, json));
        }
        return now_;
    }

    /** Withdraws locales from the public; returns the locales still published (empty: the snapshot is gone). */
    List<String> unpublish(Session s, ContentTypeDefinition type, Node item, Collection<String> withdrawing, String user, Instant now)
            throws RepositoryException {
        Optional<Node> existing = LiveTree.find(s, type, item.getIdentifier());
        if (existing.isEmpty()) return List.of();
        Node live = existing.get();
        Set<String> remaining = new LinkedHashSet<>(publishedLocales(live));
        remaining.removeAll(withdrawing);
        for (String l : withdrawing) {
            remove(item, ItemNodes.PUBLISHED_PREFIX + l);
            remove(item, ItemNodes.PUBLISHED_HASH_PREFIX + l);
        }
        if (remaining.isEmpty()) {
            live.remove();
            item.setProperty(SystemProperties.ACTIVATION_STATUS, false);
            return List.of();
        }
        ItemValues snapshot = SnapshotMerge.strip(type.properties(), nodes.values().read(live, type.properties()), remaining);
        nodes.values().write(live, type.properties(), snapshot, user, now);
        for (String l : withdrawing) remove(live, ItemNodes.PUBLISHED_PREFIX + l);
        live.setProperty(LiveTree.LOCALES, ordered(remaining).toArray(String[]::new));
        live.setProperty(LiveTree.REFS, References.allIds(type.properties(), snapshot).toArray(String[]::new));
        return ordered(remaining);
    }

    static Set<String> publishedLocales(Node live) throws RepositoryException {
        Set<String> out = new LinkedHashSet<>();
        for (Value v : live.getProperty(LiveTree.LOCALES).getValues()) out.add(v.getString());
        return out;
    }

    private List<String> ordered(Collection<String> ls) {
        List<String> out = new ArrayList<>();
        for (String l : locales.locales()) if (ls.contains(l)) out.add(l);
        return out;
    }

    private static Set<String> union(Collection<String> a, Collection<String> b) {
        Set<String> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return u;
    }

    /** An asset's file and renditions go public with its publication, so that a later upload stays a draft. */
    private static void copyFiles(Node item, Node live) throws RepositoryException {
        for (String p : new String[] {"innco:data", "innco:sha256"}) {
            if (item.hasProperty(p)) live.setProperty(p, item.getProperty(p).getValue());
            else if (live.hasProperty(p)) live.getProperty(p).remove();
        }
        String renditions = "innco:renditions";
        if (live.hasNode(renditions)) live.getNode(renditions).remove();
        if (!item.hasNode(renditions)) return;
        Node target = live.addNode(renditions, "mgnl:contentNode");
        for (javax.jcr.NodeIterator it = item.getNode(renditions).getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            Node c = target.addNode(child.getName(), "mgnl:contentNode");
            for (javax.jcr.PropertyIterator pi = child.getProperties(); pi.hasNext(); ) {
                javax.jcr.Property p = pi.nextProperty();
                if (!p.getDefinition().isProtected() && !p.getName().startsWith("mgnl:")) c.setProperty(p.getName(), p.getValue());
            }
        }
    }

    private static void copy(Node from, Node to, String name) throws RepositoryException {
        if (from.hasProperty(name)) to.setProperty(name, from.getProperty(name).getValue());
    }

    private static void remove(Node n, String name) throws RepositoryException {
        if (n.hasProperty(name)) n.getProperty(name).remove();
    }
}
