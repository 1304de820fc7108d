package eu.innco.web.network;

import eu.innco.contenttype.field.Dates;
import eu.innco.network.LinkTokens;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.NodeTypes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.jcr.Node;

/**
 * Members' portal sessions, apart from the editor's: a random id in an HttpOnly cookie, kept in the
 * repository only as its SHA-256 (any server of a cluster knows it; reading the store gives no
 * usable cookie), with its own CSRF token. A session lasts twelve hours at most.
 */
final class MemberSessions {
    static final String COOKIE = "INNCO_MEMBER";
    private static final Duration MAX = Duration.ofHours(12);
    private static final String FOLDER = "memberSessions";

    /** A signed-in member: the user name and the session's CSRF token. */
    record Session(String id, String username, String csrf) {}

    private final ContentRepository repository;
    private final Clock clock;

    MemberSessions(ContentRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    Session open(String username) {
        String id = LinkTokens.secret();
        String csrf = LinkTokens.secret();
        Instant now = clock.instant();
        repository.write(s -> {
            Node folder = NodeTypes.systemFolder(s, FOLDER);
            for (javax.jcr.NodeIterator it = folder.getNodes(); it.hasNext(); ) {
                Node old = it.nextNode();
                if (old.getProperty("created").getDate().toInstant().plus(MAX).isBefore(now)) old.remove();
            }
            Node n = folder.addNode(LinkTokens.hash(id), "mgnl:contentNode");
            n.setProperty("user", username);
            n.setProperty("csrf", csrf);
            n.setProperty("created", Dates.calendar(now));
            return null;
        });
        return new Session(id, username, csrf);
    }

    Optional<Session> find(String id) {
        if (id == null || !id.matches("[A-Za-z0-9_-]{20,100}")) return Optional.empty();
        String path = "/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER + "/" + LinkTokens.hash(id);
        return repository.read(s -> {
            if (!s.nodeExists(path)) return Optional.<Session>empty();
            Node n = s.getNode(path);
            if (n.getProperty("created").getDate().toInstant().plus(MAX).isBefore(clock.instant())) return Optional.<Session>empty();
            return Optional.of(new Session(id, n.getProperty("user").getString(), n.getProperty("csrf").getString()));
        });
    }

    void close(String id) {
        String path = "/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER + "/" + LinkTokens.hash(id);
        repository.write(s -> {
            if (s.nodeExists(path)) s.getNode(path).remove();
            return null;
        });
    }

    /** Ends every session of these users (a member leaving the network). */
    void closeAll(java.util.Set<String> usernames) {
        repository.write(s -> {
            String path = "/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER;
            if (!s.nodeExists(path)) return null;
            for (javax.jcr.NodeIterator it = s.getNode(path).getNodes(); it.hasNext(); ) {
                Node n = it.nextNode();
                if (usernames.contains(n.getProperty("user").getString())) n.remove();
            }
            return null;
        });
    }
}
