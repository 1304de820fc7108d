package eu.innco.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.TestModule;
import eu.innco.content.Precondition;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import eu.innco.security.UserStore;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A schedule publishes the version that was scheduled, never text written after it, and runs only
 * while its author may still publish: disabled authors, removed ones and those who lost the right
 * have their schedules cancelled, with an audit entry.
 */
class ScheduleAuthorsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static String org(TestModule m, String name, String description) throws Exception {
        return m.content.create(Actor.SYSTEM, "organisation", JSON.readTree("{\"properties\":{\"name\":\"" + name
                + "\",\"country\":\"FR\",\"description\":{\"en\":\"" + description + "\"}}}")).id();
    }

    static Actor publisher(TestModule m, String name) {
        return new UserStore(m.repository).create(name, name + " password", Set.of(Role.PUBLISHER), "", Set.of(), false).actor();
    }

    static void disable(TestModule m, String name, Set<Role> roles, boolean disabled) {
        new UserStore(m.repository).update(name, roles, "", Set.of(), false, disabled);
    }

    @Test
    void a_scheduled_publication_publishes_the_text_as_scheduled_and_later_edits_stay_a_draft() throws Exception {
        try (TestModule m = TestModule.memory(); Scheduler scheduler = SchedulerTest.scheduler(m)) {
            String id = org(m, "Versioned", "<p>As scheduled.</p>");
            Actor paula = publisher(m, "paula");
            SchedulingService scheduling = SchedulerTest.scheduling(m);
            Schedule sc = scheduling.schedule(paula, "organisation", id, "publish", Instant.now().minusSeconds(1), List.of("en"));
            assertFalse(scheduling.list(Actor.SYSTEM, id, "pending").get(0).newerDraft());
            m.content.patch(Actor.SYSTEM, "organisation", id, JSON.readTree("{\"properties\":{\"description\":{\"en\":\"<p>Written after.</p>\"}}}"),
                    Precondition.ANY);
            Schedule listed = scheduling.list(Actor.SYSTEM, id, "pending").get(0);
            assertTrue(sc.snapshot() && listed.snapshot());
            assertTrue(listed.newerDraft(), "the listing flags that the draft changed since");
            assertEquals(1, scheduler.runDue());
            PublishedItem published = m.reader.byId("organisation", id).orElseThrow();
            assertEquals("<p>As scheduled.</p>", published.values().get("description", "en").orElseThrow());
            assertEquals("<p>Written after.</p>", m.content.get(Actor.SYSTEM, "organisation", id).values().get("description", "en").orElseThrow(),
                    "the later edit is still the working copy");
            assertTrue(m.content.get(Actor.SYSTEM, "organisation", id).locales().get("en").modifiedSincePublished(), "and shows as a draft");
            Schedule done = scheduling.list(Actor.SYSTEM, id, "done").get(0);
            assertTrue(done.result().contains("as scheduled"), done.result());
            assertEquals(1, m.versions.list(Actor.SYSTEM, "organisation", id).size(), "scheduling made no version; the publication made one");
        }
    }

    @Test
    void the_schedule_of_a_disabled_publisher_is_cancelled_when_due_with_an_audit_entry() throws Exception {
        try (TestModule m = TestModule.memory(); Scheduler scheduler = SchedulerTest.scheduler(m)) {
            String id = org(m, "Never By Pat", "<p>x</p>");
            Actor pat = publisher(m, "pat");
            SchedulingService scheduling = SchedulerTest.scheduling(m);
            scheduling.schedule(pat, "organisation", id, "publish", Instant.now().minusSeconds(1), List.of("en"));
            disable(m, "pat", Set.of(Role.PUBLISHER), true);
            scheduler.runDue();
            assertTrue(m.reader.byId("organisation", id).isEmpty(), "nothing was published");
            Schedule cancelled = scheduling.list(Actor.SYSTEM, id, "cancelled").get(0);
            assertEquals("author", cancelled.cancelledFor());
            assertTrue(cancelled.result().contains("disabled"), cancelled.result());
            var audit = m.audit.query(AuditQuery.of(id, null, "schedule-cancel", null, null, 0, 10)).entries();
            assertEquals(1, audit.size());
            assertEquals("system", audit.get(0).user());
            assertTrue(audit.get(0).detail().contains("pat") && audit.get(0).detail().contains("disabled"), audit.get(0).detail());
        }
    }

    @Test
    void a_publisher_who_became_an_editor_has_every_pending_schedule_cancelled_when_the_account_changes() throws Exception {
        try (TestModule m = TestModule.memory()) {
            String id = org(m, "Not By Editors", "<p>x</p>");
            Actor max = publisher(m, "max");
            SchedulingService scheduling = SchedulerTest.scheduling(m);
            scheduling.schedule(max, "organisation", id, "publish", Instant.now().plusSeconds(3600), List.of("en"));
            scheduling.schedule(max, "organisation", id, "unpublish", Instant.now().plusSeconds(7200), List.of("en"));
            assertEquals(0, scheduling.reviewAuthor("max", "admin"), "a publisher keeps them");
            disable(m, "max", Set.of(Role.EDITOR), false);
            assertEquals(2, scheduling.reviewAuthor("max", "admin"));
            assertTrue(scheduling.list(Actor.SYSTEM, id, "pending").isEmpty());
            assertTrue(scheduling.list(Actor.SYSTEM, id, "cancelled").stream().allMatch(s -> s.result().contains("may no longer")));
            assertEquals(2, m.audit.query(AuditQuery.of(id, "admin", "schedule-cancel", null, null, 0, 10)).entries().size());
        }
    }
}
