package eu.innco.web.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.innco.repository.NodeTypes;
import eu.innco.web.InncoServer;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Members writing to each other through the platform, with a real SMTP server on loopback reading what is sent. */
class ContactHttpTest {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);
    static InncoServer server;

    @BeforeAll
    static void start() throws Exception {
        server = Smtp.server(smtp, "INNCO_CONTACT_PER_DAY", "3");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> write(Members.Signed from, String locale, String to, String text) throws Exception {
        String csrf = ExchangeClient.hidden(from.client().get("/" + locale + "/contact/" + to).body()).get("_csrf");
        return from.client().post("/" + locale + "/contact/" + to, "_csrf", csrf, "text", text);
    }

    @Test
    void a_belgian_member_writes_in_french_and_the_cypriot_member_gets_it_in_greek_framing_without_the_address_until_it_replies() throws Exception {
        Members.Signed be = Members.join(server, "Coopérative Les Tisserands", "BE", "Liège", 50.63, 5.57, "fr", "tisserands@example.be");
        Members.Signed cy = Members.join(server, "Συνεταιρισμός Λευκωσίας", "CY", "Λευκωσία", 35.17, 33.36, "el", "lefkosia@example.cy");
        HttpResponse<String> form = be.client().get("/fr/contact/" + cy.organisation());
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("Écrire à Συνεταιρισμός Λευκωσίας"));
        HttpResponse<String> html = write(be, "fr", cy.organisation(), "<a href=\"https://example.be\">nos ateliers</a> et bonjour");
        assertEquals(400, html.statusCode());
        assertTrue(html.body().contains("id=\"text-error\">Écrivez du texte simple"), html.body());
        assertTrue(html.body().contains("nos ateliers"), "the text is kept in the form for correction");
        assertEquals(400, write(be, "fr", cy.organisation(), "court").statusCode());

        String text = "Bonjour, nous aimerions échanger sur vos ateliers de réparation. Voir https://example.be/ateliers";
        HttpResponse<String> sent = write(be, "fr", cy.organisation(), text);
        assertEquals(200, sent.statusCode());
        assertTrue(sent.body().contains("Message envoyé"));
        String greek = Smtp.withSubject(smtp, "lefkosia@example.cy", "Ο οργανισμός Coopérative Les Tisserands σας γράφει μέσω του INN-CO");
        assertTrue(greek.contains("Γεια σας") || greek.contains("Contact Συνεταιρισμός Λευκωσίας"), greek);
        assertTrue(greek.contains("μέλος του δικτύου INN-CO, έστειλε στον οργανισμό σας"), "framed in Greek: " + greek);
        assertTrue(greek.contains("> Bonjour, nous aimerions échanger"), "the message as the sender wrote it");
        assertFalse(greek.contains("tisserands@example.be"), "no sender address before a reply");
        assertFalse(greek.contains("Reply-To"), greek);
        assertTrue(Smtp.to(smtp, "tisserands@example.be").stream().noneMatch(m -> has(m, "lefkosia@example.cy")));
        assertFalse(stored(text), "the platform keeps no text once the mail is out");

        MimeMessage mail = Smtp.message(smtp, "lefkosia@example.cy", "Coopérative Les Tisserands σας γράφει");
        String link = Smtp.link(mail, "/el/contact/reply?t=");
        ExchangeClient recipient = new ExchangeClient(server.uri());
        HttpResponse<String> page = recipient.get(link.substring(link.indexOf("/el/")));
        assertEquals(200, page.statusCode());
        assertEquals(java.util.List.of(), page.headers().allValues("Set-Cookie"), "the recipient, who has no account, gets no cookie");
        assertTrue(page.body().contains("Απάντηση σε μήνυμα από το δίκτυο INN-CO"));
        // the reply form's fields (the page's second form, the block, is signed for its own path)
        Map<String, String> h = ExchangeClient.hidden(page.body().substring(0, page.body().indexOf("/el/contact/block")));
        HttpResponse<String> replied = recipient.post("/el/contact/reply", "_csrf", h.get("_csrf"), "_stamp", h.get("_stamp"), "t", h.get("t"),
                "text", "Καλησπέρα σας, με χαρά. Τα εργαστήριά μας λειτουργούν κάθε Τετάρτη.");
        assertEquals(200, replied.statusCode(), replied.body());
        String toSender = Smtp.withSubject(smtp, "tisserands@example.be", "Συνεταιρισμός Λευκωσίας a répondu à votre message");
        assertTrue(toSender.contains("lefkosia@example.cy") && toSender.contains("Τα εργαστήριά μας"), toSender);
        String toRecipient = Smtp.withSubject(smtp, "lefkosia@example.cy", "Η απάντησή σας στον οργανισμό Coopérative Les Tisserands στάλθηκε");
        assertTrue(toRecipient.contains("tisserands@example.be"), toRecipient);
        assertEquals(409, recipient.post("/el/contact/reply", "_csrf", h.get("_csrf"), "_stamp", h.get("_stamp"), "t", h.get("t"),
                "text", "Και μια δεύτερη απάντηση.").statusCode(), "one answer through the platform; then they write directly");
        assertEquals(404, recipient.get("/el/contact/reply?t=" + h.get("t").substring(0, 40) + "xxxxxxxxxxxxxxxxxxxxxxxx").statusCode());
    }

    @Test
    void the_daily_limit_and_a_block_give_clear_answers_in_the_senders_language() throws Exception {
        Members.Signed pl = Members.join(server, "Spółdzielnia Socjalna Bursztyn", "PL", "Gdańsk", 54.35, 18.65, "pl", "bursztyn@example.pl");
        Members.Signed it = Members.join(server, "Cooperativa La Rete", "IT", "Bologna", 44.49, 11.34, "it", "rete@example.it");
        for (int i = 1; i <= 3; i++) assertEquals(200, write(pl, "pl", it.organisation(), "Dzień dobry, wiadomość numer " + i + ".").statusCode());
        HttpResponse<String> limited = write(pl, "pl", it.organisation(), "Dzień dobry, wiadomość numer 4.");
        assertEquals(429, limited.statusCode());
        assertTrue(limited.body().contains("Osiągnięto limit wysyłki"), limited.body());
        assertTrue(limited.headers().firstValue("Retry-After").isPresent());

        Members.Signed de = Members.join(server, "Genossenschaft Netzwerk", "DE", "Leipzig", 51.34, 12.37, "de", "netz@example.de");
        assertEquals(200, write(de, "de", it.organisation(), "Guten Tag, wir möchten gern zusammenarbeiten.").statusCode());
        String link = Smtp.link(Smtp.message(smtp, "rete@example.it", "Genossenschaft Netzwerk ti scrive tramite INN-CO"), "/it/contact/reply?t=");
        ExchangeClient recipient = new ExchangeClient(server.uri());
        Map<String, String> h = ExchangeClient.hidden(recipient.get(link.substring(link.indexOf("/it/"))).body());
        HttpResponse<String> blocked = recipient.post("/it/contact/block", "_csrf", h.get("_csrf"), "_stamp", h.get("_stamp"), "t", h.get("t"));
        assertEquals(200, blocked.statusCode());
        assertTrue(blocked.body().contains("Mittente bloccato"));
        HttpResponse<String> refused = write(de, "de", it.organisation(), "Guten Tag, noch einmal wir.");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("nimmt über die Plattform keine Nachrichten Ihrer Organisation an"), refused.body());
        assertEquals(400, write(de, "de", de.organisation(), "An uns selbst schreiben geht nicht.").statusCode());
        assertEquals(303, new ExchangeClient(server.uri()).get("/de/contact/" + it.organisation()).statusCode(), "members only");
        var body = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        body.putObject("properties").put("name", "Partner Organisation Without Members").put("country", "DE");
        String partner = server.services().content.create(eu.innco.security.Actor.SYSTEM, "organisation", body).id();
        server.services().publishing.publication.publish(eu.innco.security.Actor.SYSTEM, "organisation", partner, java.util.List.of("en"), "test", false);
        HttpResponse<String> nobody = de.client().get("/de/contact/" + partner);
        assertEquals(404, nobody.statusCode());
        assertTrue(nobody.body().contains("Organisation nicht erreichbar"), nobody.body());
    }

    private static boolean has(MimeMessage m, String words) {
        try {
            return Smtp.all(m).contains(words);
        } catch (Exception e) {
            return false;
        }
    }

    /** Whether any property under the platform's own folder holds this text, once the outbox has sent everything. */
    private static boolean stored(String text) throws Exception {
        long until = System.currentTimeMillis() + 15_000;
        while (server.services().outbox.waiting() > 0 && System.currentTimeMillis() < until) Thread.sleep(100);
        return server.services().repository.read(s -> contains(s.getNode("/" + NodeTypes.SYSTEM_ROOT), text));
    }

    private static boolean contains(javax.jcr.Node n, String text) throws javax.jcr.RepositoryException {
        for (var p = n.getProperties(); p.hasNext(); ) {
            javax.jcr.Property x = p.nextProperty();
            for (javax.jcr.Value v : x.isMultiple() ? x.getValues() : new javax.jcr.Value[] {x.getValue()}) {
                if (v.getType() == javax.jcr.PropertyType.STRING && v.getString().contains(text)) return true;
            }
        }
        for (var c = n.getNodes(); c.hasNext(); ) if (contains(c.nextNode(), text)) return true;
        return false;
    }
}
