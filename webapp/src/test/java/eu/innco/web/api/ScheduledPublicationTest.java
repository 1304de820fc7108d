package eu.innco.web.api;

import static eu.innco.web.Http.j;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.contenttype.field.Dates;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The running server publishes a scheduled item by itself, soon after its time. */
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
}
