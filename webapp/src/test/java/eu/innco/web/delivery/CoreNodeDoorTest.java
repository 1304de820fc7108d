package eu.innco.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.content.ContentItem;
import eu.innco.reach.ReachKey;
import eu.innco.reach.ReachRow;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plain single-node read is answered by Jetty's core handler, in front of the servlets, and that
 * door does for it what the servlet filters do: the same bytes and headers as Jersey, each header
 * once, the caller's request id or a new one, the timer and the reach count; a read it cannot answer
 * (a 404, a cross-origin read, one with a Content-Type) goes on to the doors behind.
 */
class CoreNodeDoorTest {
    static final String D = "/.rest/delivery/";
    static final String TOKEN = "core-door-metrics-7d2a";
    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    static final List<String> ONCE = List.of("X-Request-Id", "ETag", "Cache-Control", "Content-Language", "Vary", "Content-Type",
            "Content-Length", "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options");
    static InncoServer server;
    static Http http;
    static DeliveryDoors doors;
    static ContentItem study;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of("INNCO_RATE_LIMIT_PER_MINUTE", "0", "INNCO_DELIVERY_CACHE_MB", "0", "INNCO_METRICS_TOKEN", TOKEN));
        http = new Http(server.uri());
        doors = server.services().deliveryDoors;
        Published content = new Published(server);
        study = content.create("caseStudy", "{'title': {'en': 'Core bread', 'fr': 'Pain du cœur'}, 'country': 'FR', 'publicationDate': '2024-02-01'}");
        content.publish(study, "en", "fr");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void single_nodes_are_answered_in_front_of_the_servlets_as_jersey_answers_them() {
        for (String node : List.of(D + "caseStudies/" + study.name(), D + "caseStudies@" + study.id())) {
            for (String lang : List.of("?lang=fr", "?lang=en", "?lang=de", "")) {
                String what = node + lang;
                Http.Res core = inFront(1, node + lang, "Accept-Language", "fr-BE");
                Http.Res jersey = http.get(node + (lang.isEmpty() ? "?" : lang + "&") + "_=1", "Accept-Language", "fr-BE");
                assertEquals(200, core.status(), what);
                assertEquals(jersey.body(), core.body(), what);
                for (String h : ONCE) {
                    assertEquals(1, core.raw().headers().allValues(h).size(), what + ": " + h + " " + core.raw().headers().allValues(h));
                    if (!h.equals("X-Request-Id")) assertEquals(jersey.header(h), core.header(h), what + ": " + h);
                }
                Http.Res notModified = inFront(1, node + lang, "Accept-Language", "fr-BE", "If-None-Match", core.header("ETag"));
                assertEquals(304, notModified.status(), what);
                assertEquals("", notModified.body(), what);
                assertEquals(core.header("ETag"), notModified.header("ETag"), what);
            }
        }
        assertTrue(inFront(1, D + "caseStudies/" + study.name() + "?lang=fr").body().contains("Pain du cœur"));
    }

    @Test
    void what_the_core_door_cannot_answer_goes_on_to_the_doors_behind() {
        String node = D + "caseStudies/" + study.name();
        Http.Res missing = inFront(0, D + "caseStudies/no-such-study?lang=fr");
        assertEquals(404, missing.status());
        assertTrue(missing.contentType().startsWith("application/problem+json"), missing.contentType());
        assertEquals(400, inFront(0, node + "?lang=xx").status(), "an unknown language: Jersey's problem");
        long before = doors.nodesAnsweredInFront();
        String raw = server.inProcess("GET " + node + "?lang=%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(raw.startsWith("HTTP/1.1 400 "), "a broken escape is the client's error: " + raw);
        assertEquals(before, doors.nodesAnsweredInFront());
        Http.Res cors = inFront(0, node + "?lang=fr", "Origin", "https://elsewhere.example");
        assertEquals(200, cors.status());
        Http.Res typed = inFront(0, node + "?lang=fr", "Content-Type", "text/plain");
        assertEquals(200, typed.status(), "a readable Content-Type on a read is allowed, by the servlet guard");
        assertEquals(400, inFront(0, node + "?lang=fr", "Content-Type", "a/b; ===").status(), "the guard's refusal");
        assertEquals(400, inFront(0, D + "caseStudies/" + study.name() + "/..%2F?lang=fr").status(), "an encoded slash is refused before any look-up");
    }

    @Test
    void the_request_id_is_the_callers_when_plausible_else_a_new_one() {
        String node = D + "caseStudies/" + study.name() + "?lang=en";
        assertEquals("proxy-id.42", inFront(1, node, "X-Request-Id", "proxy-id.42").header("X-Request-Id"));
        String made = inFront(1, node, "X-Request-Id", "<script>").header("X-Request-Id");
        assertTrue(made.matches("[0-9a-f]{32}"), made);
        String other = inFront(1, node).header("X-Request-Id");
        assertTrue(other.matches("[0-9a-f]{32}") && !other.equals(made), other);
    }

    @Test
    void reads_answered_in_front_are_timed_and_counted_as_reach() {
        String path = D + "caseStudies/" + study.name();
        String series = "innco_http_requests_seconds_count{method=\"GET\",route=\"delivery-node\",status=\"200\"}";
        double timed = value(scrape(), series);
        long reach = apiReads(path, "fr");
        for (int i = 0; i < 3; i++) inFront(1, path + "?lang=fr", "User-Agent", BROWSER, "Referer", "https://www.example.org/x");
        inFront(1, path + "?lang=fr", "User-Agent", "curl/8.5.0"); // a script: answered and timed, not counted
        inFront(1, path + "?lang=fr", "User-Agent", BROWSER, "Sec-GPC", "1"); // asks not to be followed
        assertEquals(timed + 5, value(scrape(), series));
        assertEquals(reach + 3, apiReads(path, "fr"), "three reads by a person, under the language answered");
    }

    /** A GET that must have been answered in front of the servlets ({@code expected} = 1) or not (0). */
    static Http.Res inFront(int expected, String path, String... headers) {
        long before = doors.nodesAnsweredInFront();
        Http.Res r = http.get(path, headers);
        assertEquals(before + expected, doors.nodesAnsweredInFront(), path + (expected == 1 ? ": answered in front" : ": passed on"));
        return r;
    }

    static String scrape() {
        return eu.innco.web.metrics.Scrapes.scrape(http, TOKEN);
    }

    static double value(String text, String series) {
        return eu.innco.web.metrics.Scrapes.value(text, series, 0);
    }

    /** Today's counted API reads of a path in a language, from the stored figures after a flush. */
    static long apiReads(String path, String locale) {
        server.services().reach.flush();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return server.services().reach.rows(today.minusDays(1), today.plusDays(1)).stream()
                .filter(r -> r.key().kind().equals(ReachKey.API) && r.key().path().equals(path) && r.key().locale().equals(locale))
                .mapToLong(ReachRow::count).sum();
    }
}
