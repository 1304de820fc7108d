package eu.innco.web.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.innco.network.Application;
import eu.innco.security.Actor;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The join form over real HTTP, with a real SMTP server on loopback reading the mails. */
class JoinHttpTest {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);
    static InncoServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of("INNCO_SMTP_HOST", "127.0.0.1", "INNCO_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()),
                "INNCO_SMTP_STARTTLS", "false", "INNCO_SMTP_FROM", "network@inn-co.example", "INNCO_JOIN_MIN_FILL_SECONDS", "1",
                "INNCO_JOIN_PER_IP_PER_HOUR", "100"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void empty() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    private static Map<String, String> openForm(FormClient c, String locale) throws Exception {
        HttpResponse<String> page = c.get("/" + locale + "/join");
        assertEquals(200, page.statusCode());
        Thread.sleep(1100);
        return FormClient.hidden(page.body());
    }

    @Test
    void the_join_form_is_served_in_every_site_language_uncached_and_without_a_cookie() throws Exception {
        for (String l : List.of("en", "fr", "nl", "de", "it", "pl", "el")) {
            FormClient c = new FormClient(server.uri());
            HttpResponse<String> r = c.get("/" + l + "/join");
            assertEquals(200, r.statusCode(), l);
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
            assertTrue(r.headers().allValues("Set-Cookie").isEmpty(), l + ": " + r.headers().allValues("Set-Cookie"));
            assertTrue(r.body().contains("<html lang=\"" + l + "\""), l);
            assertTrue(r.body().contains("name=\"contactEmail\""), l);
            assertFalse(r.body().contains("network.field."), "every text is translated: " + l);
        }
        assertTrue(new FormClient(server.uri()).get("/pl/join").body().contains("Dołącz do sieci INN-CO"));
    }

    @Test
    void an_application_mails_a_polish_verification_link_that_works_once() throws Exception {
        FormClient c = new FormClient(server.uri());
        HttpResponse<String> sent = c.multipart("/pl/join", FormClient.application(openForm(c, "pl"), "Spółdzielnia Pod Wawelem",
                "zofia@example.org", "https://wawel.example.org"), null);
        assertEquals(303, sent.statusCode(), sent.body());
        assertTrue(sent.headers().firstValue("Location").orElse("").endsWith("/pl/join/sent"));
        MimeMessage mail = Mails.to(smtp, "zofia@example.org");
        assertEquals("zofia@example.org", mail.getAllRecipients()[0].toString());
        assertTrue(mail.getSubject().contains("Potwierdź zgłoszenie"), mail.getSubject());
        String link = Mails.link(mail);
        assertTrue(link.contains("/pl/join/confirm?t="), link);
        String path = link.substring(link.indexOf("/pl/"));
        HttpResponse<String> confirmed = c.get(path);
        assertEquals(200, confirmed.statusCode());
        assertTrue(confirmed.body().contains("Twój adres e-mail został potwierdzony"));
        HttpResponse<String> again = c.get(path);
        assertEquals(404, again.statusCode(), "the link is single-use");
        assertTrue(again.body().contains("Ten link nie działa") && again.body().contains("action=\"/pl/join/resend\""));
        Application a = queue().stream().filter(x -> x.fields().name().equals("Spółdzielnia Pod Wawelem")).findFirst().orElseThrow();
        assertTrue(a.verified());
        assertEquals("pl", a.locale());
        assertFalse(a.termsVersion().isEmpty());
    }

    @Test
    void wrong_fields_get_messages_in_the_visitors_language_beside_each_field() throws Exception {
        FormClient c = new FormClient(server.uri());
        Map<String, String> h = openForm(c, "de");
        HttpResponse<String> r = c.multipart("/de/join", List.of(new String[] {"_csrf", h.get("_csrf")}, new String[] {"_stamp", h.get("_stamp")},
                new String[] {"name", "X"}, new String[] {"lat", "95"}, new String[] {"lon", "10"}, new String[] {"contactEmail", "not-an-address"},
                new String[] {"website", "javascript:alert(1)"}), null);
        assertEquals(400, r.statusCode());
        String b = r.body();
        assertTrue(b.contains("id=\"name-error\">Dieser Text ist zu kurz."), b);
        assertTrue(b.contains("aria-describedby=\"name-error\" aria-invalid=\"true\""));
        assertTrue(b.contains("id=\"location-error\">Der Breitengrad muss zwischen -90 und 90 liegen"));
        assertTrue(b.contains("id=\"contactEmail-error\">Geben Sie eine gültige E-Mail-Adresse an"));
        assertTrue(b.contains("id=\"website-error\">"));
        assertTrue(b.contains("id=\"terms-error\">"));
        assertTrue(b.contains("value=\"not-an-address\""), "what was typed is shown again");
        Thread.sleep(300);
        assertTrue(java.util.Arrays.stream(smtp.getReceivedMessages()).noneMatch(m -> Mails.isTo(m, "not-an-address")));
    }

    @Test
    void a_form_posted_from_another_site_or_signed_for_another_form_is_refused_and_a_filled_honeypot_stores_nothing() throws Exception {
        FormClient c = new FormClient(server.uri());
        Map<String, String> h = openForm(c, "en");
        for (String[] header : List.of(new String[] {"Sec-Fetch-Site", "cross-site"}, new String[] {"Origin", "https://attacker.example"},
                new String[] {"Referer", "https://attacker.example/page.html"}, new String[] {"Origin", "null"})) {
            FormClient stranger = new FormClient(server.uri());
            stranger.headers.put(header[0], header[1]);
            HttpResponse<String> forged = stranger.multipart("/en/join", FormClient.application(h, "Cross Site", "x@example.org", ""), null);
            assertEquals(403, forged.statusCode(), header[0] + ": " + header[1]);
            assertTrue(forged.body().contains("The form has expired"));
        }
        Map<String, String> signUp = FormClient.hidden(c.get("/en/newsletter").body());
        assertEquals(403, c.multipart("/en/join", FormClient.application(signUp, "Cross Site", "x@example.org", ""), null).statusCode(),
                "the sign-up's token is not the join form's");
        assertEquals(403, c.multipart("/fr/join", FormClient.application(h, "Cross Site", "x@example.org", ""), null).statusCode(),
                "nor the English form's the French one's");
        String own = server.uri().toString().replaceAll("/$", "");
        for (String[] header : List.of(new String[] {"Origin", own}, new String[] {"Referer", own + "/en/join"})) {
            FormClient sameSite = new FormClient(server.uri());
            sameSite.headers.put(header[0], header[1]);
            assertEquals(303, sameSite.multipart("/en/join", FormClient.application(openForm(sameSite, "en"), "Same Site Cooperative " + header[0],
                    "same@example.org", ""), null).statusCode(), "a post from the site's own page, said by " + header[0]);
        }
        List<String[]> bot = FormClient.application(h, "Honey Bot", "bot@example.org", "");
        bot.add(new String[] {"homepage", "https://spam.example"});
        assertEquals(303, c.multipart("/en/join", bot, null).statusCode());
        Thread.sleep(500);
        assertTrue(queue().stream().noneMatch(a -> a.fields().name().equals("Honey Bot") || a.fields().name().equals("Cross Site")));
        assertTrue(java.util.Arrays.stream(smtp.getReceivedMessages()).noneMatch(m -> Mails.isTo(m, "bot@example.org")));
    }

    @Test
    void the_same_website_or_name_in_the_same_city_is_flagged_not_refused() throws Exception {
        FormClient c = new FormClient(server.uri());
        c.multipart("/it/join", FormClient.application(openForm(c, "it"), "Cooperativa Aurora", "a@example.org", "https://aurora.example.it/"), null);
        FormClient d = new FormClient(server.uri());
        HttpResponse<String> r = d.multipart("/it/join", FormClient.application(openForm(d, "it"), "Aurora Soc. Coop.", "b@example.org",
                "http://www.aurora.example.it"), null);
        assertEquals(303, r.statusCode());
        Application second = queue().stream().filter(a -> a.fields().name().equals("Aurora Soc. Coop.")).findFirst().orElseThrow();
        assertEquals(1, second.duplicates().size(), second.duplicates().toString());
        assertTrue(second.duplicates().get(0).startsWith("application:") && second.duplicates().get(0).endsWith(":website"));
    }

    @Test
    void an_expired_link_gives_a_clear_page_and_a_new_link_on_request() throws Exception {
        FormClient c = new FormClient(server.uri());
        c.multipart("/fr/join", FormClient.application(openForm(c, "fr"), "Coopérative du Rhône", "claire@example.org", ""), null);
        String link = Mails.link(Mails.to(smtp, "claire@example.org"));
        String id = FormClient.query(link).get("t").split("\\.")[0];
        server.services().repository.write(s -> {
            s.getNode("/innco:system/applications/" + id).setProperty("tokenExpires", eu.innco.contenttype.field.Dates.calendar(java.time.Instant.now().minusSeconds(60)));
            return null;
        });
        HttpResponse<String> expired = c.get(link.substring(link.indexOf("/fr/")));
        assertEquals(410, expired.statusCode());
        assertTrue(expired.body().contains("Ce lien a expiré"));
        Thread.sleep(1100);
        Map<String, String> h = FormClient.hidden(expired.body());
        HttpResponse<String> resent = c.form("/fr/join/resend", Map.of("_csrf", h.get("_csrf"), "_stamp", h.get("_stamp"), "email", "claire@example.org"));
        assertEquals(200, resent.statusCode());
        String fresh = secondLinkTo("claire@example.org");
        assertEquals(200, c.get(fresh.substring(fresh.indexOf("/fr/"))).statusCode());
    }

    @Test
    void applications_past_their_time_are_swept_away_with_their_personal_data() throws Exception {
        FormClient c = new FormClient(server.uri());
        c.multipart("/nl/join", FormClient.application(openForm(c, "nl"), "Vergeten Vereniging", "v@example.org", ""), null);
        Application a = queue().stream().filter(x -> x.fields().name().equals("Vergeten Vereniging")).findFirst().orElseThrow();
        server.services().repository.write(s -> {
            s.getNode("/innco:system/applications/" + a.id()).setProperty("expires", eu.innco.contenttype.field.Dates.calendar(java.time.Instant.now().minusSeconds(1)));
            return null;
        });
        assertTrue(server.services().network.sweep() >= 1);
        assertTrue(queue().stream().noneMatch(x -> x.id().equals(a.id())));
    }

    @Test
    void the_changes_form_is_signed_for_its_own_path_and_saves_the_changes_without_a_cookie() throws Exception {
        FormClient c = new FormClient(server.uri());
        c.multipart("/pl/join", FormClient.application(openForm(c, "pl"), "Spółdzielnia Zmiany", "zmiany@example.org", ""), null);
        Application a = queue().stream().filter(x -> x.fields().name().equals("Spółdzielnia Zmiany")).findFirst().orElseThrow();
        server.services().network.moderation.requestChanges(Actor.SYSTEM, a.id(), "Proszę dodać stronę internetową.", server.uri() + "pl/join/changes?t=");
        String link = secondLinkTo("zmiany@example.org");
        HttpResponse<String> page = c.get(link.substring(link.indexOf("/pl/")));
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty());
        Thread.sleep(1100);
        Map<String, String> h = FormClient.hidden(page.body());
        List<String[]> fields = FormClient.application(h, "Spółdzielnia Zmiany", "zmiany@example.org", "https://zmiany.example.pl");
        fields.add(new String[] {"t", h.get("t")});
        assertEquals(403, c.multipart("/pl/join", fields, null).statusCode(), "the changes form's token is not the join form's");
        HttpResponse<String> saved = c.multipart("/pl/join/changes", fields, null);
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals("https://zmiany.example.pl", queue().stream().filter(x -> x.id().equals(a.id())).findFirst().orElseThrow().fields().website());
    }

    /** The link in the second mail to this address (other tests of the class mail too: not any two mails). */
    private static String secondLinkTo(String address) throws Exception {
        long until = System.currentTimeMillis() + 15_000;
        while (java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> Mails.isTo(m, address)).count() < 2
                && System.currentTimeMillis() < until) Thread.sleep(100);
        return Mails.link(java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> Mails.isTo(m, address)).reduce((a, b) -> b).orElseThrow());
    }

    private static List<Application> queue() {
        return server.services().network.moderation.queue(Actor.SYSTEM);
    }
}
