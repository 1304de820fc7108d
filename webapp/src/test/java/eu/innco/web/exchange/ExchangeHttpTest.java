package eu.innco.web.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.content.Precondition;
import eu.innco.security.Actor;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Members' offers and needs over real HTTP: posting, matching across languages, the page, the API, the feed, expiry, bad input. */
class ExchangeHttpTest {
    static InncoServer server;
    static ExchangeClient cypriot;
    static ExchangeClient belgian;
    static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    static final String LATER = LocalDate.now(ZoneOffset.UTC).plusDays(60).toString();

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of("INNCO_JOIN_MIN_FILL_SECONDS", "0", "INNCO_SCHEDULER", "false"));
        cypriot = ExchangeClient.member(server, "Κοινωνική Συνεταιριστική Λευκωσίας", "CY", "Λευκωσία", 35.1856, 33.3823, "el",
                List.of("S"), List.of("el", "en"), "kypros@example.org");
        belgian = ExchangeClient.member(server, "Coopérative Liégeoise d’Appui", "BE", "Liège", 50.6326, 5.5797, "fr",
                List.of("S", "M"), List.of("fr", "en"), "liege@example.org");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_cypriot_need_written_in_greek_is_matched_by_a_belgian_offer_written_in_french() throws Exception {
        String offer = ExchangeClient.idOf(belgian.form("/fr/account/exchange/new", ExchangeClient.posting(belgian.csrf("fr"), "offer",
                "Conseil juridique pour coopératives", "Nos juristes accompagnent les statuts et les contrats des coopératives.",
                "legal", List.of("S"), List.of("BE", "CY"), false, List.of("fr", "en"), LATER)));
        String unrelated = ExchangeClient.idOf(belgian.form("/fr/account/exchange/new", ExchangeClient.posting(belgian.csrf("fr"), "offer",
                "Salle de réunion à Liège", "Une salle pour vingt personnes.", "premises", List.of("S"), List.of("BE", "CY"), false,
                List.of("fr", "en"), LATER)));
        String need = ExchangeClient.idOf(cypriot.form("/el/account/exchange/new", ExchangeClient.posting(cypriot.csrf("el"), "need",
                "Νομική υποστήριξη για το καταστατικό μας", "Χρειαζόμαστε βοήθεια με το καταστατικό του συνεταιρισμού.",
                "legal", List.of("S"), List.of("CY"), false, List.of("el", "en"), LATER)));

        Http api = new Http(server.uri());
        JsonNode en = api.get("/.rest/exchange/needs/" + need + "/matches?lang=en").json();
        assertEquals(1, en.path("matches").size(), en.toString());
        JsonNode m = en.path("matches").get(0);
        assertEquals(offer, m.path("id").asText());
        assertEquals("same sector; serves Cyprus; speaks English", m.path("reason").asText());
        assertEquals("Conseil juridique pour coopératives", m.path("title").asText(), "the offer's own words, in French");
        JsonNode el = api.get("/.rest/exchange/needs/" + need + "/matches?lang=el").json();
        assertEquals("ίδιος τομέας· εξυπηρετεί: Κύπρος· μιλά: Αγγλικά", el.path("matches").get(0).path("reason").asText());
        JsonNode back = api.get("/.rest/exchange/offers/" + offer + "/matches?lang=fr").json();
        assertEquals(need, back.path("matches").get(0).path("id").asText(), "and the offer finds the need");
        assertTrue(api.get("/.rest/exchange/offers/" + unrelated + "/matches").json().path("matches").isEmpty());

        HttpResponse<String> page = new ExchangeClient(server.uri()).get("/el/exchange/needs/" + need);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Conseil juridique pour coopératives") && page.body().contains("εξυπηρετεί: Κύπρος"), page.body());
        assertTrue(page.body().contains("/el/account/login"), "responding needs a member account");
        assertTrue(page.body().contains("Κοινωνική Συνεταιριστική Λευκωσίας"), "the member that posted it");

        JsonNode offers = api.get("/.rest/delivery/offers?lang=fr&limit=50").json();
        assertTrue(offers.toString().contains("Conseil juridique pour coopératives"));
        String list = new ExchangeClient(server.uri()).get("/fr/exchange?q=coop%C3%A9rative").body();
        assertTrue(list.contains("Conseil juridique pour coopératives"), "a French word finds its other forms");
        assertFalse(list.contains("Salle de réunion"));
        String filtered = new ExchangeClient(server.uri()).get("/fr/exchange?kind=offer&category=premises").body();
        assertTrue(filtered.contains("Salle de réunion") && !filtered.contains("Conseil juridique pour"), filtered);
        String feed = new ExchangeClient(server.uri()).get("/fr/exchange/feed.atom").body();
        assertTrue(feed.contains("Conseil juridique pour coopératives") && feed.contains("urn:uuid:" + need), feed);

        // the Belgian member translates its offer into Greek: published in Greek at once
        HttpResponse<String> translated = belgian.form("/fr/account/exchange/offers/" + offer + "/translation", List.of(new String[] {"_csrf", belgian.csrf("fr")},
                new String[] {"language", "el"}, new String[] {"trTitle", "Νομικές συμβουλές για συνεταιρισμούς"},
                new String[] {"trDescription", "Οι νομικοί μας βοηθούν με καταστατικά και συμβάσεις."}));
        assertEquals(200, translated.statusCode(), translated.body());
        assertEquals("Νομικές συμβουλές για συνεταιρισμούς",
                api.get("/.rest/exchange/needs/" + need + "/matches?lang=el").json().path("matches").get(0).path("title").asText());
        assertTrue(new ExchangeClient(server.uri()).get("/el/exchange/offers/" + offer).body().contains("Οι νομικοί μας βοηθούν"));
        assertTrue(new ExchangeClient(server.uri()).get("/fr/exchange/offers/" + offer).body().contains("Nos juristes accompagnent"));
        // only its own member withdraws an item
        assertEquals(404, cypriot.form("/el/account/exchange/offers/" + unrelated + "/withdraw",
                List.<String[]>of(new String[] {"_csrf", cypriot.csrf("el")})).statusCode());
        assertEquals(200, belgian.form("/fr/account/exchange/offers/" + unrelated + "/withdraw",
                List.<String[]>of(new String[] {"_csrf", belgian.csrf("fr")})).statusCode());
        assertEquals(404, new ExchangeClient(server.uri()).get("/fr/exchange/offers/" + unrelated).statusCode());
        assertFalse(api.get("/.rest/delivery/offers?lang=fr&limit=100").json().toString().contains("Salle de réunion"));
    }

    @Test
    void an_expired_offer_leaves_the_page_the_api_and_the_feed() throws Exception {
        String offer = ExchangeClient.idOf(belgian.form("/fr/account/exchange/new", ExchangeClient.posting(belgian.csrf("fr"), "offer",
                "Camionnette disponible le samedi", "Une camionnette de neuf places.", "vehicles", List.of("M"), List.of("BE"), false,
                List.of("fr"), TODAY)));
        Http api = new Http(server.uri());
        assertEquals(200, new ExchangeClient(server.uri()).get("/fr/exchange/offers/" + offer).statusCode());
        // its last day passes: the item as published now says yesterday
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        patch.putObject("properties").put("validUntil", LocalDate.now(ZoneOffset.UTC).minusDays(1) + "T00:00:00Z");
        server.services().content.patch(Actor.SYSTEM, "offer", offer, patch, Precondition.ANY);
        server.services().publishing.publication.publish(Actor.SYSTEM, "offer", offer, List.of("fr"), "time passes", false);
        assertEquals(404, new ExchangeClient(server.uri()).get("/fr/exchange/offers/" + offer).statusCode(), "past its day: gone from the page at once");
        assertFalse(new ExchangeClient(server.uri()).get("/fr/exchange").body().contains("Camionnette"));
        assertEquals(404, api.get("/.rest/exchange/offers/" + offer + "/matches").status());
        assertTrue(server.services().exchange.expiry.runDue() >= 1);
        assertFalse(api.get("/.rest/delivery/offers?lang=fr&limit=100").json().toString().contains("Camionnette"), "withdrawn from the API");
        assertFalse(new ExchangeClient(server.uri()).get("/fr/exchange/feed.atom").body().contains("Camionnette"));
        assertTrue(belgian.get("/fr/account/exchange").body().contains("Camionnette"), "the member keeps it, to give it a new date");
    }

    @Test
    void bad_input_is_refused_beside_the_fields_in_the_visitors_language_or_as_problem_json() throws Exception {
        String csrf = belgian.csrf("it");
        HttpResponse<String> page = belgian.form("/it/account/exchange/new", ExchangeClient.posting(csrf, "offer", "x", "", "juggling",
                List.of("Z"), List.of(), false, List.of(), "2020-01-01"));
        assertEquals(400, page.statusCode());
        for (String message : List.of("Scrivi un titolo da 3 a 200 caratteri.", "Scegli una categoria dall’elenco.",
                "Seleziona i paesi serviti, oppure «a distanza».", "Indica una data tra oggi e fra un anno.")) {
            assertTrue(page.body().contains(message), message);
        }
        assertTrue(page.body().contains("id=\"title-error\"") && page.body().contains("aria-describedby=\"title-error\""));
        HttpResponse<String> json = belgian.form("/it/account/exchange/new", ExchangeClient.posting(csrf, "need", "", "", "legal",
                List.of("S"), List.of("IT"), false, List.of("it"), LATER), "Accept", "application/json");
        assertEquals(400, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode problem = Http.JSON.readTree(json.body());
        assertEquals("INNCO-EXCHANGE-001", problem.path("code").asText());
        assertEquals("title", problem.path("errors").get(0).path("path").asText(), problem.toString());
        assertEquals(403, belgian.form("/it/account/exchange/new", ExchangeClient.posting("forged", "offer", "Titolo valido", "", "legal",
                List.of("S"), List.of("IT"), false, List.of("it"), LATER)).statusCode());
        assertEquals(303, new ExchangeClient(server.uri()).get("/it/account/exchange").statusCode(), "members only");

        String need = ExchangeClient.idOf(cypriot.form("/el/account/exchange/new", ExchangeClient.posting(cypriot.csrf("el"), "need",
                "Λογιστική υποστήριξη", "", "accounting", List.of("S"), List.of("CY"), true, List.of("el"), LATER)));
        assertEquals(404, belgian.get("/fr/account/exchange/needs/" + need).statusCode(), "another member's item is not found");
        Http api = new Http(server.uri());
        Http.Res lang = api.get("/.rest/exchange/needs/" + need + "/matches?lang=xx");
        assertEquals(400, lang.status());
        assertEquals("INNCO-EXCHANGE-002", lang.json().path("code").asText());
        assertEquals("INNCO-EXCHANGE-404", api.get("/.rest/exchange/needs/00000000-0000-0000-0000-000000000000/matches").json().path("code").asText());
    }
}
