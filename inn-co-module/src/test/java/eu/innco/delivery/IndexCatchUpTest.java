package eu.innco.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.TestModule;
import eu.innco.content.ContentItem;
import eu.innco.content.Precondition;
import eu.innco.publishing.PublicationEvent;
import eu.innco.publishing.PublicationListener;
import eu.innco.security.Actor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start checks the index against the repository from Oak's diff since the index's checkpoint, not
 * by walking every published item, and still catches up what a crash left out: the repository
 * committed a publication, the process died before the index committed it.
 */
class IndexCatchUpTest {
    static final ObjectMapper JSON = new ObjectMapper();
    TestModule m;
    /** The service the publications reach; null while "the index update is lost". */
    volatile DeliveryService listening;
    @TempDir
    Path home;

    @BeforeEach
    void start() {
        m = TestModule.memory();
        m.events.subscribe(new PublicationListener.Batched() {
            @Override public void published(PublicationEvent e) { if (listening != null) listening.published(e); }
            @Override public void publishedAll(List<PublicationEvent> es) { if (listening != null) listening.publishedAll(es); }
        });
    }

    @AfterEach
    void stop() {
        m.close();
    }

    DeliveryService open(Path index) {
        return DeliveryService.start(m.repository, m.types, m.locales, EndpointLoader.load(TestModule.lightModules(), m.types), m.reader, index);
    }

    ContentItem org(String name, String city) throws Exception {
        ContentItem o = m.content.create(Actor.SYSTEM, "organisation", JSON.readTree("{\"properties\": {\"name\": \"" + name
                + "\", \"country\": \"FR\", \"city\": \"" + city + "\", \"description\": {\"en\": \"<p>" + name + "</p>\"}}}"));
        m.publication.publish(Actor.SYSTEM, "organisation", o.id(), List.of("en"), null, false);
        return o;
    }

    static String city(DeliveryService d, ContentItem o) throws Exception {
        return JSON.readTree(d.byId("organisations", "en", o.id()).orElseThrow().json()).path("city").asText();
    }

    /** What a kill -9 leaves on disk: the index's last commit, without what was only staged or in memory since. */
    static void crashImage(Path index, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(index)) {
            for (Path f : files.toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
    }

    @Test
    void an_index_that_matches_is_kept_with_its_checkpoint_when_nothing_changed() throws Exception {
        listening = open(home.resolve("index"));
        ContentItem o = org("Stable", "Athens");
        listening.close();
        List<String> taken = m.repository.checkpoints().tagged(IndexCheckpoints.TAG, ownerOf(home.resolve("index")));
        assertEquals(1, taken.size(), taken.toString());
        DeliveryService again = open(home.resolve("index"));
        try {
            assertEquals("up to date (nothing changed since its checkpoint)", again.startCheck());
            assertEquals("Athens", city(again, o));
            assertEquals(taken, m.repository.checkpoints().tagged(IndexCheckpoints.TAG, ownerOf(home.resolve("index"))), "no new checkpoint");
        } finally {
            again.close();
        }
    }

    @Test
    void a_checkpoint_is_kept_only_while_recent_and_replaced_once_something_was_published() throws Exception {
        listening = open(home.resolve("index"));
        org("Aging", "Liege");
        listening.close();
        listening = null;
        String owner = ownerOf(home.resolve("index"));
        String old = m.repository.checkpoints().tagged(IndexCheckpoints.TAG, owner).get(0);
        long now = System.currentTimeMillis();
        assertTrue(IndexCheckpoints.recent(m.repository.checkpoints().info(old), now));
        assertTrue(!IndexCheckpoints.recent(Map.of(IndexCheckpoints.TAKEN, Long.toString(now - IndexCheckpoints.REUSED_AT_MOST.toMillis())), now));
        assertTrue(!IndexCheckpoints.recent(Map.of(IndexCheckpoints.TAG, owner), now), "one from before checkpoints said when");
        assertTrue(!IndexCheckpoints.recent(Map.of(IndexCheckpoints.TAKEN, Long.toString(now + 60_000)), now), "one from a clock set back");
        org("Moved on", "Namur"); // published while the index was not listening: the start catches up and moves the checkpoint on
        DeliveryService again = open(home.resolve("index"));
        try {
            assertTrue(again.startCheck().startsWith("caught up from its checkpoint"), again.startCheck());
            List<String> now2 = m.repository.checkpoints().tagged(IndexCheckpoints.TAG, owner);
            assertEquals(1, now2.size(), now2.toString());
            assertTrue(!now2.contains(old), "the old checkpoint was replaced and released");
        } finally {
            again.close();
        }
    }

    @Test
    void publications_lost_by_a_crash_between_the_repository_and_the_index_are_caught_up_at_the_next_start() throws Exception {
        DeliveryService first = open(home.resolve("index"));
        listening = first;
        ContentItem kept = org("Kept", "Lyon");
        ContentItem moved = org("Moved", "Gent");
        ContentItem gone = org("Gone", "Roma");
        first.close(); // a clean stop: its checkpoint holds all three
        DeliveryService running = open(home.resolve("index"));
        listening = null; // from here the repository commits, the index never hears of it
        ContentItem added = org("Added", "Warszawa");
        m.content.patch(Actor.SYSTEM, "organisation", moved.id(), JSON.readTree("{\"properties\": {\"city\": \"Brussel\"}}"), Precondition.ANY);
        m.publication.publish(Actor.SYSTEM, "organisation", moved.id(), List.of("en"), null, false);
        m.publication.unpublish(Actor.SYSTEM, "organisation", gone.id(), List.of(), true);
        crashImage(home.resolve("index"), home.resolve("crashed"));
        DeliveryService restarted = open(home.resolve("crashed"));
        try {
            assertTrue(restarted.startCheck().startsWith("caught up from its checkpoint (3 items"), restarted.startCheck());
            assertEquals("Warszawa", city(restarted, added));
            assertEquals("Brussel", city(restarted, moved));
            assertEquals("Lyon", city(restarted, kept));
            assertTrue(restarted.byId("organisations", "en", gone.id()).isEmpty(), "the unpublished item is gone");
            assertEquals(3, restarted.query("organisations", "en", Map.of()).total());
        } finally {
            restarted.close();
            running.close();
        }
    }

    @Test
    void a_publication_the_index_missed_while_running_is_caught_up_when_the_checkpoint_moves_on() throws Exception {
        DeliveryService d = open(home.resolve("index"));
        try {
            ContentItem missed = org("Missed", "Nicosia"); // nobody listening: as if the index update had failed
            assertTrue(d.byId("organisations", "en", missed.id()).isEmpty());
            d.advanceCheckpoint();
            assertEquals("Nicosia", city(d, missed));
        } finally {
            d.close();
        }
    }

    @Test
    void an_index_without_a_usable_checkpoint_is_checked_by_walking_the_published_items() throws Exception {
        listening = open(home.resolve("index"));
        ContentItem o = org("Walked", "Krakow");
        listening.close();
        listening = null;
        for (String id : m.repository.checkpoints().tagged(IndexCheckpoints.TAG, ownerOf(home.resolve("index")))) {
            m.repository.checkpoints().release(id); // as after a week stopped: the checkpoint expired
        }
        DeliveryService again = open(home.resolve("index"));
        try {
            assertTrue(again.startCheck().startsWith("checked against every published item"), again.startCheck());
            assertEquals("Krakow", city(again, o));
        } finally {
            again.close();
        }
    }

    static String ownerOf(Path index) throws Exception {
        try (var dir = org.apache.lucene.store.FSDirectory.open(index)) {
            return org.apache.lucene.index.SegmentInfos.readLatestCommit(dir).getUserData().get(DeliveryIndex.OWNER);
        }
    }
}
