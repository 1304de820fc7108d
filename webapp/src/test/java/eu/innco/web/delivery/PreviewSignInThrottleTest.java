package eu.innco.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import eu.innco.TestClock;
import eu.innco.security.Role;
import eu.innco.web.Http;
import eu.innco.web.Http.Res;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Password guesses on the preview API wait as sign-ins do: the same throttle, the same 429. */
class PreviewSignInThrottleTest {
    static final String LIST = "/.rest/preview/caseStudies?lang=en";
    static final TestClock CLOCK = TestClock.atNow(); // still: a delay imposed stays in force
    static InncoServer server;
    static Http anonymous;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of(), CLOCK);
        server.services().users.create("pia", "pia's right password", Set.of(Role.EDITOR), "", Set.of(), false);
        anonymous = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void wrong_basic_passwords_on_preview_are_throttled_like_sign_ins() {
        assertEquals(200, anonymous.as("pia", "pia's right password").get(LIST).status());
        for (int i = 1; i <= 4; i++) { // three failures are free, the fourth imposes the first wait
            Res wrong = anonymous.as("pia", "guess " + i).get(LIST);
            assertEquals(401, wrong.status(), "guess " + i + ": " + wrong.body());
        }
        Res slowed = anonymous.as("pia", "guess 5").get(LIST);
        assertEquals(429, slowed.status(), slowed.body());
        assertEquals("application/problem+json", slowed.contentType().split(";")[0]);
        assertEquals("INNCO-SECURITY-429", slowed.json().path("code").asText(), slowed.body());
        assertNotNull(slowed.header("Retry-After"));
        assertEquals(429, anonymous.as("pia", "pia's right password").get(LIST).status(), "not even the right password is checked while waiting");
        assertEquals(429, anonymous.as("pia", "pia's right password").get("/.rest/authoring/v1/types").status(),
                "one throttle for preview and the authoring API");
    }
}
