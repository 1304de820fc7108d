package eu.innco.web.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-address limit of applications, on a server that allows two an hour (no SMTP: mail waits in the outbox). */
class JoinLimitTest {
    @Test
    void the_third_application_from_one_address_within_the_hour_gets_429_with_retry_after() throws Exception {
        try (InncoServer server = TestServer.start(Map.of("INNCO_JOIN_MIN_FILL_SECONDS", "0", "INNCO_JOIN_PER_IP_PER_HOUR", "2"))) {
            for (int i = 1; i <= 3; i++) {
                FormClient c = new FormClient(server.uri());
                Map<String, String> h = FormClient.hidden(c.get("/pl/join").body());
                HttpResponse<String> r = c.multipart("/pl/join", FormClient.application(h, "Spółdzielnia nr " + i, i + "@example.org", ""), null);
                if (i < 3) {
                    assertEquals(303, r.statusCode(), r.body());
                } else {
                    assertEquals(429, r.statusCode());
                    assertTrue(Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow()) > 0);
                    assertTrue(r.body().contains("Zbyt wiele formularzy"));
                }
            }
            assertEquals(2, server.services().outbox.waiting(), "without SMTP the two verification mails wait in the outbox");
            assertEquals(2, server.services().network.moderation.queue(eu.innco.security.Actor.SYSTEM).size());
        }
    }
}
