package eu.innco.web.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.innco.publishing.AuditQuery;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Abuse reports: anyone reports, the item is hidden at once for everyone, an editor of its country restores or removes it. */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class AbuseHttpTest {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);
    static InncoServer server;
    static Http api;

    @BeforeAll
    static void start() throws Exception {
        server = Smtp.server(smtp, "INNCO_REPORTS_PER_IP_PER_HOUR", "8", "INNCO_ABUSE_TYPES", "initiative, offer, need, caseStudy");
        api = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Anyone, without an account, reports through the form. */
    static HttpResponse<String> report(String locale, String kind, String id) throws Exception {
        ExchangeClient anyone = new ExchangeClient(server.uri());
        HttpResponse<String> form = anyone.get("/" + locale + "/report?kind=" + kind + "&id=" + id);
        if (form.statusCode() != 200) return form;
        Map<String, String> h = ExchangeClient.hidden(form.body());
        return anyone.post("/" + locale + "/report", "_csrf", h.get("_csrf"), "_stamp", h.get("_stamp"), "kind", kind, "id", id,
                "reason", "Ce texte renvoie vers une arnaque.");
    }

    /** Where the public can see an initiative: API list, API search, API by name, the Atom feed and the portal page. */
    static void visible(String id, String name, boolean expected) {
        assertEquals(expected, api.get("/.rest/delivery/initiatives?lang=fr&limit=100").body().contains(id), "API list");
        assertEquals(expected, api.get("/.rest/delivery/initiatives?lang=fr&q=r%C3%A9paration&limit=100").body().contains(id), "API search");
        assertEquals(expected ? 200 : 404, api.get("/.rest/delivery/initiatives/" + name + "?lang=fr").status(), "API item");
        assertEquals(expected, api.get("/fr/initiatives/feed.atom").body().contains(id), "Atom feed");
        assertEquals(expected ? 200 : 404, api.get("/el/initiatives/" + name).status(), "portal page");
        assertEquals(expected, api.get("/en/initiatives").body().contains("/en/initiatives/" + name), "portal list");
    }

    @Test
    void a_report_hides_an_initiative_at_once_for_everyone_and_an_editor_of_its_country_restores_then_removes_it() throws Exception {
        Members.Signed be = Members.join(server, "Coopérative Les Tisserands", "BE", "Liège", 50.63, 5.57, "fr", "tisserands@example.be");
        Members.Signed pl = Members.join(server, "Spółdzielnia Bursztyn", "PL", "Gdańsk", 54.35, 18.65, "pl", "bursztyn@example.pl");
        String id = InitiativeHttpTest.propose(be.client(), "Ateliers de réparation partagés");
        String name = api.get("/.rest/delivery/initiatives?lang=all&limit=100").json().path("results").findParents("@id").stream()
                .filter(n -> n.path("@id").asText().equals(id)).findFirst().orElseThrow().path("@name").asText();
        visible(id, name, true);

        HttpResponse<String> reported = report("fr", "initiative", id);
        assertEquals(200, reported.statusCode(), reported.body());
        assertTrue(reported.body().contains("Merci, c’est masqué"));
        visible(id, name, false);
        assertTrue(be.client().get("/fr/account/initiatives").body().contains("masquée après un signalement"));
        String csrf = Members.csrf(be.client(), "fr");
        assertEquals(409, be.client().post("/fr/account/initiatives/" + id + "/status", "_csrf", csrf, "status", "underway").statusCode(),
                "the member cannot put it back while it is held");
        visible(id, name, false);
        assertEquals(200, report("fr", "initiative", id).statusCode(), "a second report adds its reason");

        String plEditor = Members.editor(server, "editor-pl", pl.organisation());
        String beEditor = Members.editor(server, "editor-be", be.organisation());
        assertEquals(0, api.get("/.rest/authoring/v1/abuse", "Authorization", plEditor).json().path("results").size(), "scoped to Poland");
        Http.Res foreign = api.post("/.rest/authoring/v1/abuse/" + id + "/decision", "{\"decision\":\"restore\",\"reason\":\"Rien à redire.\"}",
                "Authorization", plEditor);
        assertEquals(403, foreign.status());
        assertTrue(foreign.contentType().startsWith("application/problem+json"));
        JsonNode queue = api.get("/.rest/authoring/v1/abuse", "Authorization", beEditor).json().path("results");
        assertEquals(id, queue.path(0).path("id").asText());
        assertEquals(2, queue.path(0).path("reasons").size());
        Http.Res bad = api.post("/.rest/authoring/v1/abuse/" + id + "/decision", "{\"decision\":\"maybe\"}", "Authorization", beEditor);
        assertEquals(400, bad.status());
        assertEquals("INNCO-ABUSE-003", bad.json().path("code").asText());
        assertEquals("INNCO-ABUSE-002", api.post("/.rest/authoring/v1/abuse/" + id + "/decision", "{\"decision\":\"restore\"}",
                "Authorization", beEditor).json().path("code").asText(), "a reason is required");
        assertEquals(200, api.post("/.rest/authoring/v1/abuse/" + id + "/decision",
                "{\"decision\":\"restore\",\"reason\":\"Le lien mène au site de la coopérative.\"}", "Authorization", beEditor).status());
        visible(id, name, true);
        String restored = Smtp.withSubject(smtp, "tisserands@example.be", "est de nouveau visible");
        assertTrue(restored.contains("Le lien mène au site de la coopérative."), restored);

        assertEquals(200, report("en", "initiative", id).statusCode());
        visible(id, name, false);
        assertEquals(200, api.post("/.rest/authoring/v1/abuse/" + id + "/decision",
                "{\"decision\":\"remove\",\"reason\":\"Contenu publicitaire sans rapport avec l’économie sociale.\"}", "Authorization", beEditor).status());
        visible(id, name, false);
        assertTrue(Smtp.withSubject(smtp, "tisserands@example.be", "a été retiré après un signalement").contains("Contenu publicitaire"));
        assertEquals(409, be.client().post("/fr/account/initiatives/" + id + "/status", "_csrf", csrf, "status", "open").statusCode());
        assertEquals(409, api.post("/.rest/authoring/v1/abuse/" + id + "/decision", "{\"decision\":\"restore\",\"reason\":\"Finalement oui.\"}",
                "Authorization", beEditor).status(), "decided already");
        var audit = server.services().publishing.audit;
        for (String action : new String[] {"abuse.hide", "abuse.restore", "abuse.remove"}) {
            assertFalse(audit.query(AuditQuery.of(id, null, action, null, null, 0, 10)).entries().isEmpty(), action);
        }
        assertEquals("editor-be", audit.query(AuditQuery.of(id, null, "abuse.remove", null, null, 0, 10)).entries().get(0).user());
    }

    @Test
    void any_published_item_of_a_configured_type_is_hidden_the_same_way_and_a_reported_message_cannot_be_answered() throws Exception {
        Http admin = new Http(server.uri()).admin();
        Http.Res created = admin.post("/.rest/authoring/v1/items/caseStudy",
                Http.j("{'properties': {'title': {'en': 'A reported case', 'fr': 'Un cas signalé'}, 'country': 'BE'}}"));
        String caseId = created.json().path("id").asText();
        assertEquals(200, admin.post("/.rest/authoring/v1/items/caseStudy/" + caseId + "/publish", Http.j("{'locales': ['en', 'fr']}")).status());
        assertTrue(api.get("/.rest/delivery/caseStudies?lang=fr&limit=100").body().contains(caseId));
        assertEquals(200, report("en", "caseStudy", caseId).statusCode());
        assertFalse(api.get("/.rest/delivery/caseStudies?lang=fr&limit=100").body().contains(caseId), "hidden in French too");
        assertFalse(api.get("/.rest/delivery/caseStudies?lang=en&limit=100").body().contains(caseId));
        assertEquals(200, api.post("/.rest/authoring/v1/abuse/" + caseId + "/decision", "{\"decision\":\"restore\",\"reason\":\"A real case.\"}",
                "Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + TestServer.ADMIN_PASSWORD).getBytes())).status());
        assertTrue(api.get("/.rest/delivery/caseStudies?lang=fr&limit=100").body().contains(caseId), "restored in every language it had");
        assertTrue(api.get("/.rest/delivery/caseStudies?lang=en&limit=100").body().contains(caseId));
        assertEquals(400, report("en", "event", UUID.randomUUID().toString()).statusCode(), "not a reportable type");
        String draft = admin.post("/.rest/authoring/v1/items/caseStudy", Http.j("{'properties': {'title': {'en': 'A draft'}}}")).json().path("id").asText();
        assertEquals(404, report("en", "caseStudy", draft).statusCode(), "nothing public to hide");
        assertFalse(server.services().collaboration.abuse.held(draft), "and no hold that would keep it from being published");

        Members.Signed de = Members.join(server, "Genossenschaft Netzwerk", "DE", "Leipzig", 51.34, 12.37, "de", "netz@example.de");
        Members.Signed it = Members.join(server, "Cooperativa La Rete", "IT", "Bologna", 44.49, 11.34, "it", "rete@example.it");
        String csrf = ExchangeClient.hidden(de.client().get("/de/contact/" + it.organisation()).body()).get("_csrf");
        assertEquals(200, de.client().post("/de/contact/" + it.organisation(), "_csrf", csrf, "text", "Kaufen Sie jetzt! https://spam.example").statusCode());
        var mail = Smtp.message(smtp, "rete@example.it", "Genossenschaft Netzwerk ti scrive");
        String reportLink = Smtp.link(mail, "/it/report?kind=message");
        String conversation = reportLink.substring(reportLink.indexOf("id=") + 3);
        assertEquals(200, report("it", "message", conversation).statusCode());
        String reply = Smtp.link(mail, "/it/contact/reply?t=");
        HttpResponse<String> page = new ExchangeClient(server.uri()).get(reply.substring(reply.indexOf("/it/")));
        assertTrue(page.body().contains("Questo messaggio è stato segnalato"), page.body());
    }

    @Test
    void a_partner_editor_reviews_the_reports_of_their_country_in_the_editor() throws Exception {
        Members.Signed cy = Members.join(server, "Συνεταιρισμός Λεμεσού", "CY", "Λεμεσός", 34.68, 33.04, "el", "lemesos@example.cy");
        String id = InitiativeHttpTest.propose(cy.client(), "Jardins partagés à Limassol");
        assertEquals(200, report("el", "initiative", id).statusCode());
        Members.editor(server, "editor-cy", cy.organisation());
        ExchangeClient editor = new ExchangeClient(server.uri());
        String login = editor.get("/editor/login").body();
        String token = login.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        assertEquals(303, editor.post("/editor/login", "_csrf", token, "username", "editor-cy", "password", Members.PASSWORD, "next", "/editor").statusCode());
        HttpResponse<String> queue = editor.get("/editor/abuse");
        assertEquals(200, queue.statusCode());
        assertTrue(queue.body().contains("Jardins partagés à Limassol") && queue.body().contains("Ce texte renvoie vers une arnaque."), queue.body());
        String csrf = ExchangeClient.hidden(queue.body()).get("_csrf");
        assertEquals(400, editor.post("/editor/abuse/" + id + "/remove", "_csrf", csrf, "reason", "").statusCode(), "a reason is required");
        assertEquals(403, editor.post("/editor/abuse/" + id + "/remove", "_csrf", "forged", "reason", "Hors sujet.").statusCode());
        Members.editor(server, "editor-pl-2", Members.join(server, "Fundacja Wisła", "PL", "Kraków", 50.06, 19.94, "pl", "wisla@example.pl").organisation());
        ExchangeClient polish = new ExchangeClient(server.uri());
        String polishLogin = polish.get("/editor/login").body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        polish.post("/editor/login", "_csrf", polishLogin, "username", "editor-pl-2", "password", Members.PASSWORD, "next", "/editor");
        HttpResponse<String> elsewhere = polish.get("/editor/abuse");
        assertFalse(elsewhere.body().contains("Jardins partagés à Limassol"), "another country's report is not listed");
        assertEquals(403, polish.post("/editor/abuse/" + id + "/remove", "_csrf", ExchangeClient.hidden(elsewhere.body()).get("_csrf"),
                "reason", "Pas chez nous.").statusCode());
        assertEquals(303, editor.post("/editor/abuse/" + id + "/remove", "_csrf", csrf, "reason", "Hors sujet.").statusCode());
        assertFalse(editor.get("/editor/abuse").body().contains("Jardins partagés à Limassol"));
        assertTrue(server.services().collaboration.abuse.held(id), "removed stays hidden");
    }

    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE) // last: it uses up this address's reports for the hour
    void reports_are_limited_per_client_address() throws Exception {
        int status = 0;
        for (int i = 0; i < 10 && status != 429; i++) {
            status = report("pl", "initiative", UUID.randomUUID().toString()).statusCode();
            assertTrue(status == 404 || status == 429, "an unknown id is gone already: " + status);
        }
        assertEquals(429, status);
        HttpResponse<String> again = report("pl", "initiative", UUID.randomUUID().toString());
        assertTrue(again.body().contains("Zbyt wiele zgłoszeń"), again.body());
        assertTrue(again.headers().firstValue("Retry-After").isPresent());
    }
}
