package eu.innco.publishing;

import eu.innco.content.ItemNodes;
import eu.innco.content.ItemValues;
import eu.innco.content.LocaleFingerprint;
import eu.innco.content.ValuesJson;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.site.SiteLocales;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * The values a scheduled release publishes: each item's working copy as it was when the release was
 * scheduled, saved under the item's entry in the release ({@code items/<n>/snapshot}), as a single
 * scheduled publication keeps its own. Also tells whether a working copy changed since, so that
 * the schedule can be flagged: those changes stay a draft.
 */
final class ReleaseSnapshots {
    static final String SNAPSHOT = "snapshot";

    private final ContentTypeRegistry types;
    private final SiteLocales locales;
    private final ItemNodes nodes;
    private final ValuesJson json;

    ReleaseSnapshots(ContentTypeRegistry types, SiteLocales locales, ItemNodes nodes) {
        this.types = types;
        this.locales = locales;
        this.nodes = nodes;
        this.json = new ValuesJson(locales);
    }

    /**
     * Saves the working copy of every item of {@code release} (its node) under its entry. An item
     * that does not exist gets none: the release then fails when due, naming it, as before.
     */
    void write(Session s, Node release, String user, Instant now) throws RepositoryException {
        for (NodeIterator it = release.getNode("items").getNodes(); it.hasNext(); ) {
            Node entry = it.nextNode();
            Optional<ContentTypeDefinition> type = types.get(entry.getProperty("type").getString());
            Node item = type.isEmpty() ? null : nodes.findOrNull(s, type.get(), entry.getProperty("id").getString());
            if (item == null) continue;
            ItemValues values = nodes.values().read(item, type.get().properties());
            if (entry.hasNode(SNAPSHOT)) entry.getNode(SNAPSHOT).remove();
            nodes.values().write(entry.addNode(SNAPSHOT, "mgnl:contentNode"), type.get().properties(), values, user, now);
        }
    }

    /** Whether any item's working copy differs, in a locale the release publishes, from what the release saved. */
    boolean newerDraft(Session s, Release release) throws RepositoryException {
        for (PublishTarget t : release.items()) {
            if (t.snapshot() == null || !s.nodeExists(t.snapshot())) continue;
            ContentTypeDefinition type = types.get(t.type()).orElse(null);
            Node item = type == null ? null : nodes.findOrNull(s, type, t.id());
            if (item == null) continue;
            ItemValues scheduled = nodes.values().read(s.getNode(t.snapshot()), type.properties());
            if (differs(type, scheduled, nodes.values().read(item, type.properties()), t.locales())) return true;
        }
        return false;
    }

    /** Whether a referenced item the release pulls in changed since it was saved, in a locale it is pulled in for. */
    boolean newerReferenceDraft(Session s, Node release) throws RepositoryException {
        var pinned = ScheduledReferences.read(release);
        if (pinned == null) return false;
        for (ScheduledReferences.Pinned p : pinned.values()) {
            ContentTypeDefinition type = types.get(p.type()).orElse(null);
            Node item = type == null ? null : nodes.findOrNull(s, type, p.id());
            ItemValues scheduled = item == null ? null : ScheduledReferences.values(s, nodes, type, p);
            if (scheduled == null) continue;
            if (differs(type, scheduled, nodes.values().read(item, type.properties()), List.copyOf(p.locales()))) return true;
        }
        return false;
    }

    /** Whether a reader of one of {@code ls} (none: every site locale) would see {@code a} and {@code b} differently. */
    boolean differs(ContentTypeDefinition type, ItemValues a, ItemValues b, List<String> ls) {
        for (String l : ls.isEmpty() ? locales.locales() : ls) {
            if (!LocaleFingerprint.of(type.properties(), a, l, json).equals(LocaleFingerprint.of(type.properties(), b, l, json))) return true;
        }
        return false;
    }

    /** True when the release was scheduled with its content saved (releases scheduled before this existed have none). */
    static boolean saved(Release release) {
        return release.items().stream().anyMatch(t -> t.snapshot() != null);
    }
}
