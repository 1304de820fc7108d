package eu.innco.web.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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

/** The per-member posting limit over offers, needs and initiatives together: a page in the member's language, problem+json for JSON clients. */
class PostingLimitHttpTest {
    static final String LATER = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
    static InncoServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of("INNCO_SCHEDULER", "false", "INNCO_EXCHANGE_POSTS_PER_DAY", "3"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> offer(ExchangeClient c, String locale, String title, String... headers) throws Exception {
        return c.form("/" + locale + "/account/exchange/new", ExchangeClient.posting(c.csrf(locale), "offer", title, "", "equipment",
                List.of("Q"), List.of("IT"), false, List.of(locale), LATER), headers);
    }

    @Test
    void the_fourth_post_of_a_day_is_refused_in_the_members_language_and_withdrawing_does_not_give_it_back() throws Exception {
        Members.Signed it = Members.join(server, "Cooperativa Attrezzi Comuni", "IT", "Parma", 44.8, 10.33, "it", "attrezzi@example.it");
        ExchangeClient c = it.client();
        String first = ExchangeClient.idOf(offer(c, "it", "Trapano da prestare"));
        assertEquals(303, offer(c, "it", "Scala da prestare").statusCode());
        assertEquals(200, c.post("/it/account/exchange/offers/" + first + "/withdraw", "_csrf", c.csrf("it")).statusCode());
        String csrf = Members.csrf(c, "fr");
        HttpResponse<String> third = c.post("/fr/account/initiatives", "_csrf", csrf, "title", "Outils partagés entre coopératives",
                "goal", "Prêter nos outils entre coopératives voisines pour en acheter moins.", "impact", "Moins d’achats et plus d’entraide entre voisins.",
                "skills", "training", "countries", "IT", "startDate", "2027-01-15", "endDate", "2027-12-31");
        assertEquals(303, third.statusCode(), "an initiative counts too: " + third.body());

        HttpResponse<String> page = offer(c, "it", "Betoniera da prestare");
        assertEquals(429, page.statusCode());
        assertTrue(page.body().contains("Limite di pubblicazione raggiunto") && page.body().contains("ha pubblicato 3 offerte, bisogni e iniziative"), page.body());
        long wait = Long.parseLong(page.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(wait > 23 * 3600 && wait <= 24 * 3600, "until the first post is a day old: " + wait);

        HttpResponse<String> json = offer(c, "it", "Betoniera da prestare", "Accept", "application/json");
        assertEquals(429, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(json.headers().firstValue("Retry-After").isPresent());
        JsonNode problem = Http.JSON.readTree(json.body());
        assertEquals("INNCO-EXCHANGE-429", problem.path("code").asText(), problem.toString());

        HttpResponse<String> initiative = c.post("/fr/account/initiatives", "_csrf", csrf, "title", "Une quatrième publication du jour",
                "goal", "Prêter nos outils entre coopératives voisines pour en acheter moins.", "impact", "Moins d’achats et plus d’entraide entre voisins.",
                "skills", "training", "countries", "IT");
        assertEquals(429, initiative.statusCode());
        assertTrue(initiative.body().contains("Limite de publication atteinte"), initiative.body());
        assertEquals(400, offer(c, "it", "x").statusCode(), "a post with mistakes is answered with its mistakes first");

        Members.Signed other = Members.join(server, "Cooperativa Vicina", "IT", "Reggio Emilia", 44.7, 10.63, "it", "vicina@example.it");
        assertEquals(303, offer(other.client(), "it", "Furgone da prestare").statusCode(), "the limit is per organisation");
    }
}
