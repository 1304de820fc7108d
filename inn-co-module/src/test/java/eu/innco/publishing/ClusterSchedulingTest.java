package eu.innco.publishing;

import static eu.innco.ClusterNode.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.ClusterNode;
import eu.innco.InncoException;
import eu.innco.contenttype.field.Dates;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.RepositoryConfig;
import eu.innco.repository.Stores;
import eu.innco.security.Actor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scheduler's lease, the per-schedule claim and the release claim between two servers on one
 * PostgreSQL database (two Oak cluster nodes, each seeing the other's commits about a second late).
 */
class ClusterSchedulingTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration SOON = Duration.ofSeconds(15);
    @TempDir static Path temp;
    // two servers for the whole class (starting one on PostgreSQL takes seconds); each test uses its own items
    static ClusterNode a;
    static ClusterNode b;
    static ExecutorService both = Executors.newFixedThreadPool(2);

    @BeforeAll
    static void start() {
        assumeTrue(Stores.jdbcUrl() != null, "no PostgreSQL given (-Dinnco.test.jdbc.url)");
        RepositoryConfig shared = Stores.postgres();
        // clocks in whole seconds: two claims at once write the same time, and must still not both win
        Clock seconds = Clock.tick(Clock.systemUTC(), Duration.ofSeconds(1));
        a = new ClusterNode(shared.withClusterId(1), temp.resolve("a-index"), Duration.ofSeconds(1), seconds);
        b = new ClusterNode(shared.withClusterId(2), temp.resolve("b-index"), Duration.ofSeconds(1), seconds);
    }

    @AfterAll
    static void stop() {
        both.shutdownNow();
        if (b != null) b.close();
        if (a != null) a.close();
    }

    static String org(ClusterNode on, String name) throws Exception {
        return on.content.create(Actor.SYSTEM, "organisation", JSON.readTree("{\"properties\":{\"name\":\"" + name
                + "\",\"country\":\"IT\"}}")).id();
    }

    /** Runs both at the same moment, one on each server's thread. */
    <T> List<Future<T>> atOnce(Callable<T> onA, Callable<T> onB) {
        CyclicBarrier barrier = new CyclicBarrier(2);
        List<Future<T>> out = new ArrayList<>();
        for (Callable<T> c : List.of(onA, onB)) out.add(both.submit(() -> { barrier.await(); return c.call(); }));
        return out;
    }

    static long publications(ClusterNode on, String id) {
        return on.publishing.audit.query(AuditQuery.of(id, null, "publish", null, null, 0, 100)).total();
    }

    @Test
    void with_both_servers_running_the_scheduler_a_due_publication_happens_once_and_both_serve_it() throws Exception {
        String id = org(a, "Scheduled on A");
        Schedule sc = a.publishing.scheduling.schedule(Actor.SYSTEM, "organisation", id, "publish", Instant.now().plusSeconds(2), List.of("en"));
        a.publishing.start();
        b.publishing.start();
        try {
            await("the schedule is done", SOON, () -> b.publishing.scheduling.list(Actor.SYSTEM, id, "done").size() == 1);
            await("A serves it", SOON, () -> a.delivery.byId("organisations", "en", id).isPresent());
            await("B serves it", SOON, () -> b.delivery.byId("organisations", "en", id).isPresent());
            // three more rounds on each server, run here instead of waited for: a second run would count here
            for (int round = 0; round < 3; round++) {
                assertEquals(0, a.publishing.scheduler.runDue(), "A runs nothing more");
                assertEquals(0, b.publishing.scheduler.runDue(), "B runs nothing more");
            }
            assertEquals(1, publications(a, id), "published once");
            assertEquals(1, a.publishing.versions.list(Actor.SYSTEM, "organisation", id).size(), "one version");
            assertEquals(sc.id(), a.publishing.scheduling.list(Actor.SYSTEM, id, "done").get(0).id());
        } finally {
            // the other tests drive the schedulers by hand
            a.publishing.scheduler.close();
            b.publishing.scheduler.close();
        }
    }

    @Test
    void when_both_servers_ask_for_the_lease_at_the_same_moment_one_gets_it() throws Exception {
        for (int round = 0; round < 10; round++) {
            String name = "race-" + round;
            List<Future<Boolean>> got = atOnce(() -> lease(a.repository, name, "A").acquire(), () -> lease(b.repository, name, "B").acquire());
            assertTrue(got.get(0).get() ^ got.get(1).get(), "round " + round + ": exactly one holder, got A " + got.get(0).get()
                    + ", B " + got.get(1).get());
            // the loser asks again at once, maybe before Oak has shown it the holder's commit: still no
            boolean again = got.get(0).get() ? lease(b.repository, name, "B").acquire() : lease(a.repository, name, "A").acquire();
            assertFalse(again, "round " + round + ": the lease changed hands while held");
        }
    }

    static Lease lease(ContentRepository on, String name, String owner) {
        return new Lease(on, name, owner, Duration.ofMinutes(1), Clock.systemUTC());
    }

    @Test
    void a_release_published_from_both_servers_at_once_is_published_once() throws Exception {
        String id = org(a, "Released twice");
        Release r = a.publishing.releases.create(Actor.SYSTEM, "Twice", List.of(new PublishTarget("organisation", id, List.of("en"))),
                false, "", null, false);
        await("B sees the release", SOON, () -> b.publishing.releases.all().stream().anyMatch(x -> x.id().equals(r.id())));
        List<Future<String>> tries = atOnce(() -> outcome(() -> a.publishing.releases.publish(Actor.SYSTEM, r.id()).state()),
                () -> outcome(() -> b.publishing.releases.publish(Actor.SYSTEM, r.id()).state()));
        List<String> outcomes = List.of(tries.get(0).get(), tries.get(1).get());
        assertEquals(1, outcomes.stream().filter("published"::equals).count(), outcomes.toString());
        assertEquals(1, outcomes.stream().filter("INNCO-RELEASE-002"::equals).count(), outcomes.toString());
        await("A serves the release", SOON, () -> a.delivery.byId("organisations", "en", id).isPresent());
        await("B serves the release", SOON, () -> b.delivery.byId("organisations", "en", id).isPresent());
        assertEquals(1, publications(a, id));
        assertEquals(1, publications(b, id));
    }

    static String outcome(Callable<String> c) throws Exception {
        try {
            return c.call();
        } catch (InncoException e) {
            return e.code();
        }
    }

    @Test
    void a_schedule_claimed_on_one_server_is_not_run_by_the_other_until_the_claim_is_stale() throws Exception {
        String id = org(a, "Claimed");
        Schedule sc = a.publishing.scheduling.schedule(Actor.SYSTEM, "organisation", id, "publish", Instant.now().minusSeconds(1), List.of("en"));
        // A's runner claims it and, say, loses its lease before running it
        assertTrue(a.repository.<Boolean>write(s -> a.publishing.scheduling.store().claim(a.publishing.scheduling.store().node(s, sc.id()).orElseThrow(),
                "runner-on-A", Instant.now())));
        String path = "/innco:system/schedules/" + sc.id();
        await("B sees the claim", SOON, () -> b.repository.<Boolean>read(s -> s.nodeExists(path) && s.getNode(path).hasProperty("claimedBy")));
        assertEquals(0, b.publishing.scheduler.runDue(), "B holds the lease but leaves A's claim alone");
        assertTrue(b.publishing.reader.byId("organisation", id).isEmpty());
        a.repository.write(s -> {
            s.getNode(path).setProperty("claimed", Dates.calendar(Instant.now().minus(Duration.ofMinutes(11))));
            return null;
        });
        await("B runs the stale claim", SOON, () -> b.publishing.scheduler.runDue() == 1);
        assertEquals(1, publications(b, id));
    }
}
