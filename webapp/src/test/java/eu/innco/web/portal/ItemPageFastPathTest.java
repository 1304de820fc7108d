package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Item pages that are not in the page cache (here it is off, as for a page of the long tail) are
 * rendered by the fast path in front of Jersey; a query parameter sends the same page through
 * Jersey. Both give the same status, bytes and headers in every language, for redirects of another
 * language's slug and for the 404 of a missing item too (Jersey sends the bytes chunked, the fast path
 * with a Content-Length: framing, not content).
 */
class ItemPageFastPathTest {
    static final List<String> SAME = List.of("ETag", "Cache-Control", "Content-Type", "Location", "Content-Security-Policy",
            "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options", "Cross-Origin-Opener-Policy", "Content-Language", "Vary");
    static InncoServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of("INNCO_IMPORT_ON_START", "true", "INNCO_PORTAL_CACHE_MB", "0"));
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void item_pages_from_the_fast_path_are_jerseys_byte_for_byte() {
        int pages = 0;
        for (String type : List.of("case-study", "organisation", "material", "event", "not-found")) {
            String fr = PortalSite.PAGE_TYPES.get(type);
            for (String locale : List.of("fr", "en", "nl", "de", "it", "pl", "el")) {
                String path = "/" + locale + fr.substring(3);
                Http.Res fast = http.get(path);
                Http.Res jersey = http.get(path + "?_=1");
                assertEquals(jersey.status(), fast.status(), path);
                assertEquals(jersey.body(), fast.body(), path);
                for (String h : SAME) assertEquals(jersey.header(h), fast.header(h), path + " " + h);
                if (fast.status() == 200) {
                    pages++;
                    assertEquals(304, http.get(path, "If-None-Match", fast.header("ETag")).status(), path);
                }
            }
        }
        assertTrue(pages >= 4, "pages answered: " + pages);
    }
}
