package eu.innco.exchange;

import eu.innco.contenttype.field.Dates;
import eu.innco.network.LinkTokens;
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
import javax.jcr.Value;

/**
 * Who asked for the weekly digest: {@code /innco:system/exchangeDigest/<username>} with the
 * language, the time up to which matches were already sent, and the SHA-256 of the unsubscribe
 * links of the last mails (a fresh secret per mail; the repository holds no usable link).
 */
public final class DigestSubscriptions {
    static final String FOLDER = "exchangeDigest";
    /** Unsubscribe links kept working: the last eight mails'. */
    private static final int KEPT_LINKS = 8;
    private final ContentRepository repository;

    DigestSubscriptions(ContentRepository repository) {
        this.repository = repository;
    }

    /** A subscriber: the member account, the digest's language, and what was already sent. */
    public record Subscription(String username, String locale, Instant since) {}

    public void subscribe(String username, String locale, Instant now) {
        repository.writeDurably(s -> {
            Node folder = NodeTypes.systemFolder(s, FOLDER);
            Node n = folder.hasNode(username) ? folder.getNode(username) : folder.addNode(username, "mgnl:contentNode");
            n.setProperty("locale", locale);
            if (!n.hasProperty("since")) n.setProperty("since", Dates.calendar(now));
            return null;
        });
    }

    /** Ends a subscription; true when there was one. */
    public boolean unsubscribe(String username) {
        return repository.writeDurably(s -> {
            Optional<Node> n = node(s, username);
            if (n.isEmpty()) return false;
            n.get().remove();
            return true;
        });
    }

    public Optional<Subscription> find(String username) {
        return repository.read(s -> {
            Optional<Node> n = node(s, username);
            return n.isEmpty() ? Optional.<Subscription>empty() : Optional.of(read(n.get()));
        });
    }

    public List<Subscription> all() {
        return repository.read(s -> {
            List<Subscription> out = new ArrayList<>();
            String path = "/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER;
            if (!s.nodeExists(path)) return out;
            for (NodeIterator it = s.getNode(path).getNodes(); it.hasNext(); ) out.add(read(it.nextNode()));
            return out;
        });
    }

    /** A fresh unsubscribe link's token for the next mail (older mails' links keep working). */
    String newLink(String username) {
        String secret = LinkTokens.secret();
        repository.writeDurably(s -> {
            Optional<Node> n = node(s, username);
            if (n.isEmpty()) return null;
            List<String> hashes = new ArrayList<>(hashes(n.get()));
            hashes.add(0, LinkTokens.hash(secret));
            n.get().setProperty("links", hashes.subList(0, Math.min(KEPT_LINKS, hashes.size())).toArray(String[]::new));
            return null;
        });
        return username + "." + secret;
    }

    /** Records a digest as queued: matches up to {@code until} are sent. */
    void sentUntil(String username, Instant until) {
        repository.writeDurably(s -> {
            Optional<Node> n = node(s, username);
            if (n.isPresent()) n.get().setProperty("since", Dates.calendar(until));
            return null;
        });
    }

    /** The subscriber an unsubscribe token belongs to, if the token is one of its recent links. */
    public Optional<String> owner(String token) {
        return LinkTokens.Parts.of(token).filter(p -> repository.read(s -> {
            Optional<Node> n = node(s, p.id());
            return n.isPresent() && hashes(n.get()).stream().anyMatch(h -> LinkTokens.matches(p.secret(), h));
        })).map(LinkTokens.Parts::id);
    }

    private static List<String> hashes(Node n) throws RepositoryException {
        if (!n.hasProperty("links")) return List.of();
        List<String> out = new ArrayList<>();
        for (Value v : n.getProperty("links").getValues()) out.add(v.getString());
        return out;
    }

    private static Optional<Node> node(Session s, String username) throws RepositoryException {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,63}")) return Optional.empty();
        String path = "/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER + "/" + username;
        return s.nodeExists(path) ? Optional.of(s.getNode(path)) : Optional.empty();
    }

    private static Subscription read(Node n) throws RepositoryException {
        return new Subscription(n.getName(), n.getProperty("locale").getString(), n.getProperty("since").getDate().toInstant());
    }

}
