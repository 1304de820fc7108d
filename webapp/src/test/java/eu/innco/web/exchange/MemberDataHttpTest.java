package eu.innco.web.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.security.Actor;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A member's part of the exchange in its data export (offers, needs, initiatives, interest, messages,
 * the digest), and all of it gone when the organisation leaves: what others hold about it is
 * anonymised (a partner list loses it), an initiative a case study cites stays, unpublished.
 */
class MemberDataHttpTest {
    static final String LATER = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
    static InncoServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of("INNCO_SCHEDULER", "false"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_export_holds_the_members_exchange_and_leaving_erases_it() throws Exception {
        Members.Signed be = Members.join(server, "Asbl Outils Partagés", "BE", "Mons", 50.45, 3.95, "fr", "outils@example.be");
        Members.Signed cy = Members.join(server, "Συνεταιρισμός Λάρνακας", "CY", "Λάρνακα", 34.92, 33.63, "el", "larnaka@example.cy");
        ExchangeClient c = be.client();
        String offer = ExchangeClient.idOf(c.form("/fr/account/exchange/new", ExchangeClient.posting(csrf(c), "offer", "Perceuses à prêter",
                "Trois perceuses.", "equipment", List.of("Q"), List.of("BE"), false, List.of("fr"), LATER)));
        String need = ExchangeClient.idOf(c.form("/fr/account/exchange/new", ExchangeClient.posting(csrf(c), "need", "Aide comptable",
                "", "accounting", List.of("Q"), List.of("BE"), true, List.of("fr"), LATER)));
        assertEquals(200, c.post("/fr/account/exchange/digest", "_csrf", csrf(c), "digest", "yes").statusCode());
        String own = InitiativeHttpTest.propose(c, "Outilthèque entre associations");
        String cited = InitiativeHttpTest.propose(c, "Réparations solidaires à Mons");
        assertEquals(200, c.post("/fr/account/initiatives/" + cited + "/status", "_csrf", csrf(c), "status", "done").statusCode());
        String caseStudy = server.services().collaboration.caseStudies.draft(Actor.SYSTEM, Optional.empty(), cited);
        String theirs = InitiativeHttpTest.propose(cy.client(), "Επισκευές σε κάθε γειτονιά");
        String name = published("fr", theirs).path("@name").asText();
        String token = ExchangeClient.hidden(c.get("/fr/initiatives/" + name).body()).get("_csrf");
        assertEquals(200, c.post("/fr/initiatives/" + name + "/interest", "_csrf", token, "message", "Nous prêtons nos outils volontiers.").statusCode());
        assertEquals(200, cy.client().post("/fr/account/initiatives/" + theirs + "/accept", "_csrf", Members.csrf(cy.client(), "fr"),
                "organisation", be.organisation()).statusCode());
        String write = ExchangeClient.hidden(c.get("/fr/contact/" + cy.organisation()).body()).get("_csrf");
        assertEquals(200, c.post("/fr/contact/" + cy.organisation(), "_csrf", write, "text", "Bonjour, parlons de vos réparations.").statusCode());

        JsonNode x = Http.JSON.readTree(c.get("/fr/account/export").body()).path("exchange");
        assertEquals(offer, x.path("offers").path(0).path("id").asText(), x.toString());
        assertEquals("Perceuses à prêter", x.path("offers").path(0).path("properties").path("title").path("fr").asText());
        assertEquals(need, x.path("needs").path(0).path("id").asText());
        assertEquals(2, x.path("initiatives").size());
        assertEquals(theirs, x.path("interestExpressed").path(0).path("initiative").asText());
        assertEquals(cy.organisation(), x.path("messages").path(0).path("to").asText());
        assertEquals("fr", x.path("digest").path(0).path("language").asText(), "the digest it asked for");
        assertTrue(published("fr", theirs).path("partners").toString().contains(be.organisation()));

        String leave = ExchangeClient.hidden(c.get("/fr/account").body()).get("_csrf");
        assertEquals(200, c.post("/fr/account/leave", "_csrf", leave, "confirm", "yes").statusCode());
        var content = server.services().content;
        assertThrows(RuntimeException.class, () -> content.get(Actor.SYSTEM, "offer", offer), "its offer is erased");
        assertThrows(RuntimeException.class, () -> content.get(Actor.SYSTEM, "need", need), "its need is erased");
        assertThrows(RuntimeException.class, () -> content.get(Actor.SYSTEM, "initiative", own), "its initiative is erased");
        Http api = new Http(server.uri());
        assertFalse(api.get("/.rest/delivery/offers?lang=fr&limit=100").body().contains(offer));
        assertFalse(api.get("/.rest/delivery/needs?lang=fr&limit=100").body().contains(need));
        assertEquals(404, new ExchangeClient(server.uri()).get("/fr/exchange/offers/" + offer).statusCode());
        assertTrue(server.services().exchange.digest.subscriptions().find(be.member().username()).isEmpty(), "no digest any more");
        assertEquals(cited, content.get(Actor.SYSTEM, "caseStudy", caseStudy).values().get("initiative").map(Object::toString).orElse(""));
        assertEquals(cited, content.get(Actor.SYSTEM, "initiative", cited).id(), "the initiative a case study cites stays");
        assertTrue(published("fr", cited).isMissingNode(), "but unpublished");
        JsonNode partnerList = published("fr", theirs);
        assertEquals(0, partnerList.path("partners").size(), "the other member's initiative lists it no more: " + partnerList);
        assertEquals("Επισκευές σε κάθε γειτονιά", partnerList.path("title").asText(), "and stays published");
        JsonNode left = Http.JSON.readTree(cy.client().get("/el/account/export").body()).path("exchange");
        assertFalse(left.toString().contains(be.organisation()), "nothing about it in the other member's data: " + left);
    }

    static JsonNode published(String lang, String id) {
        for (JsonNode i : new Http(server.uri()).get("/.rest/delivery/initiatives?lang=" + lang + "&limit=100").json().path("results")) {
            if (i.path("@id").asText().equals(id)) return i;
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static String csrf(ExchangeClient c) throws Exception {
        return c.csrf("fr");
    }
}
