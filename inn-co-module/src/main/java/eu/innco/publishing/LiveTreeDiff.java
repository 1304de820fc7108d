package eu.innco.publishing;

import eu.innco.content.ItemNodes;
import eu.innco.content.SystemProperties;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jackrabbit.oak.api.PropertyState;
import org.apache.jackrabbit.oak.api.Type;
import org.apache.jackrabbit.oak.plugins.memory.EmptyNodeState;
import org.apache.jackrabbit.oak.spi.state.DefaultNodeStateDiff;
import org.apache.jackrabbit.oak.spi.state.NodeState;

/**
 * The publications between two states of the repository, read from the published snapshots
 * ({@code /innco:live/<workspace>/<id>}): a snapshot that appears or gains locales was published, one
 * that loses locales or disappears was unpublished, one whose per-locale publication time moved was
 * published again. Oak compares only the subtrees that changed, so an unrelated commit costs nothing.
 */
final class LiveTreeDiff {
    private final Instant now;
    private final List<PublicationEvent> events = new ArrayList<>();

    private LiveTreeDiff(Instant now) {
        this.now = now;
    }

    /** Events in the order Oak reports the items; {@code now} stands for times the tree does not hold. */
    static List<PublicationEvent> between(NodeState before, NodeState after, Instant now) {
        LiveTreeDiff diff = new LiveTreeDiff(now);
        diff.children(before.getChildNode(LiveTree.ROOT), after.getChildNode(LiveTree.ROOT), diff::workspace);
        return diff.events;
    }

    /** What to do with one child that changed: the states are {@code MISSING_NODE} when it was added or removed. */
    private interface Change {
        void apply(NodeState before, NodeState after);
    }

    private void children(NodeState before, NodeState after, Change change) {
        if (!before.exists() && !after.exists()) return;
        after.compareAgainstBaseState(before, new DefaultNodeStateDiff() {
            @Override
            public boolean childNodeAdded(String name, NodeState added) {
                change.apply(EmptyNodeState.MISSING_NODE, added);
                return true;
            }

            @Override
            public boolean childNodeChanged(String name, NodeState was, NodeState is) {
                change.apply(was, is);
                return true;
            }

            @Override
            public boolean childNodeDeleted(String name, NodeState deleted) {
                change.apply(deleted, EmptyNodeState.MISSING_NODE);
                return true;
            }
        });
    }

    private void workspace(NodeState before, NodeState after) {
        children(before, after, this::item);
    }

    private void item(NodeState before, NodeState after) {
        if (before.exists() && after.exists() && before.equals(after)) return; // some node states report untouched children
        NodeState source = after.exists() ? after : before;
        String type = string(source, LiveTree.TYPE);
        String id = string(source, LiveTree.ID);
        if (type.isEmpty() || id.isEmpty()) return; // not a snapshot (a folder of another kind)
        List<String> was = locales(before);
        List<String> is = locales(after);
        List<String> withdrawn = new ArrayList<>(was);
        withdrawn.removeAll(is);
        List<String> published = new ArrayList<>();
        for (String l : is) {
            if (!was.contains(l) || !Objects.equals(string(before, ItemNodes.PUBLISHED_PREFIX + l), string(after, ItemNodes.PUBLISHED_PREFIX + l))) {
                published.add(l);
            }
        }
        // a snapshot rewritten without a locale's time moving (files, references): its readers must see it all the same
        if (published.isEmpty() && withdrawn.isEmpty() && !is.isEmpty()) published.addAll(is);
        String path = string(source, LiveTree.PATH);
        if (!withdrawn.isEmpty()) {
            events.add(new PublicationEvent(PublicationEvent.Kind.UNPUBLISHED, type, id, path, withdrawn, "", now, null));
        }
        if (!published.isEmpty()) {
            PropertyState version = after.getProperty(LiveTree.VERSION);
            events.add(new PublicationEvent(PublicationEvent.Kind.PUBLISHED, type, id, path, published,
                    string(after, SystemProperties.LAST_ACTIVATED_BY), instant(string(after, SystemProperties.LAST_ACTIVATED)),
                    version == null ? null : version.getValue(Type.LONG)));
        }
    }

    private static List<String> locales(NodeState n) {
        PropertyState p = n.getProperty(LiveTree.LOCALES);
        if (p == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String l : p.getValue(Type.STRINGS)) out.add(l);
        return out;
    }

    private static String string(NodeState n, String name) {
        PropertyState p = n.getProperty(name);
        return p == null || p.isArray() ? "" : p.getValue(Type.STRING);
    }

    private Instant instant(String iso) {
        try {
            return iso.isEmpty() ? now : OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException e) {
            return now;
        }
    }
}
