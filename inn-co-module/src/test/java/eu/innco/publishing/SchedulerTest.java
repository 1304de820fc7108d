package eu.innco.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.InncoException;
import eu.innco.TestClock;
import eu.innco.TestModule;
import eu.innco.repository.RepositoryConfig;
import eu.innco.security.Actor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schedules are stored, run when due (also when missed while down), survive restarts, and run on one server only. */
class SchedulerTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static String org(TestModule m, String name) throws Exception {
        return m.content.create(Actor.SYSTEM, "organisation", JSON.readTree("{\"properties\":{\"name\":\"" + name
                + "\",\"country\":\"FR\",\"description\":{\"en\":\"<p>x</p>\",\"fr\":\"<p>y</p>\"}}}")).id();
    }

    static Scheduler scheduler(TestModule m) {
        return scheduler(m, Clock.systemUTC());
    }

    static Scheduler scheduler(TestModule m, Clock clock) {
        ReleaseService releases = new ReleaseService(m.repository, m.publication, new eu.innco.security.AccessPolicy(), clock);
        return new Scheduler(m.repository, scheduling(m, clock), m.publication, releases, clock, Duration.ofSeconds(10));
    }

    static SchedulingService scheduling(TestModule m) {
        return scheduling(m, Clock.systemUTC());
    }

    static SchedulingService scheduling(TestModule m, Clock clock) {
        return new SchedulingService(m.repository, m.content, new eu.innco.security.AccessPolicy(), m.audit, clock);
    }

    @Test
    void a_schedule_saved_before_a_restart_runs_after_it_even_if_its_time_passed_while_down(@TempDir Path home) throws Exception {
        RepositoryConfig segment = RepositoryConfig.segment(home);
        String id;
        String past;
        TestClock clock = TestClock.atNow();
        try (TestModule m = new TestModule(segment)) {
            id = org(m, "Scheduled");
            past = scheduling(m, clock).schedule(Actor.SYSTEM, "organisation", id, "publish", clock.instant().plusSeconds(1), List.of("fr")).id();
            scheduling(m, clock).schedule(Actor.SYSTEM, "organisation", id, "unpublish", clock.instant().plusSeconds(3600), List.of("fr"));
            try (Scheduler first = scheduler(m, clock)) {
                assertEquals(0, first.runDue(), "nothing is due yet");
            } // a clean stop gives the lease up, so the next start need not wait for it to expire
        }
        clock.pass(Duration.ofSeconds(2)); // the server is down while the schedule's time passes
        try (TestModule m = new TestModule(segment); Scheduler again = scheduler(m, clock)) {
            assertEquals(1, again.runDue());
            assertTrue(m.reader.byId("organisation", id).orElseThrow().isPublishedIn("fr"));
            Schedule done = scheduling(m).list(Actor.SYSTEM, id, null).stream().filter(s -> s.id().equals(past)).findFirst().orElseThrow();
            assertEquals("done", done.state());
            assertEquals(1, scheduling(m).list(Actor.SYSTEM, id, "pending").size(), "the future one waits");
            assertEquals(0, again.runDue(), "a done schedule never runs twice");
        }
    }

    @Test
    void only_the_holder_of_the_lease_runs_schedules_when_servers_share_a_store() throws Exception {
        try (TestModule m = TestModule.memory()) {
            String id = org(m, "Leased");
            scheduling(m).schedule(Actor.SYSTEM, "organisation", id, "publish", Instant.now().minusSeconds(5), List.of("en"));
            Scheduler first = scheduler(m);
            Scheduler second = scheduler(m);
            assertTrue(new Lease(m.repository, "scheduler", "someone-else", Duration.ofMinutes(1), Clock.systemUTC()).acquire());
            // the lease was just taken by "someone-else": neither of ours runs
            assertEquals(0, first.runDue());
            assertEquals(0, second.runDue());
            new Lease(m.repository, "scheduler", "someone-else", Duration.ofMinutes(1), Clock.systemUTC()).release();
            assertEquals(1, first.runDue());
            assertEquals(0, second.runDue(), "the lease is first's until it expires");
            assertTrue(m.reader.byId("organisation", id).orElseThrow().isPublishedIn("en"));
        }
    }

    @Test
    void a_failed_scheduled_publication_is_marked_failed_with_the_reason_and_a_cancelled_one_never_runs() throws Exception {
        try (TestModule m = TestModule.memory()) {
            String id = org(m, "Cannot");
            String bad = scheduling(m).schedule(Actor.SYSTEM, "organisation", id, "unpublish", Instant.now().minusSeconds(1), List.of("pl")).id();
            String cancelled = scheduling(m).schedule(Actor.SYSTEM, "organisation", id, "publish", Instant.now().minusSeconds(1), List.of("en")).id();
            scheduling(m).cancel(Actor.SYSTEM, cancelled);
            assertEquals(1, scheduler(m).runDue());
            Schedule failed = scheduling(m).list(Actor.SYSTEM, id, "failed").get(0);
            assertEquals(bad, failed.id());
            assertTrue(failed.result().contains("not published"), failed.result());
            assertTrue(m.reader.byId("organisation", id).isEmpty());
            assertThrows(InncoException.class, () -> scheduling(m).cancel(Actor.SYSTEM, cancelled));
        }
    }

    @Test
    void a_schedule_needs_a_known_action_a_time_and_site_locales() throws Exception {
        try (TestModule m = TestModule.memory()) {
            String id = org(m, "Bad schedule");
            InncoException e = assertThrows(InncoException.class,
                    () -> scheduling(m).schedule(Actor.SYSTEM, "organisation", id, "delete", null, List.of("xx")));
            assertEquals(List.of("action", "at", "locales"), e.errors().stream().map(eu.innco.FieldError::path).toList());
        }
    }

    @Test
    void a_scheduled_publication_or_unpublication_is_marked_done_in_its_own_commit() throws Exception {
        try (TestModule m = TestModule.memory(); Scheduler scheduler = scheduler(m)) {
            String id = org(m, "Done at once");
            List<String> seenByListeners = new java.util.ArrayList<>();
            // listeners hear a publication once it is committed: the schedule must be done by then
            m.events.subscribe(e -> seenByListeners.add(e.kind() + " " + scheduling(m).list(Actor.SYSTEM, id, null).stream()
                    .map(Schedule::state).sorted().toList()));
            scheduling(m).schedule(Actor.SYSTEM, "organisation", id, "publish", Instant.now().minusSeconds(2), List.of("en"));
            assertEquals(1, scheduler.runDue());
            scheduling(m).schedule(Actor.SYSTEM, "organisation", id, "unpublish", Instant.now().minusSeconds(1), List.of("en"));
            assertEquals(1, scheduler.runDue());
            assertEquals(List.of("PUBLISHED [done]", "UNPUBLISHED [done, done]"), seenByListeners);
        }
    }

    @Test
    void a_scheduled_release_is_marked_done_in_the_commit_that_publishes_it() throws Exception {
        TestClock clock = TestClock.atNow();
        try (TestModule m = TestModule.memory(); Scheduler scheduler = scheduler(m, clock)) {
            String a = org(m, "Launched A");
            String b = org(m, "Launched B");
            ReleaseService releases = new ReleaseService(m.repository, m.publication, new eu.innco.security.AccessPolicy(), clock);
            List<String> seenByListeners = new java.util.ArrayList<>();
            m.events.subscribe(e -> seenByListeners.add(e.kind() + " " + scheduling(m).list(Actor.SYSTEM, null, null).stream()
                    .map(Schedule::state).toList()));
            releases.create(Actor.SYSTEM, "Campaign launch", List.of(new PublishTarget("organisation", a, List.of("en", "fr")),
                    new PublishTarget("organisation", b, List.of("en"))), false, null, clock.instant().plusMillis(300), false);
            clock.pass(Duration.ofMillis(400));
            assertEquals(1, scheduler.runDue());
            assertEquals(List.of("PUBLISHED [done]", "PUBLISHED [done]"), seenByListeners);
        }
    }
}
