package eu.innco.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.ClusterNode;
import eu.innco.repository.RepositoryConfig;
import eu.innco.repository.Stores;
import eu.innco.security.Actor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server of a cluster that was stopped while another one published catches up at its start from
 * its own checkpoint in the shared store, without walking every item; each server releases only its
 * own checkpoints. Runs with PostgreSQL ({@code -Dinnco.test.jdbc.url}).
 */
class ClusterCatchUpTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path temp;

    @Test
    void a_server_stopped_while_another_published_catches_up_from_its_checkpoint() throws Exception {
        assumeTrue(Stores.jdbcUrl() != null, "no PostgreSQL given (-Dinnco.test.jdbc.url)");
        RepositoryConfig shared = Stores.postgres();
        String id;
        try (ClusterNode a = new ClusterNode(shared.withClusterId(1), temp.resolve("a-index"), Duration.ofHours(1))) {
            ClusterNode b = new ClusterNode(shared.withClusterId(2), temp.resolve("b-index"), Duration.ofHours(1));
            b.close();
            id = a.content.create(Actor.SYSTEM, "organisation", JSON.readTree("{\"properties\":{\"name\":\"While B slept\","
                    + "\"country\":\"CY\",\"description\":{\"en\":\"<p>en</p>\"}}}")).id();
            a.publishing.publication.publish(Actor.SYSTEM, "organisation", id, List.of("en"), null, false);
        }
        // A is closed before B starts: Oak shows a server's commits to another one that starts only
        // once its background write ran (every second, and at close); the close makes that certain
        // instead of a race with the clock (CI once started B within that second).
        try (ClusterNode again = new ClusterNode(shared.withClusterId(2), temp.resolve("b-index"), Duration.ofHours(1))) {
            assertTrue(again.delivery.startCheck().startsWith("caught up from its checkpoint (1 items"), again.delivery.startCheck());
            assertTrue(again.delivery.byId("organisations", "en", id).isPresent(), "B serves what A published while it was down");
            assertEquals(1, again.repository.checkpoints().tagged(IndexCheckpoints.TAG, IndexCatchUpTest.ownerOf(temp.resolve("b-index")))
                    .size(), "B keeps one checkpoint of its own");
            assertEquals(1, again.repository.checkpoints().tagged(IndexCheckpoints.TAG, IndexCatchUpTest.ownerOf(temp.resolve("a-index"))).size(),
                    "A's checkpoint is still there: B released only its own");
        }
    }
}
