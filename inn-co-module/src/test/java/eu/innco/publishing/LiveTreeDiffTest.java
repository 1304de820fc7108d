package eu.innco.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.innco.content.ItemNodes;
import eu.innco.content.SystemProperties;
import java.time.Instant;
import java.util.List;
import org.apache.jackrabbit.oak.api.Type;
import org.apache.jackrabbit.oak.plugins.memory.EmptyNodeState;
import org.apache.jackrabbit.oak.spi.state.NodeBuilder;
import org.apache.jackrabbit.oak.spi.state.NodeState;
import org.junit.jupiter.api.Test;

/** Publication events read from two states of the published snapshots, as another server's commits reach this one. */
class LiveTreeDiffTest {
    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    static final String ID = "0b0c0d0e-0000-4000-8000-000000000001";

    static NodeState root(String... localesAndTimes) {
        NodeBuilder root = EmptyNodeState.EMPTY_NODE.builder();
        NodeBuilder other = root.child("innco:system").child("schedules");
        other.setProperty("state", "done");
        if (localesAndTimes.length == 0) return root.getNodeState();
        NodeBuilder live = root.child(LiveTree.ROOT).child("organisations").child(ID);
        live.setProperty(LiveTree.ID, ID);
        live.setProperty(LiveTree.TYPE, "organisation");
        live.setProperty(LiveTree.PATH, "/arobase");
        live.setProperty(LiveTree.VERSION, 3L);
        live.setProperty(SystemProperties.LAST_ACTIVATED_BY, "pia");
        live.setProperty(SystemProperties.LAST_ACTIVATED, "2025-02-28T09:00:00.000+01:00", Type.DATE);
        String[] locales = new String[localesAndTimes.length];
        for (int i = 0; i < localesAndTimes.length; i++) {
            String[] lt = localesAndTimes[i].split("@");
            locales[i] = lt[0];
            live.setProperty(ItemNodes.PUBLISHED_PREFIX + lt[0], lt[1], Type.DATE);
        }
        live.setProperty(LiveTree.LOCALES, List.of(locales), Type.STRINGS);
        return root.getNodeState();
    }

    static String events(NodeState before, NodeState after) {
        return LiveTreeDiff.between(before, after, NOW).stream().map(e -> e.eventName() + " " + e.type() + " " + e.locales()).toList().toString();
    }

    @Test
    void a_new_snapshot_is_a_publication_with_who_when_and_which_version() {
        List<PublicationEvent> events = LiveTreeDiff.between(root(), root("en@2025-02-28T09:00:00Z"), NOW);
        assertEquals(1, events.size());
        PublicationEvent e = events.get(0);
        assertEquals(List.of(PublicationEvent.Kind.PUBLISHED, "organisation", ID, "/arobase", List.of("en"), "pia", 3L),
                List.of(e.kind(), e.type(), e.id(), e.path(), e.locales(), e.user(), e.version()));
        assertEquals(Instant.parse("2025-02-28T08:00:00Z"), e.at());
    }

    @Test
    void a_locale_added_or_published_again_is_a_publication_of_just_that_locale() {
        NodeState before = root("en@2025-02-28T09:00:00Z", "fr@2025-02-28T09:00:00Z");
        assertEquals("[published organisation [pl]]", events(before, root("en@2025-02-28T09:00:00Z", "fr@2025-02-28T09:00:00Z",
                "pl@2025-03-01T09:00:00Z")));
        assertEquals("[published organisation [fr]]", events(before, root("en@2025-02-28T09:00:00Z", "fr@2025-03-01T09:00:00Z")));
    }

    @Test
    void a_withdrawn_locale_or_a_removed_snapshot_is_an_unpublication() {
        NodeState before = root("en@2025-02-28T09:00:00Z", "fr@2025-02-28T09:00:00Z");
        assertEquals("[unpublished organisation [fr]]", events(before, root("en@2025-02-28T09:00:00Z")));
        assertEquals("[unpublished organisation [en, fr]]", events(before, root()));
    }

    @Test
    void changes_outside_the_published_snapshots_are_no_events() {
        NodeState before = root("en@2025-02-28T09:00:00Z");
        NodeBuilder b = before.builder();
        b.child("innco:system").child("schedules").setProperty("state", "pending");
        b.child("organisations").child("arobase").setProperty("name", "draft change");
        assertEquals("[]", events(before, b.getNodeState()));
        assertEquals("[]", events(before, before));
    }
}
