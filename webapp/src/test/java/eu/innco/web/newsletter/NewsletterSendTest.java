package eu.innco.web.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.innco.newsletter.Issue;
import eu.innco.newsletter.IssueText;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import eu.innco.web.network.Mails;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An issue sent to 2,000 subscribers in seven languages through a real SMTP server on loopback,
 * the server stopped in the middle of the sending and started again on the same repository:
 * everyone gets it once, in their language (Dutch falls back to French, as the site says), and its
 * one-click unsubscribe works.
 */
class NewsletterSendTest {
    static final List<String> LOCALES = List.of("en", "fr", "nl", "de", "it", "pl", "el");
    static final Map<String, String> SUBJECTS = Map.of("en", "December news", "fr", "Nouvelles de décembre", "nl", "",
            "de", "Neuigkeiten im Dezember", "it", "Notizie di dicembre", "pl", "Wiadomości grudniowe", "el", "Νέα του Δεκεμβρίου");
    static final int SUBSCRIBERS = 2000;

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @Test
    void an_issue_stopped_halfway_by_a_restart_reaches_each_of_2000_subscribers_once_in_their_language() throws Exception {
        Path home = Subscribers.home();
        Map<String, String> settings = Map.of("INNCO_STORE", "segment", "INNCO_HOME", home.toString(), "INNCO_SMTP_HOST", "127.0.0.1",
                "INNCO_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()), "INNCO_SMTP_STARTTLS", "false",
                "INNCO_SMTP_FROM", "news@inn-co.example", "INNCO_NEWSLETTER_RATE", "200", "INNCO_NEWSLETTER_BATCH", "40");
        Map<String, String> localeOf = new HashMap<>();
        String issueId;
        int beforeStop;
        try {
        try (InncoServer server = TestServer.start(settings)) {
            Subscribers.confirmed(server, SUBSCRIBERS, localeOf);
            issueId = server.services().newsletter.issues.create("admin", "c-1", "december", "", "events", texts(server));
            assertTrue(server.services().newsletter.issues.send(issueId, "admin"));
            while (smtp.getReceivedMessages().length < 600) Thread.sleep(20);
        }
        } catch (Exception | Error e) {
            Subscribers.delete(home);
            throw e;
        }
        beforeStop = smtp.getReceivedMessages().length;
        assertTrue(beforeStop < SUBSCRIBERS, "stopped in the middle: " + beforeStop);
        try (InncoServer server = TestServer.start(settings)) {
            Issue done = waitUntilDone(server, issueId);
            assertEquals(new Issue.Counts(SUBSCRIBERS, SUBSCRIBERS, 0, 0, 0), done.counts(), "the stop left nothing uncertain");
            Thread.sleep(300);
            MimeMessage[] all = smtp.getReceivedMessages();
            assertEquals(SUBSCRIBERS, all.length, "nobody got it twice (" + beforeStop + " before the stop)");
            Map<String, MimeMessage> byRecipient = new HashMap<>();
            for (MimeMessage m : all) {
                String to = m.getAllRecipients()[0].toString();
                assertFalse(byRecipient.containsKey(to), "twice: " + to);
                byRecipient.put(to, m);
            }
            assertEquals(localeOf.keySet(), byRecipient.keySet(), "everyone got it");
            Map<String, String> oneOfEach = new LinkedHashMap<>();
            for (Map.Entry<String, MimeMessage> e : byRecipient.entrySet()) {
                String locale = localeOf.get(e.getKey());
                String expected = locale.equals("nl") ? SUBJECTS.get("fr") : SUBJECTS.get(locale);
                assertEquals(expected, e.getValue().getSubject(), locale);
                assertEquals("List-Unsubscribe=One-Click", e.getValue().getHeader("List-Unsubscribe-Post")[0]);
                String html = ((MimeMultipart) e.getValue().getContent()).getBodyPart(1).getContent().toString();
                assertFalse(html.contains("<img"), "no pixel");
                assertTrue(Mails.text(e.getValue()).contains("/s/december-"), "links go through the share links");
                oneOfEach.putIfAbsent(locale, e.getKey());
            }
            assertEquals(7, oneOfEach.size());
            for (String address : oneOfEach.values()) unsubscribeWithOneClick(server, byRecipient.get(address));
            assertEquals(SUBSCRIBERS - 7, Subscribers.count(server));
        } finally {
            Subscribers.delete(home);
        }
    }

    @Test
    void an_address_refused_is_recorded_for_that_recipient_and_shown_to_the_editor_while_the_others_get_the_issue() throws Exception {
        try (InncoServer server = TestServer.start(Map.of("INNCO_SMTP_HOST", "127.0.0.1", "INNCO_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()),
                "INNCO_SMTP_STARTTLS", "false", "INNCO_SMTP_FROM", "news@inn-co.example", "INNCO_NEWSLETTER_RATE", "0"))) {
            Map<String, String> localeOf = new HashMap<>();
            Subscribers.confirmed(server, 3, localeOf);
            Subscribers.setAddress(server, "reader1@fr.example.org", "broken address@fr.example.org");
            smtp.purgeEmailFromAllMailboxes();
            String id = server.services().newsletter.issues.create("admin", "c-1", "december", "", "events", texts(server));
            server.services().newsletter.issues.send(id, "admin");
            Issue done = waitUntilDone(server, id);
            assertEquals(new Issue.Counts(3, 2, 1, 0, 0), done.counts());
            assertEquals(List.of(Map.of("state", "refused", "code", "address", "address", "b***@fr.example.org")),
                    server.services().newsletter.issues.problems(id));
            assertEquals(2, smtp.getReceivedMessages().length);
        }
    }

    static Map<String, IssueText> texts(InncoServer server) {
        Map<String, IssueText> t = new LinkedHashMap<>();
        String base = server.services().publicAddress.base();
        for (String l : LOCALES) {
            t.put(l, new IssueText(SUBJECTS.get(l), "Intro " + l, List.of(new IssueText.Item("Item " + l, "Summary " + l,
                    base + "/s/december-" + l + "-abcdef"))));
        }
        return t;
    }

    static Issue waitUntilDone(InncoServer server, String id) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            Issue issue = server.services().newsletter.issues.find(id).orElseThrow();
            if (issue.state().equals("done")) return issue;
            Thread.sleep(50);
        }
        throw new AssertionError("not sent within a minute: " + server.services().newsletter.issues.find(id).orElseThrow().counts());
    }

    /** Posts RFC 8058's body to the mail's List-Unsubscribe address (on the server as it runs now), without cookies. */
    private static void unsubscribeWithOneClick(InncoServer server, MimeMessage m) throws Exception {
        String header = m.getHeader("List-Unsubscribe")[0];
        URI link = URI.create(header.substring(1, header.length() - 1));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri().resolve(link.getRawPath() + "?" + link.getRawQuery()))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
    }
}
