package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A participant's save answered in front of Jersey (CheckupAnswerFastPath) is the save Jersey
 * makes: the same 303, headers and stored answers; the form decoded as Jersey decodes it; and what
 * it cannot take goes on to Jersey's refusals. A query string keeps a post away from the fast
 * path, which gives the Jersey answer to compare with.
 */
class CheckupAnswerFastPathTest {
    static InncoServer server;
    static Http http;
    static CheckupClient client;
    static String participant;

    @BeforeAll
    static void start() throws Exception {
        server = PortalSite.start();
        http = new Http(server.uri());
        client = new CheckupClient(http);
        participant = client.participantPath(client.create("en", "Fast path"));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void a_save_in_front_of_jersey_answers_and_stores_what_jersey_does() {
        CheckupClient.Form fast = client.open(participant);
        CheckupClient.Form slow = client.open(participant);
        String own = server.uri().toString().replaceAll("/$", "");
        Http.Res a = client.send(participant, fast.token(), 0, Map.of(fast.statements().get(0), "4", fast.statements().get(1), "dk"), "Origin", own);
        Http.Res b = client.send(participant + "?via=jersey", slow.token(), 0, Map.of(slow.statements().get(0), "4", slow.statements().get(1), "dk"), "Origin", own);
        assertEquals(303, a.status(), a.body());
        assertEquals(303, b.status(), b.body());
        assertEquals(own + participant + "/r/" + fast.token() + "?saved=1", a.header("Location"));
        assertEquals(own + participant + "/r/" + slow.token() + "?saved=1", b.header("Location"));
        assertEquals(headers(b), headers(a));
        for (CheckupClient.Form f : List.of(fast, slow)) {
            String page = http.get(participant + "/r/" + f.token(), "Accept", "text/html").body();
            assertEquals(1, CheckupClient.form(page).revision());
            assertTrue(page.contains("name=\"s-" + f.statements().get(0) + "\" value=\"4\" checked"), page);
            assertTrue(page.contains("name=\"s-" + f.statements().get(1) + "\" value=\"dk\" checked"), page);
        }
    }

    @Test
    void the_form_is_decoded_as_jersey_decodes_it() {
        CheckupClient.Form f = client.open(participant);
        String s = f.statements().get(2);
        // escaped names and values, an empty field, a field without '=': read as Jersey reads them
        String body = "respondent=" + f.token().replace("-", "%2D") + "&revision=%30&s%2D" + s + "=%33&empty=&bare&s-" + f.statements().get(3) + "=+";
        Http.Res r = http.send("POST", participant, body, CheckupClient.FORM);
        assertEquals(303, r.status(), r.body());
        String page = http.get(participant + "/r/" + f.token(), "Accept", "text/html").body();
        assertTrue(page.contains("name=\"s-" + s + "\" value=\"3\" checked"), page);
        assertFalse(page.contains("name=\"s-" + f.statements().get(3) + "\" value=\"1\" checked"), "a blank answer is no answer");
    }

    @Test
    void what_the_fast_path_cannot_take_is_refused_by_jersey_and_changes_nothing() {
        CheckupClient.Form f = client.open(participant);
        Http.Res malformed = http.send("POST", participant, "respondent=" + f.token() + "&revision=0&s-" + f.statements().get(0) + "=%ZZ",
                CheckupClient.FORM, "Accept", "application/json");
        assertTrue(malformed.status() >= 400 && malformed.status() < 500, malformed.status() + " " + malformed.body());
        Http.Res outOfRange = client.send(participant, f.token(), 0, Map.of(f.statements().get(0), "9"), "Accept", "application/json");
        assertEquals(400, outOfRange.status(), outOfRange.body());
        assertTrue(outOfRange.body().contains("INNCO-CHECKUP-002"), outOfRange.body());
        assertEquals(303, client.send(participant, f.token(), 0, Map.of(f.statements().get(0), "2")).status());
        Http.Res replay = client.send(participant, f.token(), 0, Map.of(f.statements().get(0), "5"), "Accept", "application/json");
        assertEquals(409, replay.status(), replay.body());
        assertTrue(replay.body().contains("INNCO-CHECKUP-004"), replay.body());
        String page = http.get(participant + "/r/" + f.token(), "Accept", "text/html").body();
        assertTrue(page.contains("name=\"s-" + f.statements().get(0) + "\" value=\"2\" checked"), "the replay changed nothing");
    }

    /** A response's headers that do not change from one response to the next. */
    private static Map<String, List<String>> headers(Http.Res r) {
        Map<String, List<String>> h = new TreeMap<>(r.raw().headers().map());
        h.remove("date");
        h.remove("x-request-id"); // made anew for every request
        h.remove("location");
        return h;
    }
}
