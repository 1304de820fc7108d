package eu.innco.web.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.innco.web.InncoServer;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The weekly digest through the outbox to a real SMTP server: exactly the new matches, computed here
 * from what the test posted by the rules the exchange documents, in the subscriber's language, and
 * an RFC 8058 one-click unsubscribe that works without a cookie or a page.
 */
class ExchangeDigestTest {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);
    static InncoServer server;
    static final String LATER = LocalDate.now(ZoneOffset.UTC).plusDays(90).toString();

    @BeforeAll
    static void start() throws Exception {
        server = Smtp.server(smtp, "INNCO_JOIN_MIN_FILL_SECONDS", "0", "INNCO_SCHEDULER", "false");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** What the test posted: enough to work out the matches on its own. */
    record Posted(String id, String member, String kind, String title, String category, List<String> countries, boolean remote,
                  Instant created) {}

    @Test
    void the_digest_lists_exactly_the_new_matches_and_one_click_unsubscribes() throws Exception {
        ExchangeClient polish = ExchangeClient.member(server, "Spółdzielnia Socjalna Razem", "PL", "Lublin", 51.2465, 22.5684, "pl",
                List.of("Q"), List.of("pl", "en"), "razem@example.org");
        ExchangeClient italian = ExchangeClient.member(server, "Cooperativa Sociale Insieme", "IT", "Bologna", 44.4949, 11.3426, "it",
                List.of("Q"), List.of("it", "en"), "insieme@example.org");
        List<Posted> posted = new ArrayList<>();
        posted.add(post(polish, "pl", "PL", "need", "Szkolenie z zamówień publicznych", "publicTenders", List.of("PL"), false));
        posted.add(post(polish, "pl", "PL", "need", "Księgowość dla spółdzielni", "accounting", List.of("PL"), false));
        posted.add(post(italian, "it", "IT", "offer", "Formazione sugli appalti pubblici", "publicTenders", List.of("IT"), true));
        Instant subscribedAt = Instant.now();
        Thread.sleep(5);
        String csrf = polish.csrf("pl");
        assertEquals(200, polish.form("/pl/account/exchange/digest", List.of(new String[] {"_csrf", csrf}, new String[] {"digest", "yes"})).statusCode());
        Thread.sleep(5);
        posted.add(post(italian, "it", "IT", "offer", "Contabilità per cooperative a distanza", "accounting", List.of("IT"), true));
        posted.add(post(italian, "it", "IT", "offer", "Sala riunioni a Bologna", "premises", List.of("IT", "PL"), false));
        posted.add(post(italian, "it", "IT", "offer", "Consulenza contabile in Italia", "accounting", List.of("IT"), false));

        List<String> expected = newMatches(posted, "PL", subscribedAt);
        assertEquals(List.of("Contabilità per cooperative a distanza"), expected, "the test's own working-out");
        assertEquals(0, server.services().exchange.digest.runDue(Instant.now()), "not a week yet");
        assertEquals(1, server.services().exchange.digest.runDue(Instant.now().plus(Duration.ofDays(8))));
        MimeMessage mail = mailTo("razem@example.org");
        String text = text(mail);
        assertTrue(mail.getSubject().contains("1 nowe dopasowanie"), mail.getSubject());
        List<String> listed = new ArrayList<>();
        for (Posted p : posted) if (text.contains(p.title())) listed.add(p.title());
        listed.removeIf(t -> posted.stream().anyMatch(p -> p.title().equals(t) && p.member().equals("PL")));
        assertEquals(expected, listed, text);
        assertTrue(text.contains("Do waszej potrzeby „Księgowość dla spółdzielni”") && text.contains("działa zdalnie"), text);
        assertTrue(text.contains("/pl/account/exchange"), "a link to manage the choice");

        String unsubscribe = mail.getHeader("List-Unsubscribe")[0];
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post")[0]);
        assertTrue(unsubscribe.startsWith("<" + server.uri()) && unsubscribe.endsWith(">"), unsubscribe);
        URI target = URI.create(unsubscribe.substring(1, unsubscribe.length() - 1));
        HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        assertEquals(200, plain.send(HttpRequest.newBuilder(target).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertTrue(server.services().exchange.digest.subscriptions().find(polishUser()).isPresent(), "a GET alone changes nothing");
        HttpResponse<String> click = plain.send(HttpRequest.newBuilder(target).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, click.statusCode(), "one POST, no cookie, no form token");
        assertFalse(server.services().exchange.digest.subscriptions().find(polishUser()).isPresent());
        post(italian, "it", "IT", "offer", "Altra contabilità a distanza", "accounting", List.of("IT"), true);
        assertEquals(0, server.services().exchange.digest.runDue(Instant.now().plus(Duration.ofDays(30))), "no more digests");
        assertEquals(404, plain.send(HttpRequest.newBuilder(URI.create(target + "x")).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    /**
     * The new matches of the member of {@code country}, worked out from the documented rules: same
     * category, another member, a shared country or remote on either side, either side posted after
     * the subscription; the titles of the other members' items.
     */
    private static List<String> newMatches(List<Posted> posted, String country, Instant since) {
        List<String> out = new ArrayList<>();
        for (Posted own : posted) {
            if (!own.member().equals(country)) continue;
            for (Posted other : posted) {
                boolean fits = !other.member().equals(country) && !other.kind().equals(own.kind()) && other.category().equals(own.category())
                        && (other.remote() || own.remote() || other.countries().stream().anyMatch(own.countries()::contains));
                if (fits && (own.created().isAfter(since) || other.created().isAfter(since))) out.add(other.title());
            }
        }
        return out;
    }

    private static Posted post(ExchangeClient c, String locale, String member, String kind, String title, String category,
                               List<String> countries, boolean remote) throws Exception {
        Instant before = Instant.now();
        String id = ExchangeClient.idOf(c.form("/" + locale + "/account/exchange/new", ExchangeClient.posting(c.csrf(locale), kind, title,
                "", category, List.of("Q"), countries, remote, List.of(locale, "en"), LATER)));
        return new Posted(id, member, kind, title, category, countries, remote, before);
    }

    private static String polishUser() {
        return server.services().network.accounts.memberByEmail("razem@example.org").orElseThrow().username();
    }

    private static MimeMessage mailTo(String address) throws Exception {
        long until = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address)) && m.getHeader("List-Unsubscribe") != null) return m;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no digest to " + address);
    }

    private static String text(MimeMessage m) throws Exception {
        return ((MimeMultipart) m.getContent()).getBodyPart(0).getContent().toString();
    }
}
