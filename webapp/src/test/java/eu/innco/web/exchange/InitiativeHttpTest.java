package eu.innco.web.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.innco.publishing.AuditQuery;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Joint initiatives over real HTTP: proposing in French, interest in Greek, accepting a partner, status, translation, case study. */
class InitiativeHttpTest {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);
    static InncoServer server;

    @BeforeAll
    static void start() throws Exception {
        server = Smtp.server(smtp);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Posts a good proposal in French; returns the initiative's id. */
    static String propose(ExchangeClient c, String title) throws Exception {
        String csrf = Members.csrf(c, "fr");
        HttpResponse<String> r = c.post("/fr/account/initiatives", "_csrf", csrf, "title", title,
                "goal", "Ouvrir des ateliers de réparation partagés entre coopératives, pour que les appareils durent plus longtemps.",
                "impact", "Des emplois d’insertion dans la réparation et moins de déchets électroniques dans nos quartiers.",
                "kinds", "association", "kinds", "cooperative", "skills", "training", "skills", "facilitation",
                "countries", "BE", "countries", "CY", "startDate", "2027-01-15", "endDate", "2027-12-31");
        assertEquals(303, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static JsonNode published(String lang, String id) {
        for (JsonNode i : new Http(server.uri()).get("/.rest/delivery/initiatives?lang=" + lang + "&limit=100").json().path("results")) {
            if (i.path("@id").asText().equals(id)) return i;
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    @Test
    void a_proposal_with_bad_fields_is_refused_with_messages_beside_the_fields_in_french() throws Exception {
        Members.Signed be = Members.join(server, "Coopérative Les Rouages", "BE", "Namur", 50.46, 4.87, "fr", "rouages@example.be");
        String csrf = Members.csrf(be.client(), "fr");
        HttpResponse<String> r = be.client().post("/fr/account/initiatives", "_csrf", csrf, "title", "Abc", "goal", "<b>Un but</b> en gras pour voir",
                "impact", "court", "kinds", "spaceship", "countries", "XX", "startDate", "2027-05-01", "endDate", "2027-01-01");
        assertEquals(400, r.statusCode());
        String body = r.body();
        assertTrue(body.contains("id=\"title-error\">Donnez un titre de 5 à 200 caractères."), body);
        assertTrue(body.contains("id=\"goal-error\">Écrivez du texte simple"), body);
        assertTrue(body.contains("id=\"impact-error\">Écrivez de 20 à 2 000 caractères."), body);
        assertTrue(body.contains("id=\"skills-error\">Choisissez au moins une compétence"), body);
        assertTrue(body.contains("id=\"endDate-error\">La date de fin précède la date de début."), body);
        assertTrue(body.contains("aria-invalid=\"true\""));
        assertEquals(403, be.client().post("/fr/account/initiatives", "_csrf", "forged", "title", "Un titre correct").statusCode());
        assertEquals(303, new ExchangeClient(server.uri()).get("/fr/account/initiatives").statusCode(), "signed-out visitors go to the sign-in page");
    }

    @Test
    void a_belgian_initiative_in_french_finds_a_cypriot_partner_who_wrote_in_greek() throws Exception {
        Members.Signed be = Members.join(server, "Coopérative Les Tisserands", "BE", "Liège", 50.63, 5.57, "fr", "tisserands@example.be");
        Members.Signed cy = Members.join(server, "Συνεταιρισμός Λευκωσίας", "CY", "Λευκωσία", 35.17, 33.36, "el", "lefkosia@example.cy");
        String id = propose(be.client(), "Ateliers de réparation partagés");
        JsonNode fr = published("fr", id);
        assertEquals("Ateliers de réparation partagés", fr.path("title").asText(), "published at once");
        assertEquals("open", fr.path("status").asText());
        assertEquals(be.organisation(), fr.path("organisation").asText());
        String name = fr.path("@name").asText();

        HttpResponse<String> greekPage = new ExchangeClient(server.uri()).get("/el/initiatives/" + name);
        assertEquals(200, greekPage.statusCode());
        assertTrue(greekPage.body().contains("<h1 lang=\"fr\">Ateliers de réparation partagés</h1>"), "the French text is marked as French");
        assertTrue(greekPage.body().contains("Ανοιχτή σε εταίρους"));

        String csrf = ExchangeClient.hidden(cy.client().get("/el/initiatives/" + name).body()).get("_csrf");
        HttpResponse<String> html = cy.client().post("/el/initiatives/" + name + "/interest", "_csrf", csrf, "message", "<script>alert(1)</script> γεια σας");
        assertEquals(400, html.statusCode());
        assertTrue(html.body().contains("id=\"message-error\">Γράψτε απλό κείμενο"), html.body());
        HttpResponse<String> sent = cy.client().post("/el/initiatives/" + name + "/interest", "_csrf", csrf,
                "message", "Θα θέλαμε να συμμετάσχουμε με δύο εκπαιδευτές επισκευών. https://example.cy/episkeves");
        assertEquals(200, sent.statusCode());
        assertTrue(sent.body().contains("Το ενδιαφέρον σας στάλθηκε"));
        assertEquals(409, cy.client().post("/el/initiatives/" + name + "/interest", "_csrf", csrf, "message", "Ξανά το ίδιο ενδιαφέρον.").statusCode());
        String mail = Smtp.withSubject(smtp, "tisserands@example.be", "Συνεταιρισμός Λευκωσίας s’intéresse à votre initiative");
        assertTrue(mail.contains("Θα θέλαμε να συμμετάσχουμε"), mail);
        assertTrue(!mail.contains("lefkosia@example.cy"), "interest mails carry no address");

        String mine = Members.csrf(be.client(), "fr");
        HttpResponse<String> manage = be.client().get("/fr/account/initiatives/" + id);
        assertTrue(manage.body().contains("Θα θέλαμε να συμμετάσχουμε"), "the proposer reads the message");
        HttpResponse<String> accepted = be.client().post("/fr/account/initiatives/" + id + "/accept", "_csrf", mine, "organisation", cy.organisation());
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals(cy.organisation(), published("fr", id).path("partners").path(0).asText());
        assertTrue(new ExchangeClient(server.uri()).get("/fr/initiatives/" + name).body().contains("Συνεταιρισμός Λευκωσίας"));

        assertEquals(200, be.client().post("/fr/account/initiatives/" + id + "/translation", "_csrf", mine, "language", "en",
                "title", "Shared repair workshops", "goal", "Open repair workshops shared between cooperatives so that appliances last longer.",
                "impact", "Integration jobs in repair and less electronic waste in our neighbourhoods.").statusCode());
        assertEquals("Shared repair workshops", published("en", id).path("title").asText());

        String beEditor = Members.editor(server, "editor-be", be.organisation());
        Http api = new Http(server.uri());
        Http.Res early = api.post("/.rest/authoring/v1/initiatives/" + id + "/case-study", "{}", "Authorization", beEditor);
        assertEquals(409, early.status(), early.toString());
        assertEquals("INNCO-EXCHANGE-410", early.json().path("code").asText());
        assertEquals(200, be.client().post("/fr/account/initiatives/" + id + "/status", "_csrf", mine, "status", "done").statusCode());
        assertEquals("done", published("fr", id).path("status").asText());
        String cyEditor = Members.editor(server, "editor-cy", cy.organisation());
        assertEquals(403, api.post("/.rest/authoring/v1/initiatives/" + id + "/case-study", "{}", "Authorization", cyEditor).status(),
                "an editor of another country may not");
        Http.Res made = api.post("/.rest/authoring/v1/initiatives/" + id + "/case-study", "{}", "Authorization", beEditor);
        assertEquals(201, made.status(), made.toString());
        String caseStudy = made.json().path("id").asText();
        JsonNode draft = api.get("/.rest/authoring/v1/items/caseStudy/" + caseStudy, "Authorization", beEditor).json();
        assertEquals(id, draft.path("properties").path("initiative").asText(), draft.toString());
        assertEquals("Ateliers de réparation partagés", draft.path("properties").path("title").path("fr").asText());
        assertEquals("BE", draft.path("properties").path("country").asText());
        assertTrue(api.get("/.rest/delivery/caseStudies?lang=fr&limit=100").body().indexOf(caseStudy) < 0, "a draft, not published");
        assertEquals(1, server.services().publishing.audit.query(AuditQuery.of(null, null, "exchange.initiative.caseStudy", null, null, 0, 10))
                .entries().stream().filter(e -> e.itemId().equals(caseStudy) && e.user().equals("editor-be")).count());
    }

    @Test
    void a_member_downloads_what_the_exchange_holds_and_leaving_takes_its_initiatives_and_interest_with_it() throws Exception {
        Members.Signed be = Members.join(server, "Asbl Quartiers Solidaires", "BE", "Bruxelles", 50.85, 4.35, "fr", "quartiers@example.be");
        Members.Signed cy = Members.join(server, "Κοινότητα Πάφου", "CY", "Πάφος", 34.77, 32.42, "el", "pafos@example.cy");
        String id = propose(be.client(), "Repas solidaires entre quartiers");
        String name = published("fr", id).path("@name").asText();
        String csrf = ExchangeClient.hidden(cy.client().get("/el/initiatives/" + name).body()).get("_csrf");
        assertEquals(200, cy.client().post("/el/initiatives/" + name + "/interest", "_csrf", csrf, "message", "Μαγειρεύουμε κι εμείς κάθε Κυριακή.").statusCode());
        JsonNode mine = Http.JSON.readTree(cy.client().get("/el/account/export").body()).path("exchange");
        assertEquals(id, mine.path("interestExpressed").path(0).path("initiative").asText(), mine.toString());
        assertEquals("Μαγειρεύουμε κι εμείς κάθε Κυριακή.", mine.path("interestExpressed").path(0).path("message").asText());
        JsonNode theirs = Http.JSON.readTree(be.client().get("/fr/account/export").body()).path("exchange");
        assertEquals(id, theirs.path("initiatives").path(0).path("id").asText(), theirs.toString());

        String leave = ExchangeClient.hidden(be.client().get("/fr/account").body()).get("_csrf");
        assertEquals(200, be.client().post("/fr/account/leave", "_csrf", leave, "confirm", "yes").statusCode());
        assertTrue(published("fr", id).isMissingNode(), "withdrawn with its organisation");
        assertTrue(Http.JSON.readTree(cy.client().get("/el/account/export").body()).path("exchange").path("interestExpressed").isEmpty(),
                "the interest it received went with it");
    }
}
