package eu.innco.web.editor;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Editor sessions, kept in this server's memory: a random 256-bit id in an HttpOnly, SameSite=Lax
 * cookie. Sessions end after two idle hours, twelve hours at most, at logout, or at a restart
 * (several servers need sticky sessions; see docs/decisions.md).
 */
final class EditorSessions {
    static final String COOKIE = "INNCO_EDITOR";
    private static final Duration IDLE = Duration.ofHours(2);
    private static final Duration MAX = Duration.ofHours(12);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConcurrentHashMap<String, EditorSession> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    EditorSessions(Clock clock) {
        this.clock = clock;
    }

    EditorSession open(String username) {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> expired(s, now));
        EditorSession s = new EditorSession(token(), username, token(), now);
        sessions.put(s.id, s);
        return s;
    }

    Optional<EditorSession> find(String id) {
        if (id == null) return Optional.empty();
        EditorSession s = sessions.get(id);
        Instant now = clock.instant();
        if (s == null || expired(s, now)) {
            if (s != null) sessions.remove(id);
            return Optional.empty();
        }
        s.lastSeen = now;
        return Optional.of(s);
    }

    void close(String id) {
        if (id != null) sessions.remove(id);
    }

    /** Ends the user's other sessions (after a password change). */
    void closeAllBut(String username, String keep) {
        sessions.values().removeIf(s -> s.username.equals(username) && !s.id.equals(keep));
    }

    /** Ends every session of a user (password reset, account disabled). */
    void closeAll(String username) {
        sessions.values().removeIf(s -> s.username.equals(username));
    }

    static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static boolean expired(EditorSession s, Instant now) {
        return s.lastSeen.plus(IDLE).isBefore(now) || s.created.plus(MAX).isBefore(now);
    }
}
