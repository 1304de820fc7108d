package eu.innco.delivery;

import eu.innco.publishing.LiveTree;
import java.util.ArrayList;
import java.util.List;
import org.apache.jackrabbit.oak.api.PropertyState;
import org.apache.jackrabbit.oak.api.Type;
import org.apache.jackrabbit.oak.plugins.memory.EmptyNodeState;
import org.apache.jackrabbit.oak.spi.state.DefaultNodeStateDiff;
import org.apache.jackrabbit.oak.spi.state.NodeState;

/**
 * The published snapshots ({@code /innco:live/<workspace>/<id>}) that differ between two root
 * states, and what each one holds in the newer state. Oak compares only the subtrees that changed,
 * so the cost is the number of publications in between, never the number of items.
 */
final class LiveChanges {
    /** One snapshot that changed: its state in {@code after} ({@code locales} empty when it is gone). */
    record Item(String workspace, String id, String type, String path, long version, List<String> locales) {}

    private LiveChanges() {}

    static List<Item> between(NodeState before, NodeState after) {
        List<Item> out = new ArrayList<>();
        NodeState was = before.getChildNode(LiveTree.ROOT);
        NodeState is = after.getChildNode(LiveTree.ROOT);
        each(was, is, (ws, wsBefore, wsAfter) -> each(wsBefore, wsAfter, (id, b, a) -> {
            Item item = item(ws, id, b, a);
            if (item != null) out.add(item);
        }));
        return out;
    }

    private interface Child {
        void changed(String name, NodeState before, NodeState after);
    }

    private static void each(NodeState before, NodeState after, Child child) {
        if (!before.exists() && !after.exists()) return;
        after.compareAgainstBaseState(before, new DefaultNodeStateDiff() {
            @Override
            public boolean childNodeAdded(String name, NodeState added) {
                child.changed(name, EmptyNodeState.MISSING_NODE, added);
                return true;
            }

            @Override
            public boolean childNodeChanged(String name, NodeState b, NodeState a) {
                child.changed(name, b, a);
                return true;
            }

            @Override
            public boolean childNodeDeleted(String name, NodeState deleted) {
                child.changed(name, deleted, EmptyNodeState.MISSING_NODE);
                return true;
            }
        });
    }

    private static Item item(String workspace, String name, NodeState before, NodeState after) {
        NodeState source = after.exists() ? after : before;
        String type = string(source, LiveTree.TYPE);
        String id = string(source, LiveTree.ID);
        if (type.isEmpty() || id.isEmpty()) return null; // not a snapshot
        List<String> locales = new ArrayList<>();
        PropertyState l = after.getProperty(LiveTree.LOCALES);
        if (l != null) l.getValue(Type.STRINGS).forEach(locales::add);
        PropertyState v = after.getProperty(LiveTree.VERSION);
        return new Item(workspace, id, type, string(source, LiveTree.PATH), v == null ? 0 : v.getValue(Type.LONG), locales);
    }

    private static String string(NodeState n, String name) {
        PropertyState p = n.getProperty(name);
        return p == null || p.isArray() ? "" : p.getValue(Type.STRING);
    }
}
