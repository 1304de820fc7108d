package eu.innco.web.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.newsletter.Issue;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A mail server that refuses one recipient for good ({@code 550} to {@code RCPT TO}) during a
 * newsletter send, over real SMTP on loopback: the refusal is recorded for that recipient with its
 * code and shown on the editor's page of the issue, the others get the issue once, and the refused
 * address is asked for once, not again at every round. No address reaches the server's log.
 */
class NewsletterRefusalTest {
    static final String REFUSED = "reader1@fr.example.org";
    /** The INN-CO campaign of the project's content, which the editor's page of an issue needs. */
    static final String CAMPAIGN = "bb14f1c1-9de0-493f-8d25-2e49fdbbd499";

    @Test
    void a_recipient_the_smtp_server_refuses_for_good_is_recorded_once_and_the_others_get_the_issue_once() throws Exception {
        try (RefusingSmtp smtp = new RefusingSmtp(Set.of(REFUSED));
             InncoServer server = TestServer.start(Map.of("INNCO_SMTP_HOST", "127.0.0.1", "INNCO_SMTP_PORT", Integer.toString(smtp.port()),
                     "INNCO_SMTP_STARTTLS", "false", "INNCO_SMTP_FROM", "news@inn-co.example", "INNCO_NEWSLETTER_RATE", "0",
                     "INNCO_NEWSLETTER_BATCH", "2", "INNCO_IMPORT_ON_START", "true"))) {
            Map<String, String> localeOf = new HashMap<>();
            Subscribers.confirmed(server, 5, localeOf);
            String id = server.services().newsletter.issues.create("admin", CAMPAIGN, "december", "", "events", NewsletterSendTest.texts(server));
            java.io.PrintStream err = System.err;
            java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
            Issue done;
            // slf4j-simple writes to whatever System.err is when it logs: a copy of it is the server's log
            System.setErr(new java.io.PrintStream(new java.io.OutputStream() {
                @Override public void write(int b) {
                    err.write(b);
                    synchronized (log) { log.write(b); }
                }
            }, true, StandardCharsets.UTF_8));
            try {
                assertTrue(server.services().newsletter.issues.send(id, "admin"));
                done = NewsletterSendTest.waitUntilDone(server, id);
            } finally {
                System.setErr(err);
            }
            String logged;
            synchronized (log) { logged = log.toString(StandardCharsets.UTF_8); }
            assertTrue(logged.contains("sending to 5 subscribers"), "(the check reads the log) " + logged);
            for (String address : localeOf.keySet()) assertFalse(logged.contains(address), "an address in the log: " + logged);
            assertEquals(new Issue.Counts(5, 4, 1, 0, 0), done.counts());
            assertEquals(List.of(Map.of("state", "refused", "code", "550", "address", "r***@fr.example.org")),
                    server.services().newsletter.issues.problems(id), "the refusal, for that recipient, with the server's code");

            Thread.sleep(5000); // two more rounds of the sender
            assertEquals(1, Collections.frequency(smtp.asked, REFUSED), "asked once, never retried: " + smtp.asked);
            assertEquals(0, Collections.frequency(smtp.delivered, REFUSED));
            for (String address : localeOf.keySet()) {
                if (!address.equals(REFUSED)) assertEquals(1, Collections.frequency(smtp.delivered, address), "once: " + address);
            }
            assertEquals(4, smtp.delivered.size());
            assertEquals(done.counts(), server.services().newsletter.issues.find(id).orElseThrow().counts());

            String page = asAdmin(server, "/editor/newsletters/" + id);
            assertTrue(page.contains("<td>r***@fr.example.org</td><td>Refused by the mail server</td><td>550</td>"), page);
        }
    }

    /** An editor's page, signed in through the editor's own form. */
    private static String asAdmin(InncoServer server, String path) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        URI base = server.uri();
        String login = http.send(HttpRequest.newBuilder(base.resolve("/editor/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        String csrf = login.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        String form = "_csrf=" + enc(csrf) + "&username=admin&password=" + enc(TestServer.ADMIN_PASSWORD) + "&next=" + enc("/editor");
        http.send(HttpRequest.newBuilder(base.resolve("/editor/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
