package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Starting check-ups is limited per client address; the refusal says when to come back and creates nothing. */
class CheckupLimitsTest {
    @Test
    void a_third_check_up_within_the_hour_is_refused_when_two_are_allowed() throws Exception {
        try (InncoServer server = TestServer.start(Map.of("INNCO_CHECKUP_STARTS_PER_HOUR", "2"))) {
            Http http = new Http(server.uri());
            for (int i = 0; i < 2; i++) assertEquals(303, http.send("POST", "/en/check-up", "name=ok", CheckupClient.FORM).status());
            Http.Res page = http.send("POST", "/pl/check-up", "name=third", CheckupClient.FORM, "Accept", "text/html");
            assertEquals(429, page.status());
            assertNotNull(page.header("Retry-After"));
            assertTrue(page.body().contains("Rozpoczęto zbyt wiele diagnoz"), page.body());
            Http.Res json = http.send("POST", "/en/check-up", "name=third", CheckupClient.FORM, "Accept", "application/json");
            assertEquals(429, json.status());
            assertEquals("INNCO-CHECKUP-010", json.json().path("code").asText());
            assertTrue(Long.parseLong(json.header("Retry-After")) > 0);
            int stored = server.services().repository.read(s -> (int) s.getNode("/innco:system/checkups").getNodes().getSize());
            assertEquals(2, stored, "nothing created by the refused ones");
        }
    }
}
