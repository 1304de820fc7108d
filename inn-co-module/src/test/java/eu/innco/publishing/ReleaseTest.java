package eu.innco.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.FieldError;
import eu.innco.InncoException;
import eu.innco.TestModule;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Releases: all items public in one commit, or none with every problem listed; scheduled ones run on time. */
class ReleaseTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static TestModule m;
    static ReleaseService releases;

    @BeforeAll
    static void start() {
        m = TestModule.memory();
        releases = new ReleaseService(m.repository, m.publication, new AccessPolicy(), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        m.close();
    }

    static String study(String title, String locales) throws Exception {
        return m.content.create(Actor.SYSTEM, "caseStudy", JSON.readTree("{\"properties\":{\"title\":" + locales.replace("T", title) + "}}")).id();
    }

    @Test
    void a_release_publishes_every_item_in_every_language_at_once() throws Exception {
        String a = study("Campaign A", "{\"en\":\"T\",\"fr\":\"T fr\",\"pl\":\"T pl\"}");
        String b = study("Campaign B", "{\"en\":\"T\",\"fr\":\"T fr\",\"pl\":\"T pl\"}");
        Release r = releases.create(Actor.SYSTEM, "Autumn campaign",
                List.of(new PublishTarget("caseStudy", a, List.of("en", "fr", "pl")), new PublishTarget("caseStudy", b, List.of())),
                false, "launch", null, true);
        assertEquals("published", r.state());
        assertEquals(List.of("en", "fr", "pl"), m.reader.byId("caseStudy", a).orElseThrow().locales());
        assertEquals(List.of("en", "fr", "pl"), m.reader.byId("caseStudy", b).orElseThrow().locales());
        assertEquals(m.reader.byId("caseStudy", a).orElseThrow().lastActivated(), m.reader.byId("caseStudy", b).orElseThrow().lastActivated(),
                "one commit, one time");
    }

    @Test
    void one_bad_item_leaves_the_whole_release_unpublished_and_every_problem_is_listed() throws Exception {
        String good = study("Good", "{\"en\":\"T\",\"fr\":\"T fr\"}");
        String noPolish = study("No Polish", "{\"en\":\"T\"}");
        String alsoNoPolish = study("Also No Polish", "{\"fr\":\"T\"}");
        Release r = releases.create(Actor.SYSTEM, "Broken", List.of(new PublishTarget("caseStudy", good, List.of("en", "fr")),
                new PublishTarget("caseStudy", noPolish, List.of("pl")), new PublishTarget("caseStudy", alsoNoPolish, List.of("pl", "de")),
                new PublishTarget("caseStudy", "00000000-0000-4000-8000-000000000000", List.of("en"))), false, null, null, false);
        InncoException e = assertThrows(InncoException.class, () -> releases.publish(Actor.SYSTEM, r.id()));
        List<String> paths = e.errors().stream().map(FieldError::path).toList();
        assertEquals(List.of("items.1.properties.title.pl", "items.2.properties.title.pl", "items.2.properties.title.de", "items.3.id"), paths);
        assertTrue(m.reader.byId("caseStudy", good).isEmpty(), "nothing of the release is published");
        assertEquals("failed", releases.get(r.id()).state());
    }

    @Test
    void a_scheduled_release_is_published_by_the_scheduler_and_a_cancelled_one_is_not() throws Exception {
        String a = study("Later", "{\"en\":\"T\"}");
        String b = study("Never", "{\"en\":\"T\"}");
        Release later = releases.create(Actor.SYSTEM, "Later", List.of(new PublishTarget("caseStudy", a, List.of("en"))), false, null,
                Instant.now().minusSeconds(1), false);
        Release never = releases.create(Actor.SYSTEM, "Never", List.of(new PublishTarget("caseStudy", b, List.of("en"))), false, null,
                Instant.now().minusSeconds(1), false);
        assertEquals("scheduled", later.state());
        releases.cancel(Actor.SYSTEM, never.id());
        SchedulingService scheduling = new SchedulingService(m.repository, m.content, new AccessPolicy(), m.audit, Clock.systemUTC());
        new Scheduler(m.repository, scheduling, m.publication, releases, Clock.systemUTC(), Duration.ofSeconds(10)).runDue();
        assertEquals("published", releases.get(later.id()).state());
        assertTrue(m.reader.byId("caseStudy", a).isPresent());
        assertEquals("cancelled", releases.get(never.id()).state());
        assertTrue(m.reader.byId("caseStudy", b).isEmpty());
    }
}
