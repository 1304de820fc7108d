package eu.innco.checkup;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.contenttype.field.Dates;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.NodeTypes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.apache.jackrabbit.oak.api.Type;
import org.apache.jackrabbit.oak.spi.state.NodeBuilder;
import org.apache.jackrabbit.oak.spi.state.NodeState;

/**
 * Check-ups and their answers in the repository, apart from content: {@code /innco:system/checkups/<id>}
 * holds the group name, language, dates, flags and the hashes of the two link secrets; its
 * {@code responses} folder holds one node per participant, named by the hash of the participant's
 * anonymous token. A participant's save touches only that participant's node, so any number of
 * people answering at once never collide; the saves of one moment share a commit
 * ({@link AnswerBatches}), flushed before any of them is confirmed.
 */
public final class CheckupStore {
    static final String FOLDER = "checkups";
    private static final String RESPONSES = "responses";
    /** Every answer of a participant in one string, a line "statement=value" each (StoredAnswers): the fewest records per save. */
    private static final String ANSWERS = "answers";
    /** How answers were stored before: one property per statement; still read. */
    private static final String ANSWER = "a_";
    private static final int NAME_MAX = 120;

    private final ContentRepository repository;
    private final Clock clock;
    private final CheckupRetention retention;
    final AnswerBatches batches;

    public CheckupStore(ContentRepository repository, Clock clock, CheckupRetention retention) {
        this.repository = repository;
        this.clock = clock;
        this.retention = retention;
        this.batches = new AnswerBatches(repository, CheckupStore::write);
    }

    /** A new check-up and its two links (their secrets exist only in this answer). */
    public record Created(Checkup checkup, CheckupKeys.Key participantKey, CheckupKeys.Key organiserKey) {}

    public Created create(String name, String locale) {
        return create(name, locale, Optional.empty());
    }

    /** A follow-up of a group's check-up: the same name and language, compared with it on the organiser's page. */
    public Created followUp(Checkup earlier) {
        return create(earlier.name(), earlier.locale(), Optional.of(earlier.id()));
    }

    private Created create(String name, String locale, Optional<String> previous) {
        retention.sweepIfDue(this);
        String id = CheckupKeys.newId();
        CheckupKeys.Key organiser = new CheckupKeys.Key(id, CheckupKeys.newSecret());
        CheckupKeys.Key participant = CheckupKeys.participantFor(organiser);
        String clean = CheckupText.clean(name, NAME_MAX);
        Instant now = clock.instant();
        repository.writeDurably(s -> {
            Node n = NodeTypes.systemFolder(s, FOLDER).addNode(id, "innco:folder");
            n.setProperty("name", clean);
            n.setProperty("locale", locale);
            n.setProperty("created", Dates.calendar(now));
            n.setProperty("shareResults", false);
            n.setProperty("participantHash", CheckupKeys.hash(participant.secret()));
            n.setProperty("organiserHash", CheckupKeys.hash(organiser.secret()));
            if (previous.isPresent()) n.setProperty("previous", previous.get());
            n.addNode(RESPONSES, "innco:folder");
            return null;
        });
        Checkup c = new Checkup(id, clean, locale, now, Optional.empty(), false, previous, false, "", Checkup.Role.ORGANISER);
        return new Created(c, participant, organiser);
    }

    /** The check-up a link opens, as the role the link is for; a mistyped, forged or deleted link is not found. */
    public Checkup open(String key, Checkup.Role role) {
        CheckupKeys.Key k = CheckupKeys.parse(key).orElseThrow(CheckupStore::unknownLink);
        // read from the node store's tree: every answer opens its check-up first, and a session's login cost more than the rest
        return repository.readNodes(root -> {
            NodeState n = root.getChildNode(NodeTypes.SYSTEM_ROOT).getChildNode(FOLDER).getChildNode(k.id());
            String hashName = role == Checkup.Role.ORGANISER ? "organiserHash" : "participantHash";
            if (!n.exists() || !CheckupKeys.matches(k.secret(), n.getString(hashName))) throw unknownLink();
            return CheckupState.read(k.id(), n, role);
        });
    }

    /** The earlier check-up a follow-up is compared with, while it exists (its organiser may have deleted it). */
    public Optional<Checkup> previous(Checkup c) {
        if (c.previous().isEmpty()) return Optional.empty();
        return repository.read(s -> {
            Optional<Node> n = node(s, c.previous().get());
            return n.isPresent() ? Optional.of(read(n.get(), Checkup.Role.ORGANISER)) : Optional.<Checkup>empty();
        });
    }

    /** A participant's answers so far; none for a token that has not saved yet. */
    public Response response(Checkup c, String token) {
        return repository.read(s -> {
            String p = path(c.id()) + "/" + RESPONSES + "/" + CheckupKeys.hash(token);
            return s.nodeExists(p) ? response(s.getNode(p)) : Response.none();
        });
    }

    /**
     * Saves a participant's answers in place of the earlier ones. {@code basedOn} is the revision the
     * participant's form showed: a form sent again (a replay, a second tab) finds a newer revision
     * and is refused, as is any save once the check-up is closed.
     */
    public Response answer(Checkup c, String token, long basedOn, String locale, java.util.Map<String, Integer> answers) {
        if (!CheckupKeys.isToken(token)) throw InncoException.badRequest(ErrorCode.CHECKUP_005, "The participant token is not one this server gave out.");
        return batches.save(new AnswerBatches.Pending(c.id(), CheckupKeys.hash(token), basedOn, locale, answers));
    }

    /**
     * Writes one answer of a batch into the node store's tree (no JCR session: see AnswerBatches);
     * refuses it, changing nothing, when closed or replayed. The node is what a session would have
     * written: an {@code innco:folder} named by the token's hash (hex), read back through JCR.
     */
    private static Response write(NodeBuilder root, AnswerBatches.Pending p) {
        NodeBuilder checkup = root.getChildNode(NodeTypes.SYSTEM_ROOT).getChildNode(FOLDER).getChildNode(p.checkupId);
        if (!checkup.exists()) throw unknownLink();
        if (checkup.hasProperty("closed")) throw closed();
        NodeBuilder folder = checkup.getChildNode(RESPONSES);
        String name = p.tokenHash;
        NodeBuilder earlier = folder.getChildNode(name);
        long current = earlier.exists() ? earlier.getProperty("revision").getValue(Type.LONG) : 0;
        if (current != p.basedOn) {
            throw new InncoException(ErrorCode.CHECKUP_004, "Answers already sent",
                    "These answers were sent before (revision " + p.basedOn + ", now " + current + "); nothing was changed.");
        }
        NodeBuilder r = folder.setChildNode(name); // replaces the earlier answers whole, as remove and add did
        r.setProperty("jcr:primaryType", "innco:folder", Type.NAME);
        r.setProperty("locale", p.locale, Type.STRING);
        r.setProperty("revision", current + 1, Type.LONG);
        r.setProperty(ANSWERS, StoredAnswers.encode(p.answers), Type.STRING);
        return new Response(p.locale, current + 1, p.answers);
    }

    /** Every participant's answers, in no particular order. */
    public List<Response> responses(Checkup c) {
        return repository.read(s -> {
            List<Response> out = new ArrayList<>();
            Optional<Node> n = node(s, c.id());
            if (n.isEmpty()) return out;
            for (NodeIterator it = n.get().getNode(RESPONSES).getNodes(); it.hasNext(); ) out.add(response(it.nextNode()));
            return out;
        });
    }

    public Checkup close(Checkup c) {
        return update(c, n -> { if (!n.hasProperty("closed")) n.setProperty("closed", Dates.calendar(clock.instant())); });
    }

    public Checkup shareResults(Checkup c, boolean share) {
        return update(c, n -> n.setProperty("shareResults", share));
    }

    /**
     * The organiser's choice to add this check-up's scores to the public barometer, with the group's
     * country (an ISO code, or empty when not said); withdrawing removes both.
     */
    public Checkup barometer(Checkup c, boolean contribute, String country) {
        return update(c, n -> {
            n.setProperty("barometer", contribute);
            n.setProperty("country", contribute && country != null && country.matches("[A-Z]{2}") ? country : null);
        });
    }

    /** What a check-up gives the barometer: its group's country (may be empty), its language and its answers. */
    public record Contribution(String country, String locale, List<Response> responses) {}

    /** Every check-up whose organiser chose to contribute, with its answers (no name, no id). */
    public List<Contribution> contributions() {
        return repository.read(s -> {
            List<Contribution> out = new ArrayList<>();
            if (!s.nodeExists("/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER)) return out;
            for (NodeIterator it = s.getNode("/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER).getNodes(); it.hasNext(); ) {
                Node n = it.nextNode();
                if (!n.hasProperty("barometer") || !n.getProperty("barometer").getBoolean()) continue;
                List<Response> answers = new ArrayList<>();
                for (NodeIterator r = n.getNode(RESPONSES).getNodes(); r.hasNext(); ) answers.add(response(r.nextNode()));
                out.add(new Contribution(n.hasProperty("country") ? n.getProperty("country").getString() : "",
                        n.getProperty("locale").getString(), answers));
            }
            return out;
        });
    }

    /** Removes the check-up and every answer at once. */
    public void delete(Checkup c) {
        repository.writeDurably(s -> {
            Optional<Node> n = node(s, c.id());
            if (n.isPresent()) n.get().remove();
            return null;
        });
    }

    /** Deletes the check-ups nobody answered that were started before {@code before}; returns how many. */
    public int deleteUnusedBefore(Instant before) {
        return repository.write(s -> {
            if (!s.nodeExists("/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER)) return 0;
            int removed = 0;
            for (NodeIterator it = NodeTypes.systemFolder(s, FOLDER).getNodes(); it.hasNext(); ) {
                Node n = it.nextNode();
                boolean unused = !n.getNode(RESPONSES).hasNodes();
                if (unused && n.getProperty("created").getDate().toInstant().isBefore(before)) {
                    n.remove();
                    removed++;
                }
            }
            return removed;
        });
    }

    public CheckupRetention retention() {
        return retention;
    }

    Clock clock() {
        return clock;
    }

    private interface Change {
        void apply(Node n) throws RepositoryException;
    }

    private Checkup update(Checkup c, Change change) {
        return repository.writeDurably(s -> {
            Node n = node(s, c.id()).orElseThrow(CheckupStore::unknownLink);
            change.apply(n);
            return read(n, c.role());
        });
    }

    private static Checkup read(Node n, Checkup.Role role) throws RepositoryException {
        Optional<Instant> closed = n.hasProperty("closed") ? Optional.of(n.getProperty("closed").getDate().toInstant()) : Optional.empty();
        Optional<String> previous = n.hasProperty("previous") ? Optional.of(n.getProperty("previous").getString()) : Optional.empty();
        return new Checkup(n.getName(), n.getProperty("name").getString(), n.getProperty("locale").getString(),
                n.getProperty("created").getDate().toInstant(), closed, n.getProperty("shareResults").getBoolean(), previous,
                n.hasProperty("barometer") && n.getProperty("barometer").getBoolean(),
                n.hasProperty("country") ? n.getProperty("country").getString() : "", role);
    }

    private static Response response(Node r) throws RepositoryException {
        java.util.Map<String, Integer> answers = new java.util.HashMap<>();
        if (r.hasProperty(ANSWERS)) answers.putAll(StoredAnswers.decode(r.getProperty(ANSWERS)));
        for (javax.jcr.PropertyIterator it = r.getProperties(ANSWER + "*"); it.hasNext(); ) {
            javax.jcr.Property p = it.nextProperty();
            answers.put(p.getName().substring(ANSWER.length()), (int) p.getLong());
        }
        return new Response(r.getProperty("locale").getString(), r.getProperty("revision").getLong(), answers);
    }

    private static Optional<Node> node(Session s, String id) throws RepositoryException {
        return s.nodeExists(path(id)) ? Optional.of(s.getNode(path(id))) : Optional.empty();
    }

    private static String path(String id) {
        return "/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER + "/" + id;
    }

    static InncoException unknownLink() {
        return InncoException.notFound(ErrorCode.CHECKUP_001, "This check-up link is not valid: it was mistyped, or the check-up was deleted.");
    }

    static InncoException closed() {
        return new InncoException(ErrorCode.CHECKUP_003, "Check-up closed",
                "The organiser has closed this check-up; answers can no longer be given or changed.");
    }
}
