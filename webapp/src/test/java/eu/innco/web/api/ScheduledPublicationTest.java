package eu.innco.web.api;

import static eu.innco.web.Http.j;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.contenttype.field.Dates;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import eu.innco.security.Role;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The running server publishes a scheduled item by itself, soon after its time: the text as it was
 * scheduled, and only while its author may still publish.
 */
class ScheduledPublicationTest {
    @Test
    void a_scheduled_publication_happens_without_anyone_asking() throws Exception {
        try (InncoServer server = TestServer.start(Map.of("INNCO_SCHEDULER_INTERVAL_SECONDS", "1"))) {
            Http admin = new Http(server.uri()).admin();
            String id = admin.post("/.rest/authoring/v1/items/organisation", j("{'properties': {'name': 'On time', 'country': 'NL'}}"))
                    .json().path("id").asText();
            Instant at = Instant.now().plusSeconds(2);
            assertEquals(201, admin.post("/.rest/authoring/v1/items/organisation/" + id + "/schedule",
                    j("{'action': 'publish', 'at': '" + Dates.format(at) + "', 'locales': ['nl']}")).status());
            String published = null;
            for (int i = 0; i < 100 && published == null; i++) {
                Thread.sleep(100);
                var p = admin.get("/.rest/authoring/v1/items/organisation/" + id).json().path("locales").path("nl").path("published");
                if (p.isTextual()) published = p.asText();
            }
            assertTrue(published != null, "published within ten seconds of the request");
            Instant when = Instant.parse(published);
            assertTrue(!when.isBefore(at.minusMillis(1)) && when.isBefore(at.plusSeconds(5)), "at " + when + " for " + at);
            assertEquals("done", admin.get("/.rest/authoring/v1/schedules?item=" + id).json().path("schedules").get(0).path("state").asText());
        }
    }

    static final String API = "/.rest/authoring/v1/";

    static com.fasterxml.jackson.databind.JsonNode scheduleOf(Http admin, String id) {
        return admin.get(API + "schedules?item=" + id).json().path("schedules").get(0);
    }

    /** Waits up to ten seconds for the item's only schedule to leave "pending". */
    static com.fasterxml.jackson.databind.JsonNode ranScheduleOf(Http admin, String id) throws InterruptedException {
        for (int i = 0; i < 100 && scheduleOf(admin, id).path("state").asText().equals("pending"); i++) Thread.sleep(100);
        return scheduleOf(admin, id);
    }

    @Test
    void a_scheduled_publication_publishes_the_text_as_scheduled_not_what_was_written_after() throws Exception {
        try (InncoServer server = TestServer.start(Map.of("INNCO_SCHEDULER_INTERVAL_SECONDS", "1"))) {
            server.services().users.create("paula", "paula password", Set.of(Role.PUBLISHER), "", Set.of(), false);
            Http admin = new Http(server.uri()).admin();
            Http paula = new Http(server.uri()).as("paula", "paula password");
            String id = admin.post(API + "items/organisation", j("{'properties': {'name': 'As scheduled', 'country': 'NL', "
                    + "'description': {'en': '<p>The text that was scheduled.</p>'}}}")).json().path("id").asText();
            assertEquals(201, paula.post(API + "items/organisation/" + id + "/schedule",
                    j("{'action': 'publish', 'at': '" + Dates.format(Instant.now().plusSeconds(2)) + "', 'locales': ['en']}")).status());
            assertEquals(200, admin.patch(API + "items/organisation/" + id,
                    j("{'properties': {'description': {'en': '<p>Written after scheduling.</p>'}}}"), "If-Match", "*").status());
            assertEquals("done", ranScheduleOf(admin, id).path("state").asText());
            Http.Res published = null;
            for (int i = 0; i < 50 && (published == null || published.status() == 404); i++) {
                if (published != null) Thread.sleep(100); // the delivery index follows the publication's commit
                published = new Http(server.uri()).get("/.rest/delivery/organisations@" + id + "?lang=en");
            }
            assertEquals(200, published.status(), published.body());
            assertEquals("<p>The text that was scheduled.</p>", published.json().path("description").asText());
            var item = admin.get(API + "items/organisation/" + id).json();
            assertEquals("<p>Written after scheduling.</p>", item.path("properties").path("description").path("en").asText());
            assertTrue(item.path("locales").path("en").path("modifiedSincePublished").asBoolean(), "the later text is a draft");
        }
    }

    @Test
    void a_pending_schedule_says_when_the_draft_changed_since_it_was_scheduled() throws Exception {
        try (InncoServer server = TestServer.start()) {
            Http admin = new Http(server.uri()).admin();
            String id = admin.post(API + "items/organisation", j("{'properties': {'name': 'Flagged', 'country': 'NL'}}")).json().path("id").asText();
            admin.post(API + "items/organisation/" + id + "/schedule", j("{'action': 'publish', 'at': '2099-01-01T00:00:00Z', 'locales': ['en']}"));
            assertTrue(scheduleOf(admin, id).path("asScheduled").asBoolean(), scheduleOf(admin, id).toString());
            assertEquals(false, scheduleOf(admin, id).path("newerDraft").asBoolean(true));
            admin.patch(API + "items/organisation/" + id, j("{'properties': {'name': 'Flagged, renamed'}}"), "If-Match", "*");
            assertEquals(true, scheduleOf(admin, id).path("newerDraft").asBoolean(false));
        }
    }

    @Test
    void the_schedule_of_a_publisher_disabled_before_it_was_due_is_cancelled_and_audited() throws Exception {
        try (InncoServer server = TestServer.start(Map.of("INNCO_SCHEDULER_INTERVAL_SECONDS", "1"))) {
            server.services().users.create("pat", "pat's password", Set.of(Role.PUBLISHER), "", Set.of(), false);
            Http admin = new Http(server.uri()).admin();
            String id = admin.post(API + "items/organisation", j("{'properties': {'name': 'Not by Pat', 'country': 'NL'}}"))
                    .json().path("id").asText();
            assertEquals(201, new Http(server.uri()).as("pat", "pat's password").post(API + "items/organisation/" + id + "/schedule",
                    j("{'action': 'publish', 'at': '" + Dates.format(Instant.now().plusSeconds(2)) + "', 'locales': ['en']}")).status());
            // changed outside the editor (another server, the command line): caught when the schedule is due
            server.services().users.update("pat", Set.of(Role.PUBLISHER), "", Set.of(), false, true);
            var ran = ranScheduleOf(admin, id);
            assertEquals("cancelled", ran.path("state").asText(), ran.toString());
            assertEquals("author", ran.path("cancelledFor").asText());
            assertEquals(404, new Http(server.uri()).get("/.rest/delivery/organisations@" + id + "?lang=en").status());
            var audit = admin.get(API + "audit?item=" + id + "&action=schedule-cancel").json().path("entries");
            assertEquals(1, audit.size(), audit.toString());
            assertTrue(audit.get(0).path("detail").asText().contains("disabled"), audit.toString());
        }
    }
}
