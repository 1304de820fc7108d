package eu.innco.security;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.contenttype.field.Dates;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.NodeTypes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * API tokens for programs: {@code innco_<id>_<secret>}. Only the secret's hash is stored
 * ({@link HashedSecrets}); the token is shown once.
 */
public final class ApiTokens {
    private static final String FOLDER = "tokens";

    private final ContentRepository repository;

    public ApiTokens(ContentRepository repository) {
        this.repository = repository;
    }

    /** A new token for the user; the returned string is the only time the secret exists in clear. */
    public String create(String username, String label) {
        String id = HashedSecrets.newId();
        String secretText = HashedSecrets.newSecret();
        repository.write(s -> {
            Node n = folder(s, true).addNode(id, "mgnl:contentNode");
            n.setProperty("user", username);
            n.setProperty("label", label == null ? "" : label);
            n.setProperty("hash", HashedSecrets.hash(secretText));
            n.setProperty("created", Dates.calendar(Instant.now()));
            return null;
        });
        return "innco_" + id + "_" + secretText;
    }

    /** The user a token belongs to, when the token is genuine. */
    public Optional<String> verify(String token) {
        if (token == null || !token.startsWith("innco_")) return Optional.empty();
        String[] parts = token.split("_", 3);
        if (parts.length != 3 || !parts[1].matches("[0-9a-f]{12}")) return Optional.empty();
        return repository.read(s -> {
            Node folder = folder(s, false);
            if (folder == null || !folder.hasNode(parts[1])) return Optional.<String>empty();
            Node n = folder.getNode(parts[1]);
            return HashedSecrets.matches(parts[2], n.getProperty("hash").getString()) ? Optional.of(n.getProperty("user").getString()) : Optional.<String>empty();
        });
    }

    public List<ApiToken> list(String username) {
        return repository.read(s -> {
            List<ApiToken> out = new ArrayList<>();
            Node folder = folder(s, false);
            if (folder == null) return out;
            for (NodeIterator it = folder.getNodes(); it.hasNext(); ) {
                Node n = it.nextNode();
                if (username == null || username.equals(n.getProperty("user").getString())) {
                    out.add(new ApiToken(n.getName(), n.getProperty("user").getString(), n.getProperty("label").getString(),
                            n.getProperty("created").getDate().toInstant(), null));
                }
            }
            return out;
        });
    }

    public void revoke(String username, String id) {
        repository.write(s -> {
            Node folder = folder(s, false);
            if (folder == null || !id.matches("[0-9a-f]{12}") || !folder.hasNode(id)
                    || (username != null && !username.equals(folder.getNode(id).getProperty("user").getString()))) {
                throw InncoException.notFound(ErrorCode.TOKEN_001, "There is no token '" + id + "'.");
            }
            folder.getNode(id).remove();
            return null;
        });
    }

    private static Node folder(Session s, boolean create) throws RepositoryException {
        String path = "/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER;
        if (s.nodeExists(path)) return s.getNode(path);
        return create ? NodeTypes.systemFolder(s, FOLDER) : null;
    }
}
