package eu.innco.newsletter;

import eu.innco.repository.ContentRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Each recipient's state for an issue, below the issue's node: {@code pending/<2 hex>/<subscriber>},
 * then {@code claimed/<subscriber>} (durably, before the SMTP server sees the message), then
 * {@code done/<2 hex>/<subscriber>} with the outcome. A recipient is only ever claimed from
 * {@code pending} and a claim is never put back after the SMTP server accepted, which is what
 * keeps a recipient from getting the same issue twice.
 */
final class Deliveries {
    /** One claimed recipient: the address is read at the claim and kept in memory only for the send. */
    record Recipient(String id, String email, String locale) {}

    /** What became of a claimed recipient: {@code sent}, {@code refused} (with the SMTP code), or released for a later round. */
    record Outcome(Recipient recipient, String state, String code) {}

    /** A recipient refused for the time being is tried this many times in all, {@link #RETRY} apart and doubling. */
    static final int MAX_TRIES = 5;
    static final java.time.Duration RETRY = java.time.Duration.ofMinutes(1);

    private Deliveries() {}

    /** Puts every confirmed subscriber of the topic in {@code pending}, once, in commits of 1,000; returns the total. */
    static long snapshot(ContentRepository repository, String issueId, String topic) {
        List<String> ids = repository.read(s -> {
            List<String> out = new ArrayList<>();
            for (Node n : SubscriberStore.all(s)) {
                Subscriber x = SubscriberStore.read(n);
                if (x.confirmed() && x.topics().contains(topic)) out.add(x.id());
            }
            return out;
        });
        for (int from = 0; from < ids.size(); from += 1000) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            repository.write(s -> {
                Node issue = s.getNode(IssueStore.path(issueId));
                for (String id : chunk) {
                    if (known(issue, id)) continue;
                    folder(folder(issue, "pending"), id.substring(0, 2)).addNode(id, "mgnl:contentNode");
                }
                return null;
            });
        }
        return repository.write(s -> {
            Node issue = s.getNode(IssueStore.path(issueId));
            long total = count(issue, "pending") + count(issue, "done") + (issue.hasNode("claimed") ? size(issue.getNode("claimed")) : 0);
            issue.setProperty("total", total);
            issue.setProperty("state", "sending");
            return total;
        });
    }

    /** Claims up to {@code max} pending recipients for {@code owner}; recipients erased meanwhile are skipped. */
    static List<Recipient> claim(ContentRepository repository, String issueId, int max, String owner, Instant now) {
        return repository.write(s -> {
            List<Recipient> out = new ArrayList<>();
            Node issue = s.getNode(IssueStore.path(issueId));
            if (!issue.hasNode("pending")) return out;
            Node claimed = folder(issue, "claimed");
            for (NodeIterator b = issue.getNode("pending").getNodes(); b.hasNext() && out.size() < max; ) {
                for (NodeIterator it = b.nextNode().getNodes(); it.hasNext() && out.size() < max; ) {
                    Node p = it.nextNode();
                    if (SubscriberStore.date(p, "notBefore").orElse(Instant.EPOCH).isAfter(now)) continue;
                    String id = p.getName();
                    long tries = IssueStore.num(p, "tries");
                    p.remove();
                    var sub = SubscriberStore.node(s, id);
                    if (sub.isEmpty()) {
                        done(issue, id, "skipped", "", now);
                        continue;
                    }
                    Node c = claimed.addNode(id, "mgnl:contentNode");
                    c.setProperty("owner", owner);
                    c.setProperty("tries", tries);
                    SubscriberStore.setDate(c, "at", now);
                    out.add(new Recipient(id, SubscriberStore.str(sub.get(), "email"), SubscriberStore.str(sub.get(), "locale")));
                }
            }
            return out;
        });
    }

    /** Records the outcomes of claimed recipients in one commit; released ones go back to {@code pending}. */
    static void finish(ContentRepository repository, String issueId, List<Outcome> outcomes, Instant now) {
        if (outcomes.isEmpty()) return;
        repository.write(s -> {
            Node issue = s.getNode(IssueStore.path(issueId));
            for (Outcome o : outcomes) {
                String id = o.recipient().id();
                long tries = 0;
                if (issue.hasNode("claimed/" + id)) {
                    tries = IssueStore.num(issue.getNode("claimed/" + id), "tries");
                    issue.getNode("claimed/" + id).remove();
                }
                boolean deferred = o.state().equals("deferred");
                if ((o.state().equals("released") || deferred && tries + 1 < MAX_TRIES) && !known(issue, id)) {
                    Node p = folder(folder(issue, "pending"), id.substring(0, 2)).addNode(id, "mgnl:contentNode");
                    if (deferred) {
                        // a temporary refusal or an unreachable server: later, a little later each time
                        p.setProperty("tries", tries + 1);
                        SubscriberStore.setDate(p, "notBefore", now.plus(RETRY.multipliedBy(1L << tries)));
                    } else {
                        p.setProperty("tries", tries);
                    }
                    continue;
                }
                if (o.state().equals("released")) continue;
                String state = deferred ? "refused" : o.state();
                Node d = done(issue, id, state, deferred && o.code().isEmpty() ? "unreachable" : o.code(), now);
                if (!state.equals("sent")) d.setProperty("address", mask(o.recipient().email()));
            }
            return null;
        });
    }

    /**
     * Claims left by another sender (a server that stopped without recording them) become
     * {@code uncertain}: the SMTP server may have accepted them, so they are never sent again by
     * themselves. Returns how many.
     */
    static int settleStale(ContentRepository repository, String issueId, String owner, Instant now) {
        return repository.write(s -> {
            Node issue = s.getNode(IssueStore.path(issueId));
            if (!issue.hasNode("claimed")) return 0;
            int n = 0;
            for (NodeIterator it = issue.getNode("claimed").getNodes(); it.hasNext(); ) {
                Node c = it.nextNode();
                if (owner.equals(SubscriberStore.str(c, "owner"))) continue;
                String id = c.getName();
                c.remove();
                Node d = done(issue, id, "uncertain", "", now);
                var sub = SubscriberStore.node(s, id);
                if (sub.isPresent()) d.setProperty("address", mask(SubscriberStore.str(sub.get(), "email")));
                n++;
            }
            return n;
        });
    }

    /** True when nothing waits or is claimed any more. */
    static boolean finished(Node issue) throws RepositoryException {
        if (issue.hasNode("claimed") && issue.getNode("claimed").getNodes().hasNext()) return false;
        if (!issue.hasNode("pending")) return true;
        for (NodeIterator b = issue.getNode("pending").getNodes(); b.hasNext(); ) if (b.nextNode().getNodes().hasNext()) return false;
        return true;
    }

    /** The outcomes that need the editor's attention (refused, uncertain), with the masked address and the SMTP code. */
    static List<Map<String, String>> problems(Node issue) throws RepositoryException {
        List<Map<String, String>> out = new ArrayList<>();
        if (!issue.hasNode("done")) return out;
        for (NodeIterator b = issue.getNode("done").getNodes(); b.hasNext(); ) {
            for (NodeIterator it = b.nextNode().getNodes(); it.hasNext(); ) {
                Node d = it.nextNode();
                String state = SubscriberStore.str(d, "state");
                if (state.equals("refused") || state.equals("uncertain")) {
                    out.add(Map.of("state", state, "code", SubscriberStore.str(d, "code"), "address", SubscriberStore.str(d, "address")));
                }
            }
        }
        return out;
    }

    /** The ids of the issues sent to this subscriber (for their data export). */
    static List<String> sentTo(ContentRepository repository, String subscriberId) {
        return repository.read(s -> {
            List<String> out = new ArrayList<>();
            if (!s.nodeExists(IssueStore.FOLDER)) return out;
            for (NodeIterator it = s.getNode(IssueStore.FOLDER).getNodes(); it.hasNext(); ) {
                Node issue = it.nextNode();
                String rel = "done/" + subscriberId.substring(0, 2) + "/" + subscriberId;
                if (issue.hasNode(rel) && "sent".equals(SubscriberStore.str(issue.getNode(rel), "state"))) out.add(issue.getName());
            }
            return out;
        });
    }

    private static Node done(Node issue, String id, String state, String code, Instant now) throws RepositoryException {
        Node b = folder(folder(issue, "done"), id.substring(0, 2));
        Node d;
        if (b.hasNode(id)) {
            d = b.getNode(id);
            IssueStore.add(issue, SubscriberStore.str(d, "state"), -1);
        } else {
            d = b.addNode(id, "mgnl:contentNode");
        }
        d.setProperty("state", state);
        if (!code.isEmpty()) d.setProperty("code", code);
        SubscriberStore.setDate(d, "at", now);
        IssueStore.add(issue, state, 1);
        return d;
    }

    private static boolean known(Node issue, String id) throws RepositoryException {
        String b = id.substring(0, 2) + "/" + id;
        return issue.hasNode("pending/" + b) || issue.hasNode("done/" + b) || issue.hasNode("claimed/" + id);
    }

    private static Node folder(Node parent, String name) throws RepositoryException {
        return parent.hasNode(name) ? parent.getNode(name) : parent.addNode(name, "innco:folder");
    }

    private static long count(Node issue, String name) throws RepositoryException {
        if (!issue.hasNode(name)) return 0;
        long n = 0;
        for (NodeIterator b = issue.getNode(name).getNodes(); b.hasNext(); ) n += size(b.nextNode());
        return n;
    }

    /** Counted one by one: Oak's iterators do not always know their size. */
    private static long size(Node n) throws RepositoryException {
        long c = 0;
        for (NodeIterator it = n.getNodes(); it.hasNext(); it.nextNode()) c++;
        return c;
    }

    /** {@code a***@example.org}: enough for an editor to recognise a refused address, not to copy it. */
    static String mask(String email) {
        int at = email.lastIndexOf('@');
        return at < 1 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }
}
