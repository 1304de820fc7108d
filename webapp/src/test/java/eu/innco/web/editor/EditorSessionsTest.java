package eu.innco.web.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sessions live in the repository: two servers sharing it (here two session stores on one
 * repository) know the same sessions, see each other's sign-outs and one-shot messages, and the
 * repository never holds a usable cookie.
 */
class EditorSessionsTest {
    static InncoServer server;

    /** A clock the test moves. */
    static final class Hands extends Clock {
        Instant now = Instant.parse("2026-11-26T09:00:00Z");
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void a_session_opened_on_one_server_works_on_another_and_ends_everywhere() {
        Hands clock = new Hands();
        EditorSessions a = new EditorSessions(server.services().repository, clock);
        EditorSessions b = new EditorSessions(server.services().repository, clock);
        EditorSession opened = a.open("camille");
        EditorSession seen = b.find(opened.id).orElseThrow();
        assertEquals("camille", seen.username);
        assertEquals(opened.csrf, seen.csrf, "a form from one server passes the other's CSRF check");

        opened.flash("Saved.");
        assertEquals("Saved.", b.find(opened.id).orElseThrow().takeFlash(), "the message after a redirect, on the other server");
        assertNull(a.find(opened.id).orElseThrow().takeFlash(), "shown once");

        EditorSession other = a.open("camille");
        b.closeAllBut("camille", other.id);
        assertTrue(a.find(opened.id).isEmpty(), "a password change on B ends the old session on A");
        assertTrue(a.find(other.id).isPresent());
        b.close(other.id);
        assertTrue(a.find(other.id).isEmpty(), "signed out everywhere");
    }

    @Test
    void sessions_end_after_two_idle_hours_or_twelve_hours_and_survive_a_restart() {
        Hands clock = new Hands();
        EditorSession s = new EditorSessions(server.services().repository, clock).open("tomasz");
        EditorSessions afterRestart = new EditorSessions(server.services().repository, clock);
        for (int i = 0; i < 12; i++) {
            clock.now = clock.now.plus(Duration.ofMinutes(59));
            assertTrue(afterRestart.find(s.id).isPresent(), "active for " + (i + 1) * 59 + " minutes");
        }
        clock.now = clock.now.plus(Duration.ofMinutes(59));
        assertTrue(afterRestart.find(s.id).isEmpty(), "twelve hours at most");

        EditorSession idle = afterRestart.open("tomasz");
        clock.now = clock.now.plus(Duration.ofMinutes(119));
        assertTrue(afterRestart.find(idle.id).isPresent());
        clock.now = clock.now.plus(Duration.ofMinutes(121));
        assertTrue(afterRestart.find(idle.id).isEmpty(), "two idle hours");
    }

    @Test
    void the_repository_holds_only_a_hash_of_the_cookie() {
        EditorSession s = new EditorSessions(server.services().repository, Clock.systemUTC()).open("petra");
        String stored = server.services().repository.read(x -> {
            StringBuilder names = new StringBuilder();
            for (var it = x.getNode("/innco:system/editorSessions").getNodes(); it.hasNext(); ) names.append(it.nextNode().getName()).append(' ');
            return names.toString();
        });
        assertFalse(stored.contains(s.id));
        assertFalse(new EditorSessions(server.services().repository, Clock.systemUTC()).find(s.id + "x").isPresent());
        assertFalse(new EditorSessions(server.services().repository, Clock.systemUTC()).find("").isPresent());
    }
}
