package eu.innco.security;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.contenttype.field.Dates;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.NodeTypes;
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

/**
 * Preview tokens: {@code innco-preview_<id>_<secret>}, made by an editor to show drafts to someone
 * without an account. They open the preview API only (read-only), expire, and can be revoked. As
 * with API tokens only the secret's hash is stored ({@link HashedSecrets}).
 */
public final class PreviewTokens {
    public static final String PREFIX = "innco-preview_";
    public static final Duration MAX_TTL = Duration.ofDays(30);
    private static final String FOLDER = "previewTokens";

    private final ContentRepository repository;
    private final Clock clock;

    /** A token as listed: never its secret. */
    public record Info(String id, String user, String label, Instant created, Instant expires) {}

    /** A new token: the only time its secret exists in clear. */
    public record Created(Info info, String token) {}

    public PreviewTokens(ContentRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public Created create(String username, String label, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_TTL) > 0) {
            throw InncoException.badRequest(ErrorCode.PREVIEW_002, "ttlSeconds must be from 1 to " + MAX_TTL.toSeconds() + ".");
        }
        String id = HashedSecrets.newId();
        String secretText = HashedSecrets.newSecret();
        Instant now = clock.instant();
        Info info = new Info(id, username, label == null ? "" : label, now, now.plus(ttl));
        repository.write(s -> {
            Node n = folder(s, true).addNode(id, "mgnl:contentNode");
            n.setProperty("user", username);
            n.setProperty("label", info.label());
            n.setProperty("hash", HashedSecrets.hash(secretText));
            n.setProperty("created", Dates.calendar(now));
            n.setProperty("expires", Dates.calendar(info.expires()));
            return null;
        });
        return new Created(info, PREFIX + id + "_" + secretText);
    }

    /** The user who made the token, while it is genuine, unexpired and not revoked. */
    public Optional<String> verify(String token) {
        if (token == null || !token.startsWith(PREFIX)) return Optional.empty();
        String[] parts = token.substring(PREFIX.length()).split("_", 2);
        if (parts.length != 2 || !parts[0].matches("[0-9a-f]{12}")) return Optional.empty();
        Instant now = clock.instant();
        return repository.read(s -> {
            Node folder = folder(s, false);
            if (folder == null || !folder.hasNode(parts[0])) return Optional.<String>empty();
            Node n = folder.getNode(parts[0]);
            boolean same = HashedSecrets.matches(parts[1], n.getProperty("hash").getString());
            boolean live = n.getProperty("expires").getDate().toInstant().isAfter(now);
            return same && live ? Optional.of(n.getProperty("user").getString()) : Optional.<String>empty();
        });
    }

    /** The user's tokens (all users' for null), expired ones included until they are revoked. */
    public List<Info> list(String username) {
        return repository.read(s -> {
            List<Info> out = new ArrayList<>();
            Node folder = folder(s, false);
            if (folder == null) return out;
            for (NodeIterator it = folder.getNodes(); it.hasNext(); ) {
                Node n = it.nextNode();
                if (username == null || username.equals(n.getProperty("user").getString())) out.add(info(n));
            }
            return out;
        });
    }

    public void revoke(String username, String id) {
        repository.write(s -> {
            Node folder = folder(s, false);
            if (folder == null || !id.matches("[0-9a-f]{12}") || !folder.hasNode(id)
                    || (username != null && !username.equals(folder.getNode(id).getProperty("user").getString()))) {
                throw InncoException.notFound(ErrorCode.PREVIEW_001, "There is no preview token '" + id.replaceAll("[^0-9a-zA-Z]", "") + "'.");
            }
            folder.getNode(id).remove();
            return null;
        });
    }

    private static Info info(Node n) throws RepositoryException {
        return new Info(n.getName(), n.getProperty("user").getString(), n.getProperty("label").getString(),
                n.getProperty("created").getDate().toInstant(), n.getProperty("expires").getDate().toInstant());
    }

    private static Node folder(Session s, boolean create) throws RepositoryException {
        String path = "/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER;
        if (s.nodeExists(path)) return s.getNode(path);
        return create ? NodeTypes.systemFolder(s, FOLDER) : null;
    }
}
