package eu.innco.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.content.ContentItem;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lists the answer cache does not hold are made by the servlet fast path in front of Jersey (issue
 * 18): every request below is asked of Jersey (the fast path switched off) and of the fast path,
 * with the cache off, and both answers must be the same to the byte, with the same status and
 * headers (ETag, Vary, Content-Language, Cache-Control, the data answers' security headers...), 304s
 * included.
 */
class FastListsTest {
    static final String D = "/.rest/delivery/";
    static InncoServer server;
    static Http http;
    static Published content;
    static DeliveryDoors doors;
    static ContentItem kitchen;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of("INNCO_RATE_LIMIT_PER_MINUTE", "0", "INNCO_DELIVERY_CACHE_MB", "0"));
        http = new Http(server.uri());
        content = new Published(server);
        doors = server.services().deliveryDoors;
        ContentItem coop = content.organisation("Cooperative bakery", "FR", 45.7, 4.8, "{'en': '<p>Bread</p>', 'fr': '<p>Pain</p>'}");
        content.publish(coop, "en", "fr");
        String[][] studies = {
            {"FR", "2024-03-01", "{'en': 'Cooperative kitchen', 'fr': 'Cuisine coopérative', 'de': 'Genossenschaftsküche'}", "en,fr,de"},
            {"FR", "2023-05-10", "{'en': 'Shared cooperative workshop', 'fr': 'Atelier partagé'}", "en,fr"},
            {"BE", "2025-01-20", "{'en': 'Kitchen of the coop', 'nl': 'Coöperatieve keuken'}", "en,nl"},
            {"IT", "2022-11-02", "{'it': 'Cucina cooperativa'}", "it"},
            {"FR", "2021-07-07", "{'en': 'Solar roofs together'}", "en"},
        };
        for (String[] s : studies) {
            ContentItem c = content.create("caseStudy", "{'title': " + s[2] + ", 'country': '" + s[0] + "', 'publicationDate': '" + s[1]
                    + "', 'summary': {'en': 'A cooperative kitchen for the neighbourhood'}, 'organisations': ['" + coop.id() + "']}");
            content.publish(c, s[3].split(","));
            if (kitchen == null) kitchen = c;
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";

    static final List<String> REQUESTS = List.of(
            "caseStudies",
            "caseStudies?lang=fr",
            "caseStudies?country=FR&orderBy=publicationDate%20desc&limit=20&lang=de",
            "caseStudies?country=FR&orderBy=publicationDate%20desc&limit=2&offset=1&lang=en",
            "caseStudies?orderBy=title%20asc,publicationDate%20desc&lang=nl",
            "caseStudies?q=cooperative%20kitchen&lang=en",
            "caseStudies?q=cuisine&lang=fr",
            "caseStudies?q=nothing-matches-this&lang=en",
            "caseStudies?title%5Blike%5D=%25coop%25&limit=20&lang=fr",
            "caseStudies?title%5Blike%5D=%25COOP%25&lang=en",
            "caseStudies?title%5Blike%5D=kitchen%25&lang=en",
            "caseStudies?country%5Bin%5D=FR%7CBE&publicationDate%5Bgte%5D=2023-01-01&lang=en",
            "caseStudies?country%5Bne%5D=FR&lang=pl",
            "caseStudies?lang=all&limit=3",
            "caseStudies?otherLanguages=include&lang=de",
            "caseStudies?otherLanguages=ranked&lang=de&orderBy=publicationDate",
            "caseStudies?offset=50",
            "organisations?format=geojson&lang=en",
            "organisations?format=geojson&country=FR&lang=fr",
            "organisations?orderBy=name%20desc",
            // errors: the fast path leaves them to Jersey; the answers must still be Jersey's
            "caseStudies?limit=0",
            "caseStudies?orderBy=nope",
            "caseStudies?title%5Blike%5D=%25a%25b%25c%25d%25e%25",
            "caseStudies?lang=xx",
            "caseStudies?otherLanguages=sometimes");

    @Test
    void every_list_is_the_same_from_the_fast_path_as_from_jersey() {
        long before = doors.listsAnsweredBeforeJersey();
        int made = 0;
        for (String r : REQUESTS) {
            String[][] variants = {{}, {"Accept-Language", "fr-BE, en;q=0.5"}, {"Accept", "application/geo+json"}};
            for (String[] headers : variants) {
                Http.Res jersey = ask(false, r, headers);
                long counted = doors.listsAnsweredBeforeJersey();
                Http.Res fast = ask(true, r, headers);
                boolean byFastPath = doors.listsAnsweredBeforeJersey() > counted;
                same(r + " " + String.join(": ", headers), jersey, fast);
                if (jersey.status() == 200) {
                    assertTrue(byFastPath, r + ": answered by the fast path");
                    assertEquals(DATA_POLICY, fast.header("Content-Security-Policy"), r);
                    made++;
                    String etag = jersey.header("ETag");
                    String[] conditional = concat(headers, "If-None-Match", "\"other\", " + etag);
                    same(r + " conditional", ask(false, r, conditional), ask(true, r, conditional));
                    assertEquals(304, ask(true, r, conditional).status(), r);
                } else {
                    assertFalse(byFastPath, r + ": an error is Jersey's to write");
                }
            }
        }
        assertTrue(made > 40, "most requests were answered: " + made);
        assertTrue(doors.listsAnsweredBeforeJersey() - before >= made);
    }

    @Test
    void an_unpublished_item_leaves_the_fast_lists_at_once() {
        ContentItem gone = content.create("caseStudy", "{'title': {'en': 'Cooperative soon gone'}, 'country': 'FR'}");
        content.publish(gone, "en");
        String list = D + "caseStudies?title%5Blike%5D=%25soon%20gone%25&lang=en";
        assertTrue(http.get(list).body().contains("Cooperative soon gone"));
        content.unpublish(gone, "en");
        Http.Res after = http.get(list);
        assertEquals(200, after.status());
        assertFalse(after.body().contains("Cooperative soon gone"), after.body());
        assertTrue(after.body().contains("\"total\":0"), after.body());
    }

    static Http.Res ask(boolean fast, String request, String... headers) {
        doors.listsBeforeJersey = fast;
        try {
            return http.get(D + request, headers);
        } finally {
            doors.listsBeforeJersey = true;
        }
    }

    static void same(String what, Http.Res jersey, Http.Res fast) {
        assertEquals(jersey.status(), fast.status(), what);
        assertEquals(jersey.body(), fast.body(), what);
        assertEquals(headers(jersey), headers(fast), what);
    }

    /** Every header but those that differ between any two answers (the date, the request's own id). */
    static Map<String, List<String>> headers(Http.Res r) {
        Map<String, List<String>> h = new TreeMap<>(r.raw().headers().map());
        h.keySet().removeIf(k -> List.of("date", "x-request-id").contains(k.toLowerCase(java.util.Locale.ROOT)));
        return h;
    }

    static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
