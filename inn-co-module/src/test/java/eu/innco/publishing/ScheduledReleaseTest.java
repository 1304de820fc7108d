package eu.innco.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.TestModule;
import eu.innco.content.Precondition;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A scheduled release publishes its items as they were when it was scheduled, like a scheduled
 * publication of one item: later edits stay drafts and the schedule says so; and it runs only while
 * its author may still publish releases, else it is cancelled with its release and an audit entry.
 */
class ScheduledReleaseTest {
    static void edit(TestModule m, String id, String text) throws Exception {
        m.content.patch(Actor.SYSTEM, "organisation", id,
                ScheduleAuthorsTest.JSON.readTree("{\"properties\":{\"description\":{\"en\":\"" + text + "\"}}}"), Precondition.ANY);
    }

    static String description(PublishedItem p) {
        return p.values().get("description", "en").orElseThrow().toString();
    }

    @Test
    void a_scheduled_release_publishes_its_items_as_scheduled_and_later_edits_stay_drafts() throws Exception {
        try (TestModule m = TestModule.memory(); Scheduler scheduler = SchedulerTest.scheduler(m)) {
            String a = ScheduleAuthorsTest.org(m, "Release A", "<p>A as scheduled.</p>");
            String b = ScheduleAuthorsTest.org(m, "Release B", "<p>B as scheduled.</p>");
            Actor paula = ScheduleAuthorsTest.publisher(m, "paula");
            ReleaseService releases = new ReleaseService(m.repository, m.publication, new AccessPolicy(), Clock.systemUTC());
            Release r = releases.create(paula, "Launch", List.of(new PublishTarget("organisation", a, List.of("en")),
                    new PublishTarget("organisation", b, List.of("en"))), false, null, Instant.now().minusSeconds(1), false);
            SchedulingService scheduling = SchedulerTest.scheduling(m);
            Schedule pending = scheduling.list(Actor.SYSTEM, null, "pending").get(0);
            assertTrue(pending.snapshot() && !pending.newerDraft(), "saved as scheduled, nothing changed yet: " + pending);

            edit(m, a, "<p>A written after.</p>");
            assertTrue(scheduling.list(Actor.SYSTEM, null, "pending").get(0).newerDraft(), "the listing flags the newer draft");

            assertEquals(1, scheduler.runDue());
            assertEquals("published", releases.get(r.id()).state());
            assertEquals("<p>A as scheduled.</p>", description(m.reader.byId("organisation", a).orElseThrow()));
            assertEquals("<p>B as scheduled.</p>", description(m.reader.byId("organisation", b).orElseThrow()));
            assertEquals("<p>A written after.</p>", m.content.get(Actor.SYSTEM, "organisation", a).values().get("description", "en").orElseThrow(),
                    "the later edit is still the working copy");
            assertTrue(m.content.get(Actor.SYSTEM, "organisation", a).locales().get("en").modifiedSincePublished(), "and shows as a draft");
            assertFalse(m.content.get(Actor.SYSTEM, "organisation", b).locales().get("en").modifiedSincePublished());
            Schedule done = scheduling.list(Actor.SYSTEM, null, "done").get(0);
            assertTrue(done.result().contains("as scheduled"), done.result());
        }
    }

    static String studyOf(TestModule m, String title, String org) throws Exception {
        return m.content.create(Actor.SYSTEM, "caseStudy", ScheduleAuthorsTest.JSON.readTree("{\"properties\":{\"title\":{\"en\":\""
                + title + "\"},\"organisations\":[\"" + org + "\"]}}")).id();
    }

    @Test
    void a_scheduled_release_pulls_in_its_references_as_they_were_when_scheduled() throws Exception {
        try (TestModule m = TestModule.memory(); Scheduler scheduler = SchedulerTest.scheduler(m)) {
            String org = ScheduleAuthorsTest.org(m, "Referenced Draft", "<p>Org as scheduled.</p>");
            String study = studyOf(m, "Study With A Partner", org);
            Actor paula = ScheduleAuthorsTest.publisher(m, "paula");
            ReleaseService releases = new ReleaseService(m.repository, m.publication, new AccessPolicy(), Clock.systemUTC());
            Release r = releases.create(paula, "With references", List.of(new PublishTarget("caseStudy", study, List.of("en"))), true, null,
                    Instant.now().minusSeconds(1), false);
            SchedulingService scheduling = SchedulerTest.scheduling(m);
            assertFalse(scheduling.list(Actor.SYSTEM, null, "pending").get(0).newerDraft(), "nothing changed yet");

            edit(m, org, "<p>Org written after.</p>");
            assertTrue(scheduling.list(Actor.SYSTEM, null, "pending").get(0).newerDraft(), "a changed referenced item is flagged too");

            assertEquals(1, scheduler.runDue());
            assertEquals("published", releases.get(r.id()).state(), releases.get(r.id()).result());
            assertEquals("<p>Org as scheduled.</p>", description(m.reader.byId("organisation", org).orElseThrow()),
                    "the referenced item is published as it was when the release was scheduled");
            assertTrue(m.content.get(Actor.SYSTEM, "organisation", org).locales().get("en").modifiedSincePublished(),
                    "the later edit stays a draft");
            Schedule done = scheduling.list(Actor.SYSTEM, null, "done").get(0);
            assertTrue(done.result().contains("items it pulls in"), done.result());
        }
    }

    @Test
    void a_reference_that_was_published_when_scheduled_and_withdrawn_since_is_not_pulled_in() throws Exception {
        try (TestModule m = TestModule.memory(); Scheduler scheduler = SchedulerTest.scheduler(m)) {
            String org = ScheduleAuthorsTest.org(m, "Published Then Withdrawn", "<p>Public at first.</p>");
            m.publication.publish(Actor.SYSTEM, "organisation", org, List.of("en"), null, false);
            String study = studyOf(m, "Study Of A Withdrawn Partner", org);
            Actor paula = ScheduleAuthorsTest.publisher(m, "paula");
            ReleaseService releases = new ReleaseService(m.repository, m.publication, new AccessPolicy(), Clock.systemUTC());
            Release r = releases.create(paula, "Reference added later", List.of(new PublishTarget("caseStudy", study, List.of("en"))), true,
                    null, Instant.now().minusSeconds(1), false);
            m.publication.unpublish(Actor.SYSTEM, "organisation", org, List.of(), false);
            edit(m, org, "<p>Never scheduled.</p>");

            assertEquals(1, scheduler.runDue());
            Release after = releases.get(r.id());
            assertEquals("failed", after.state(), "refused as a release without references would be: " + after.result());
            assertTrue(m.reader.byId("caseStudy", study).isEmpty(), "nothing of the release is published");
            assertTrue(m.reader.byId("organisation", org).isEmpty(), "the withdrawn item is not pulled in from its working copy");
            Schedule failed = SchedulerTest.scheduling(m).list(Actor.SYSTEM, null, "failed").get(0);
            assertTrue(failed.result().contains("not pulled in when the release was scheduled"), failed.result());
        }
    }

    @Test
    void the_scheduled_release_of_a_disabled_author_is_cancelled_with_its_release_and_an_audit_entry() throws Exception {
        try (TestModule m = TestModule.memory(); Scheduler scheduler = SchedulerTest.scheduler(m)) {
            String a = ScheduleAuthorsTest.org(m, "Never Released", "<p>x</p>");
            Actor pat = ScheduleAuthorsTest.publisher(m, "pat");
            ReleaseService releases = new ReleaseService(m.repository, m.publication, new AccessPolicy(), Clock.systemUTC());
            Release r = releases.create(pat, "Pat's launch", List.of(new PublishTarget("organisation", a, List.of("en"))), false, null,
                    Instant.now().minusSeconds(1), false);
            ScheduleAuthorsTest.disable(m, "pat", Set.of(Role.PUBLISHER), true);
            scheduler.runDue();
            assertTrue(m.reader.byId("organisation", a).isEmpty(), "nothing was published");
            Schedule cancelled = SchedulerTest.scheduling(m).list(Actor.SYSTEM, null, "cancelled").get(0);
            assertEquals("author", cancelled.cancelledFor(), "shown to admins on the dashboard");
            Release after = releases.get(r.id());
            assertEquals("cancelled", after.state(), "the release does not stay scheduled for ever");
            assertTrue(after.result().contains("disabled"), after.result());
            var audit = m.audit.query(AuditQuery.of(r.id(), null, "schedule-cancel", null, null, 0, 10)).entries();
            assertEquals(1, audit.size(), "an audit entry names the release");
            assertTrue(audit.get(0).detail().contains("pat"), audit.get(0).detail());
        }
    }

    @Test
    void a_release_author_who_became_an_editor_has_the_release_cancelled_when_the_account_changes() throws Exception {
        try (TestModule m = TestModule.memory()) {
            String a = ScheduleAuthorsTest.org(m, "Not By Editors Either", "<p>x</p>");
            Actor max = ScheduleAuthorsTest.publisher(m, "max");
            ReleaseService releases = new ReleaseService(m.repository, m.publication, new AccessPolicy(), Clock.systemUTC());
            Release r = releases.create(max, "Max's launch", List.of(new PublishTarget("organisation", a, List.of("en"))), false, null,
                    Instant.now().plusSeconds(3600), false);
            ScheduleAuthorsTest.disable(m, "max", Set.of(Role.EDITOR), false);
            assertEquals(1, SchedulerTest.scheduling(m).reviewAuthor("max", "admin"));
            assertEquals("cancelled", releases.get(r.id()).state());
            assertTrue(releases.get(r.id()).result().contains("may no longer publish releases"), releases.get(r.id()).result());
        }
    }
}
