package eu.innco.web.editor;

import eu.innco.contenttype.field.Dates;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.NodeTypes;
import eu.innco.security.HashedSecrets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Editor sessions, kept in the repository so that every server sharing it knows them (no sticky
 * sessions needed) and a restart signs nobody out: a random 256-bit id in an HttpOnly, SameSite=Lax
 * cookie, stored only as its SHA-256 (reading the repository does not give a usable cookie).
 * Sessions end after two idle hours, twelve hours at most, or at logout.
 */
final class EditorSessions {
    private static final Logger LOG = LoggerFactory.getLogger(EditorSessions.class);
    static final String COOKIE = "INNCO_EDITOR";
    private static final Duration IDLE = Duration.ofHours(2);
    private static final Duration MAX = Duration.ofHours(12);
    /** Activity is written back at most this often: a page view stays a read, not a commit. */
    private static final Duration TOUCH = Duration.ofMinutes(1);
    private static final String FOLDER = "editorSessions";

    private final ContentRepository repository;
    private final Clock clock;

    EditorSessions(ContentRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    EditorSession open(String username) {
        Instant now = clock.instant();
        String id = token();
        String csrf = token();
        repository.write(s -> {
            Node folder = NodeTypes.systemFolder(s, FOLDER);
            for (Node old : all(folder)) if (expired(old, now)) old.remove();
            Node n = folder.addNode(key(id), "mgnl:contentNode");
            n.setProperty("user", username);
            n.setProperty("csrf", csrf);
            n.setProperty("created", Dates.calendar(now));
            n.setProperty("lastSeen", Dates.calendar(now));
            return null;
        });
        return new EditorSession(id, username, csrf, now, this);
    }

    Optional<EditorSession> find(String id) {
        if (id == null || id.isEmpty() || id.length() > 100) return Optional.empty();
        Instant now = clock.instant();
        record Stored(String user, String csrf, Instant created, Instant lastSeen, boolean expired) {}
        Optional<Stored> found = repository.read(s -> node(s, id).map(n -> {
            try {
                return new Stored(n.getProperty("user").getString(), n.getProperty("csrf").getString(),
                        n.getProperty("created").getDate().toInstant(), n.getProperty("lastSeen").getDate().toInstant(), expired(n, now));
            } catch (RepositoryException e) {
                throw new IllegalStateException(e);
            }
        }));
        if (found.isEmpty()) return Optional.empty();
        if (found.get().expired()) {
            close(id);
            return Optional.empty();
        }
        if (found.get().lastSeen().plus(TOUCH).isBefore(now)) touch(id, now);
        return Optional.of(new EditorSession(id, found.get().user(), found.get().csrf(), found.get().created(), this));
    }

    void close(String id) {
        if (id == null) return;
        quietly(s -> node(s, id).ifPresent(EditorSessions::remove));
    }

    /** Ends the user's other sessions (after a password change). */
    void closeAllBut(String username, String keep) {
        String kept = keep == null ? "" : key(keep);
        removeWhere(n -> n.getProperty("user").getString().equals(username) && !n.getName().equals(kept));
    }

    /** Ends every session of a user (password reset, account disabled). */
    void closeAll(String username) {
        removeWhere(n -> n.getProperty("user").getString().equals(username));
    }

    void setFlash(String id, String message) {
        quietly(s -> node(s, id).ifPresent(n -> set(n, "flash", message)));
    }

    String takeFlash(String id) {
        String message = repository.read(s -> {
            Optional<Node> n = node(s, id);
            return n.isPresent() && n.get().hasProperty("flash") ? n.get().getProperty("flash").getString() : null;
        });
        if (message != null) quietly(s -> node(s, id).ifPresent(n -> set(n, "flash", null)));
        return message;
    }

    static String token() {
        return HashedSecrets.newSecret();
    }

    private void touch(String id, Instant now) {
        quietly(s -> node(s, id).ifPresent(n -> set(n, "lastSeen", now)));
    }

    private interface NodeTest {
        boolean test(Node n) throws RepositoryException;
    }

    private void removeWhere(NodeTest which) {
        repository.write(s -> {
            if (!s.nodeExists(path())) return null;
            for (Node n : all(s.getNode(path()))) if (which.test(n)) n.remove();
            return null;
        });
    }

    /** Bookkeeping that two requests of one session may race on: losing it must not fail the request. */
    private interface SessionStep {
        void run(Session s) throws RepositoryException;
    }

    private void quietly(SessionStep work) {
        try {
            repository.write(s -> {
                work.run(s);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.debug("session bookkeeping skipped: {}", e.toString());
        }
    }

    private static Optional<Node> node(Session s, String id) throws RepositoryException {
        String p = path() + "/" + key(id);
        return s.nodeExists(p) ? Optional.of(s.getNode(p)) : Optional.empty();
    }

    private static String path() {
        return "/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER;
    }

    private static List<Node> all(Node folder) throws RepositoryException {
        List<Node> out = new ArrayList<>();
        for (NodeIterator it = folder.getNodes(); it.hasNext(); ) out.add(it.nextNode());
        return out;
    }

    private static boolean expired(Node n, Instant now) throws RepositoryException {
        return n.getProperty("lastSeen").getDate().toInstant().plus(IDLE).isBefore(now)
                || n.getProperty("created").getDate().toInstant().plus(MAX).isBefore(now);
    }

    private static void remove(Node n) {
        try {
            n.remove();
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Node n, String name, Object value) {
        try {
            if (value == null) {
                if (n.hasProperty(name)) n.getProperty(name).remove();
            } else if (value instanceof Instant at) {
                n.setProperty(name, Dates.calendar(at));
            } else {
                n.setProperty(name, value.toString());
            }
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The node of a session is named by the hash of its id: found by the cookie, useless without it. */
    private static String key(String id) {
        return HashedSecrets.hash(id);
    }
}
