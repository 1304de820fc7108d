package eu.innco.web.newsletter;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import eu.innco.newsletter.Issue;
import eu.innco.newsletter.IssueText;
import eu.innco.web.ChildServer;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An issue queued in a repository by a server without SMTP, then sent by a server in a child JVM
 * (so that it can be killed, and its memory read apart from the test's SMTP server).
 */
final class ChildSending {
    final Path home;
    final String issueId;
    final Map<String, String> localeOf = new HashMap<>();

    private ChildSending(Path home, String issueId) {
        this.home = home;
        this.issueId = issueId;
    }

    /** Writes {@code n} confirmed subscribers to events and queues an issue for them. */
    static ChildSending queued(int n) throws Exception {
        Path home = Subscribers.home();
        Map<String, String> localeOf;
        String id;
        try (InncoServer server = TestServer.start(Map.of("INNCO_STORE", "segment", "INNCO_HOME", home.toString()))) {
            ChildSending s = new ChildSending(home, "");
            Subscribers.confirmed(server, n, s.localeOf);
            localeOf = s.localeOf;
            Map<String, IssueText> texts = new LinkedHashMap<>();
            for (String l : NewsletterSendTest.LOCALES) {
                texts.put(l, new IssueText("Issue " + l, "Intro " + l, List.of(new IssueText.Item("Item " + l, "", "https://inn-co.example/s/x-" + l))));
            }
            id = server.services().newsletter.issues.create("admin", "c-1", "bench", "", "events", texts);
            server.services().newsletter.issues.send(id, "admin");
        }
        ChildSending s = new ChildSending(home, id);
        s.localeOf.putAll(localeOf);
        return s;
    }

    ChildServer start(GreenMailExtension smtp, String rate, String batch) throws Exception {
        return ChildServer.start(home, Map.of("INNCO_STORE", "segment", "INNCO_SMTP_HOST", "127.0.0.1",
                "INNCO_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()), "INNCO_SMTP_STARTTLS", "false",
                "INNCO_SMTP_FROM", "news@inn-co.example", "INNCO_NEWSLETTER_RATE", rate, "INNCO_NEWSLETTER_BATCH", batch));
    }

    /** The issue as the repository holds it, read by a server without SMTP once the child stopped. */
    Issue read() throws Exception {
        try (InncoServer server = TestServer.start(Map.of("INNCO_STORE", "segment", "INNCO_HOME", home.toString()))) {
            return server.services().newsletter.issues.find(issueId).orElseThrow();
        }
    }
}
