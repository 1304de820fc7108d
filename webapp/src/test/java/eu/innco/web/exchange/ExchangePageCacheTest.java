package eu.innco.web.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.content.Precondition;
import eu.innco.security.Actor;
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

/**
 * The exchange page is kept in the page cache per address, and a publication that may change it
 * (a new item, one hidden after a report from its page, one past its day, one withdrawn, a member's
 * new name) shows on it at once, while a page of the other kind stays kept.
 */
class ExchangePageCacheTest {
    static final String LIST = "/fr/exchange?kind=offer&category=legal&country=PL";
    static final String NEEDS = "/fr/exchange?kind=need";
    static final String LATER = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
    static InncoServer server;
    static ExchangeClient polish;
    static ExchangeClient anyone;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of("INNCO_JOIN_MIN_FILL_SECONDS", "0", "INNCO_SCHEDULER", "false"));
        polish = ExchangeClient.member(server, "Spółdzielnia Socjalna Wisła", "PL", "Kraków", 50.06, 19.94, "pl", List.of("S"),
                List.of("pl", "fr"), "wisla@example.pl");
        anyone = new ExchangeClient(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String offer(String title) throws Exception {
        return ExchangeClient.idOf(polish.form("/pl/account/exchange/new", ExchangeClient.posting(polish.csrf("pl"), "offer", title,
                "Porady prawne dla spółdzielni socjalnych.", "legal", List.of("S"), List.of("PL"), false, List.of("pl", "fr"), LATER)));
    }

    /** The page and whether it came from the cache (the page cache counted one more hit). */
    static String page(String path, boolean kept) throws Exception {
        long hits = server.services().pageCache.hits();
        HttpResponse<String> r = anyone.get(path);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(kept, server.services().pageCache.hits() > hits, (kept ? "kept: " : "made anew: ") + path);
        return r.body();
    }

    @Test
    void publications_show_on_the_kept_page_at_once_and_leave_the_other_kinds_page_kept() throws Exception {
        String first = offer("Pomoc prawna przy statucie");
        page(LIST, false);
        assertTrue(page(LIST, true).contains("Pomoc prawna przy statucie"), "the second visitor gets the kept page");
        page(NEEDS, false);
        String etag = anyone.get(LIST).headers().firstValue("ETag").orElseThrow();
        assertEquals(304, anyone.get(LIST, "If-None-Match", etag).statusCode());

        String second = offer("Wzory umów spółdzielczych");
        assertTrue(page(LIST, false).contains("Wzory umów spółdzielczych"), "a new offer is on the page at once");
        page(NEEDS, true); // an offer does not change the needs

        // anyone reports it from its page, which names its language in the page's words
        String item = anyone.get("/fr/exchange/offers/" + second).body();
        assertTrue(item.contains("Ce texte est en polonais"), item);
        String report = "/fr/report?kind=offer&amp;id=" + second;
        assertTrue(item.contains("<a href=\"" + report + "\" rel=\"nofollow\">Signaler cette offre comme abusive</a>"), item);
        HttpResponse<String> form = anyone.get(report.replace("&amp;", "&"));
        Map<String, String> h = ExchangeClient.hidden(form.body());
        assertEquals(200, anyone.post("/fr/report", "_csrf", h.get("_csrf"), "_stamp", h.get("_stamp"), "kind", "offer", "id", second,
                "reason", "Une offre trompeuse.").statusCode());
        assertFalse(page(LIST, false).contains("Wzory umów spółdzielczych"), "a reported offer leaves the page at once");

        // the first offer's last day passes: published again as the member's own edit would
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        patch.putObject("properties").put("validUntil", LocalDate.now(ZoneOffset.UTC).minusDays(1) + "T00:00:00Z");
        server.services().content.patch(Actor.SYSTEM, "offer", first, patch, Precondition.ANY);
        server.services().publishing.publication.publish(Actor.SYSTEM, "offer", first, List.of("pl"), "time passes", false);
        assertFalse(page(LIST, false).contains("Pomoc prawna przy statucie"), "an offer past its day leaves the page at once");
        page(LIST, true);
        assertTrue(server.services().exchange.expiry.runDue() >= 1);
        assertFalse(page(LIST, false).contains("Pomoc prawna przy statucie"), "withdrawn at expiry: made anew, still not there");

        String third = offer("Doradztwo w zamówieniach publicznych");
        assertTrue(page(LIST, false).contains("Doradztwo w zamówieniach publicznych"));
        page(LIST, true);
        // the member renames itself: the page names it, so it is made anew
        var member = server.services().network.accounts.memberByEmail("wisla@example.pl").orElseThrow();
        ObjectNode renamed = JsonNodeFactory.instance.objectNode().put("name", "Spółdzielnia Socjalna Odra");
        server.services().network.profiles.update(member, renamed, java.util.Optional.empty(), "pl");
        assertTrue(page(LIST, false).contains("Spółdzielnia Socjalna Odra"), "a renamed member shows at once");
        assertEquals(200, polish.form("/pl/account/exchange/offers/" + third + "/withdraw",
                List.<String[]>of(new String[] {"_csrf", polish.csrf("pl")})).statusCode());
        assertFalse(page(LIST, false).contains("Doradztwo w zamówieniach publicznych"), "a withdrawn offer leaves the page at once");
    }
}
