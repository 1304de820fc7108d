package eu.innco.newsletter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

/**
 * Issues in the repository: {@code /innco:system/newsletter/issues/<id>} with a {@code texts/<locale>}
 * node per language; the recipients' states are below it (see {@link Deliveries}).
 */
final class IssueStore {
    static final String FOLDER = SubscriberStore.ROOT + "/issues";
    private static final String SEP = "\u001f";

    private IssueStore() {}

    static String path(String id) {
        return FOLDER + "/" + id;
    }

    static Node create(Session s, String id) throws RepositoryException {
        return SubscriberStore.folder(s, "issues").addNode(id, "mgnl:contentNode");
    }

    static void writeTexts(Node issue, Map<String, IssueText> texts) throws RepositoryException {
        if (issue.hasNode("texts")) issue.getNode("texts").remove();
        Node folder = issue.addNode("texts", "mgnl:contentNode");
        for (Map.Entry<String, IssueText> e : texts.entrySet()) {
            Node t = folder.addNode(e.getKey(), "mgnl:contentNode");
            t.setProperty("subject", e.getValue().subject());
            t.setProperty("intro", e.getValue().intro());
            t.setProperty("items", e.getValue().items().stream().map(i -> i.title() + SEP + i.summary() + SEP + i.url()).toArray(String[]::new));
        }
    }

    static Issue read(Node n) throws RepositoryException {
        Map<String, IssueText> texts = new LinkedHashMap<>();
        if (n.hasNode("texts")) {
            for (NodeIterator it = n.getNode("texts").getNodes(); it.hasNext(); ) {
                Node t = it.nextNode();
                List<IssueText.Item> items = new ArrayList<>();
                for (Value v : t.getProperty("items").getValues()) {
                    String[] p = v.getString().split(SEP, -1);
                    if (p.length == 3) items.add(new IssueText.Item(p[0], p[1], p[2]));
                }
                texts.put(t.getName(), new IssueText(SubscriberStore.str(t, "subject"), SubscriberStore.str(t, "intro"), items));
            }
        }
        Issue.Counts counts = new Issue.Counts(num(n, "total"), num(n, "sent"), num(n, "refused"), num(n, "uncertain"), num(n, "skipped"));
        return new Issue(n.getName(), SubscriberStore.str(n, "campaign"), SubscriberStore.str(n, "campaignCode"),
                SubscriberStore.str(n, "partner"), SubscriberStore.str(n, "topic"), SubscriberStore.str(n, "createdBy"),
                SubscriberStore.date(n, "created").orElse(java.time.Instant.EPOCH), SubscriberStore.str(n, "state"), texts, counts);
    }

    static List<Issue> all(Session s) throws RepositoryException {
        List<Issue> out = new ArrayList<>();
        if (!s.nodeExists(FOLDER)) return out;
        for (NodeIterator it = s.getNode(FOLDER).getNodes(); it.hasNext(); ) out.add(read(it.nextNode()));
        out.sort((a, b) -> b.created().compareTo(a.created()));
        return out;
    }

    static long num(Node n, String p) throws RepositoryException {
        return n.hasProperty(p) ? n.getProperty(p).getLong() : 0;
    }

    static void add(Node n, String p, long delta) throws RepositoryException {
        if (delta != 0) n.setProperty(p, num(n, p) + delta);
    }
}
