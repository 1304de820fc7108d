package eu.innco.network;

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
 * The people behind member accounts, apart from public content: {@code /innco:system/members/<username>}
 * with name, e-mail, organisation, the terms they accepted, and a pending set-password link (its hash).
 */
final class MemberStore {
    static final String FOLDER = "members";
    private final ContentRepository repository;

    MemberStore(ContentRepository repository) {
        this.repository = repository;
    }

    static Node create(Session s, String username, String name, String email, String organisation, String termsVersion,
                       Instant acceptedAt, Instant now) throws RepositoryException {
        Node n = NodeTypes.systemFolder(s, FOLDER).addNode(username, "mgnl:contentNode");
        n.setProperty("name", name);
        n.setProperty("email", email);
        n.setProperty("organisation", organisation);
        n.setProperty("termsVersion", termsVersion);
        ApplicationStore.setDate(n, "termsAcceptedAt", acceptedAt);
        ApplicationStore.setDate(n, "created", now);
        return n;
    }

    Optional<Node> node(Session s, String username) throws RepositoryException {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,63}")) return Optional.empty();
        String path = "/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER + "/" + username;
        return s.nodeExists(path) ? Optional.of(s.getNode(path)) : Optional.empty();
    }

    Optional<Member> find(String username) {
        return repository.read(s -> node(s, username).map(MemberStore::readQuietly));
    }

    Optional<Member> byEmail(String email) {
        String wanted = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
        return all().stream().filter(m -> m.email().equals(wanted)).findFirst();
    }

    List<Member> of(String organisation) {
        return all().stream().filter(m -> m.organisation().equals(organisation)).toList();
    }

    List<Member> all() {
        return repository.read(s -> {
            List<Member> out = new ArrayList<>();
            String path = "/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER;
            if (!s.nodeExists(path)) return out;
            for (NodeIterator it = s.getNode(path).getNodes(); it.hasNext(); ) out.add(read(it.nextNode()));
            return out;
        });
    }

    private static Member readQuietly(Node n) {
        try {
            return read(n);
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }

    static Member read(Node n) throws RepositoryException {
        return new Member(n.getName(), ApplicationStore.str(n, "name"), ApplicationStore.str(n, "email"),
                ApplicationStore.str(n, "organisation"), ApplicationStore.str(n, "termsVersion"),
                ApplicationStore.date(n, "termsAcceptedAt"), ApplicationStore.date(n, "created"));
    }
}
