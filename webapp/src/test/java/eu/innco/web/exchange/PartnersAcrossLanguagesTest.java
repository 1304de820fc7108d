package eu.innco.web.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.innco.web.InncoServer;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The first test, in one piece and through the pages only: a Cypriot member's need written
 * in Greek is matched by a Belgian member's offer written in French; the Belgian member finds it on
 * its offer's page and writes through the platform; the test's SMTP server receives the message
 * framed in Greek without the sender's address; the reply through the platform gives both addresses.
 */
class PartnersAcrossLanguagesTest {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);
    static final String LATER = LocalDate.now(ZoneOffset.UTC).plusDays(60).toString();
    static InncoServer server;

    @BeforeAll
    static void start() throws Exception {
        server = Smtp.server(smtp, "INNCO_SCHEDULER", "false");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_greek_need_meets_a_french_offer_and_the_two_members_get_each_others_address_only_after_the_reply() throws Exception {
        ExchangeClient cypriot = ExchangeClient.member(server, "Κοινωνικός Συνεταιρισμός Λεμεσού", "CY", "Λεμεσός", 34.68, 33.04, "el",
                List.of("S"), List.of("el", "en"), "lemesos@example.cy");
        ExchangeClient belgian = ExchangeClient.member(server, "Coopérative d’Appui Namuroise", "BE", "Namur", 50.46, 4.87, "fr",
                List.of("S"), List.of("fr", "en"), "namur@example.be");
        String need = ExchangeClient.idOf(cypriot.form("/el/account/exchange/new", ExchangeClient.posting(cypriot.csrf("el"), "need",
                "Νομική βοήθεια για το καταστατικό μας", "Χρειαζόμαστε νομικό που γνωρίζει τους συνεταιρισμούς.", "legal", List.of("S"),
                List.of("CY"), false, List.of("el", "en"), LATER)));
        String offer = ExchangeClient.idOf(belgian.form("/fr/account/exchange/new", ExchangeClient.posting(belgian.csrf("fr"), "offer",
                "Accompagnement juridique des coopératives", "Nos juristes relisent statuts et contrats.", "legal", List.of("S"),
                List.of("BE", "CY"), false, List.of("fr", "en"), LATER)));

        // the Belgian member finds the Greek need on its French offer's page, with the reason in French
        String offerPage = belgian.get("/fr/exchange/offers/" + offer).body();
        assertTrue(offerPage.contains("href=\"/fr/exchange/needs/" + need + "\">Νομική βοήθεια για το καταστατικό μας</a>"), offerPage);
        assertTrue(offerPage.contains("même secteur"), offerPage);
        // and, from the need's page, the way to write to the member that posted it
        String needPage = belgian.get("/fr/exchange/needs/" + need).body();
        var write = Pattern.compile("href=\"(/fr/contact/[0-9a-f-]{36}\\?about=" + need + ")\"").matcher(needPage);
        assertTrue(write.find(), "a link to write to the member: " + needPage);
        assertEquals(303, new ExchangeClient(server.uri()).get(write.group(1)).statusCode(), "writing needs a member account");
        String form = belgian.get(write.group(1)).body();
        assertTrue(form.contains("Νομική βοήθεια για το καταστατικό μας"), "the form says what the message is about");
        Map<String, String> h = ExchangeClient.hidden(form);
        HttpResponse<String> sent = belgian.post(write.group(1).replace("?about=" + need, ""), "_csrf", h.get("_csrf"), "about", h.get("about"),
                "text", "Bonjour, nos juristes peuvent relire vos statuts en anglais. Écrivez-nous pour convenir d’un appel.");
        assertEquals(200, sent.statusCode(), sent.body());

        MimeMessage toCypriot = Smtp.message(smtp, "lemesos@example.cy", "Ο οργανισμός Coopérative d’Appui Namuroise σας γράφει για «Νομική βοήθεια");
        String greek = Smtp.all(toCypriot);
        assertTrue(greek.contains("για την προσφορά ή την ανάγκη σας «Νομική βοήθεια για το καταστατικό μας»"), "framed in Greek: " + greek);
        assertTrue(greek.contains("> Bonjour, nos juristes peuvent relire vos statuts"), "the text as its sender wrote it");
        assertFalse(greek.contains("namur@example.be"), "no sender address before a reply: " + greek);
        for (MimeMessage m : Smtp.to(smtp, "namur@example.be")) assertFalse(Smtp.all(m).contains("lemesos@example.cy"), "nor the recipient's to the sender");

        String link = Smtp.link(toCypriot, "/el/contact/reply?t=");
        ExchangeClient recipient = new ExchangeClient(server.uri());
        String replyPage = recipient.get(link.substring(link.indexOf("/el/"))).body();
        // the reply form's fields: the page's second form (the block) is signed for its own path
        Map<String, String> r = ExchangeClient.hidden(replyPage.substring(0, replyPage.indexOf("/el/contact/block")));
        HttpResponse<String> replied = recipient.post("/el/contact/reply", "_csrf", r.get("_csrf"), "_stamp", r.get("_stamp"), "t", r.get("t"),
                "text", "Ευχαριστούμε πολύ, ας μιλήσουμε την Πέμπτη.");
        assertEquals(200, replied.statusCode(), replied.body());
        String toBelgian = Smtp.withSubject(smtp, "namur@example.be", "Κοινωνικός Συνεταιρισμός Λεμεσού a répondu à votre message");
        assertTrue(toBelgian.contains("lemesos@example.cy") && toBelgian.contains("ας μιλήσουμε την Πέμπτη"), toBelgian);
        String copy = Smtp.withSubject(smtp, "lemesos@example.cy", "Η απάντησή σας στον οργανισμό Coopérative d’Appui Namuroise στάλθηκε");
        assertTrue(copy.contains("namur@example.be"), "the address is given only now: " + copy);
    }
}
