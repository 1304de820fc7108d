package eu.innco.web.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import eu.innco.web.network.FormClient;
import eu.innco.web.network.Mails;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Signing up for newsletters over real HTTP, with a real SMTP server on loopback reading the mails. */
class NewsletterSignUpTest {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);
    static InncoServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of("INNCO_SMTP_HOST", "127.0.0.1", "INNCO_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()),
                "INNCO_SMTP_STARTTLS", "false", "INNCO_SMTP_FROM", "news@inn-co.example", "INNCO_JOIN_MIN_FILL_SECONDS", "1",
                "INNCO_JOIN_PER_IP_PER_HOUR", "100"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Opens the form, waits the minimum fill time and sends it with these fields added. */
    static HttpResponse<String> signUp(FormClient c, String locale, String... fields) throws Exception {
        Map<String, String> hidden = FormClient.hidden(c.get("/" + locale + "/newsletter").body());
        Thread.sleep(1100);
        List<String[]> f = new ArrayList<>();
        f.add(new String[] {"_csrf", hidden.get("_csrf")});
        f.add(new String[] {"_stamp", hidden.get("_stamp")});
        for (int i = 0; i < fields.length; i += 2) f.add(new String[] {fields[i], fields[i + 1]});
        return c.form("/" + locale + "/newsletter", f);
    }

    @Test
    void the_sign_up_page_is_served_uncached_in_every_site_language() throws Exception {
        for (String l : List.of("en", "fr", "nl", "de", "it", "pl", "el")) {
            FormClient c = new FormClient(server.uri());
            HttpResponse<String> r = c.get("/" + l + "/newsletter");
            assertEquals(200, r.statusCode(), l);
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
            assertTrue(r.body().contains("name=\"topics\" value=\"guideUpdates\""), l);
            assertFalse(r.body().contains("newsletter."), "every text is translated: " + l);
        }
        assertTrue(new FormClient(server.uri()).get("/it/newsletter").body().contains("Casi di studio"));
    }

    @Test
    void an_italian_sign_up_is_confirmed_through_the_mail_once_and_the_subscriber_leaves_with_one_click() throws Exception {
        FormClient c = new FormClient(server.uri());
        HttpResponse<String> sent = signUp(c, "it", "email", "Giulia@Example.org", "topics", "events", "topics", "caseStudies", "consent", "yes");
        assertEquals(303, sent.statusCode(), sent.body());
        assertTrue(sent.headers().firstValue("Location").orElse("").endsWith("/it/newsletter/sent"));
        MimeMessage mail = Mails.to(smtp, "giulia@example.org");
        assertEquals("Conferma l’iscrizione ai notiziari di INN-CO", mail.getSubject());
        String link = Mails.link(mail);
        assertTrue(link.contains("/it/newsletter/confirm?t="), link);
        String path = link.substring(link.indexOf("/it/"));
        HttpResponse<String> confirmed = c.get(path);
        assertEquals(200, confirmed.statusCode());
        assertTrue(confirmed.body().contains("Iscrizione confermata"), confirmed.body());
        assertEquals(404, c.get(path).statusCode(), "the link works once");
        assertEquals(java.util.Set.of("email", "locale", "topics", "state", "consentVersion", "consentAt", "confirmedAt"), storedProperties(),
                "the address, language, topics and proof of consent: nothing else (no client address, no browser, no used link)");

        // signing up again changes nothing and mails the subscriber's own link instead
        smtp.purgeEmailFromAllMailboxes();
        assertEquals(303, signUp(new FormClient(server.uri()), "it", "email", "giulia@example.org", "topics", "events", "consent", "yes").statusCode());
        String own = Mails.link(Mails.to(smtp, "giulia@example.org"));
        String ownPath = own.substring(own.indexOf("/it/"));
        assertTrue(ownPath.startsWith("/it/newsletter/manage?t="), ownPath);
        String token = ownPath.substring(ownPath.indexOf("t=") + 2);
        HttpResponse<String> manage = c.get(ownPath);
        assertEquals(200, manage.statusCode());
        assertTrue(manage.body().contains("giulia@example.org") && manage.body().contains("Casi di studio"), manage.body());
        HttpResponse<String> json = c.get("/it/newsletter/export.json?t=" + token);
        assertEquals(200, json.statusCode());
        assertTrue(json.body().contains("\"email\":\"giulia@example.org\"") && json.body().contains("\"consentTextVersion\":\"2026-12-06\"")
                && json.body().contains("\"topics\":[\"events\",\"caseStudies\"]"), json.body());

        // RFC 8058: a POST without cookies or form token, the link being the secret
        HttpResponse<String> oneClick = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri().resolve("/it/newsletter/unsubscribe?t=" + token))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, oneClick.statusCode(), oneClick.body());
        assertEquals(404, c.get(ownPath).statusCode(), "nothing is left");
        assertEquals(404, c.get("/it/newsletter/export.json?t=" + token).statusCode());
    }

    /** The properties of the one subscriber stored, the repository's own ({@code jcr:}, {@code mgnl:}) aside. */
    private static java.util.Set<String> storedProperties() {
        return server.services().repository.read(s -> {
            java.util.Set<String> names = new java.util.TreeSet<>();
            for (var b = s.getNode("/innco:system/newsletter/subscribers").getNodes(); b.hasNext(); ) {
                for (var it = b.nextNode().getNodes(); it.hasNext(); ) {
                    for (var p = it.nextNode().getProperties(); p.hasNext(); ) {
                        String n = p.nextProperty().getName();
                        if (!n.startsWith("jcr:") && !n.startsWith("mgnl:")) names.add(n);
                    }
                }
            }
            return names;
        });
    }

    @Test
    void a_sign_up_without_consent_or_topic_is_shown_again_with_the_reasons_and_nothing_is_mailed() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        HttpResponse<String> r = signUp(new FormClient(server.uri()), "fr", "email", "not-an-address");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Cochez la case") && r.body().contains("au moins un thème") && r.body().contains("nom@exemple.org"), r.body());
        HttpResponse<String> robot = signUp(new FormClient(server.uri()), "fr", "email", "bot@example.org", "topics", "events", "consent", "yes",
                "homepage", "http://spam.example");
        assertEquals(303, robot.statusCode(), "a robot is answered as a person would be");
        HttpResponse<String> forged = new FormClient(server.uri()).form("/fr/newsletter", Map.of("email", "x@example.org", "topics", "events",
                "consent", "yes", "_csrf", "abcdefghijklmnopqrstuvwxyz", "_stamp", "1.x"));
        assertEquals(403, forged.statusCode());
        FormClient elsewhere = new FormClient(server.uri());
        Map<String, String> h = FormClient.hidden(elsewhere.get("/fr/newsletter").body());
        elsewhere.headers.put("Sec-Fetch-Site", "cross-site");
        assertEquals(403, elsewhere.form("/fr/newsletter", Map.of("email", "x@example.org", "topics", "events", "consent", "yes",
                "_csrf", h.get("_csrf"), "_stamp", h.get("_stamp"))).statusCode(), "a good token posted from another site");
        Thread.sleep(500);
        assertEquals(0, smtp.getReceivedMessages().length);
    }
}
