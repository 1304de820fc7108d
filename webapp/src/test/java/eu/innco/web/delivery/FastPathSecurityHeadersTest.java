package eu.innco.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same address carries the same security headers whether a servlet fast path or Jersey
 * answers it: data answers of the delivery API the data headers ({@code default-src 'none'}),
 * portal pages the page headers (the site's own styles, scripts and images allowed), 304s alike.
 * Each resource is fetched once through its fast path and once in a way the fast path declines.
 */
class FastPathSecurityHeadersTest {
    static final List<String> SECURITY = List.of("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy",
            "X-Frame-Options", "Cross-Origin-Opener-Policy");
    static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static InncoServer server;
    static Http http;
    static DeliveryDoors doors;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of("INNCO_IMPORT_ON_START", "true", "INNCO_RATE_LIMIT_PER_MINUTE", "0",
                "INNCO_DELIVERY_CACHE_MB", "0"));
        http = new Http(server.uri());
        doors = server.services().deliveryDoors;
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void a_single_node_has_the_data_headers_from_the_fast_path_and_from_jersey() {
        JsonNode first = http.get("/.rest/delivery/caseStudies?lang=fr&limit=1").json().path("results").get(0);
        String node = "/.rest/delivery/caseStudies@" + first.path("@id").asText() + "?lang=fr";
        Http.Res fast = http.get(node);
        Http.Res jersey = http.get(node, "Origin", "https://elsewhere.example"); // the fast path leaves CORS to Jersey
        assertEquals(200, fast.status());
        assertEquals(200, jersey.status());
        assertNull(fast.header("Access-Control-Allow-Origin"), "answered by the fast path");
        assertNotNull(jersey.header("Access-Control-Allow-Origin"), "answered by Jersey");
        sameSecurity(node, jersey, fast);
        onceEach(node, fast);
        assertEquals(DATA_POLICY, fast.header("Content-Security-Policy"));
        String etag = fast.header("ETag");
        sameSecurity(node + " 304", http.get(node, "If-None-Match", etag, "Origin", "https://elsewhere.example"),
                http.get(node, "If-None-Match", etag));
    }

    @Test
    void a_list_has_the_data_headers_from_the_fast_path_and_from_jersey_and_so_do_its_errors() {
        for (String list : List.of("caseStudies?lang=fr", "organisations?format=geojson&lang=en")) {
            Http.Res jersey = ask(false, list);
            long before = doors.listsAnsweredBeforeJersey();
            Http.Res fast = ask(true, list);
            assertTrue(doors.listsAnsweredBeforeJersey() > before, list + ": answered by the fast path");
            assertEquals(200, fast.status(), list);
            sameSecurity(list, jersey, fast);
            onceEach(list, fast);
            assertEquals(DATA_POLICY, fast.header("Content-Security-Policy"), list);
            String etag = fast.header("ETag");
            sameSecurity(list + " 304", ask(false, list, "If-None-Match", etag), ask(true, list, "If-None-Match", etag));
        }
        Http.Res refused = http.get("/.rest/delivery/caseStudies?limit=0");
        assertEquals(400, refused.status());
        assertEquals(DATA_POLICY, refused.header("Content-Security-Policy"), "an error of the data API is data too");
    }

    @Test
    void a_portal_page_has_the_page_headers_from_the_fast_path_and_from_jersey() {
        String page = "/fr/case-studies/cuisine-partagee-lyon";
        Http.Res jersey = http.get(page + "?_=1"); // a query: the fast path declines it
        Http.Res fast = http.get(page); // rendered in front of Jersey, then from the page cache
        Http.Res cached = http.get(page);
        assertEquals(200, fast.status());
        assertTrue(fast.contentType().startsWith("text/html"), fast.contentType());
        sameSecurity(page, jersey, fast);
        sameSecurity(page + " cached", jersey, cached);
        String csp = fast.header("Content-Security-Policy");
        assertTrue(csp.contains("style-src 'self'") && csp.contains("script-src 'self'") && csp.contains("img-src 'self'"), csp);
        assertEquals("same-origin", fast.header("Cross-Origin-Opener-Policy"));
        String etag = fast.header("ETag");
        Http.Res notModified = http.get(page, "If-None-Match", etag);
        assertEquals(304, notModified.status());
        sameSecurity(page + " 304", jersey, notModified); // a 304 updates the stored headers: it must not tighten a page's policy
    }

    /** A list asked of the fast path, or of Jersey with the fast lists switched off. */
    static Http.Res ask(boolean fast, String list, String... headers) {
        doors.listsBeforeJersey = fast;
        try {
            return http.get("/.rest/delivery/" + list, headers);
        } finally {
            doors.listsBeforeJersey = true;
        }
    }

    static void sameSecurity(String what, Http.Res jersey, Http.Res fast) {
        assertEquals(security(jersey), security(fast), what);
    }

    /** The fast path adds its headers rather than setting them: none may come twice. */
    static void onceEach(String what, Http.Res fast) {
        for (String name : List.of("ETag", "Cache-Control", "Content-Language", "Vary", "Content-Security-Policy",
                "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options", "X-Request-Id")) {
            assertEquals(1, fast.raw().headers().allValues(name).size(), what + ": " + name + " " + fast.raw().headers().allValues(name));
        }
    }

    static Map<String, String> security(Http.Res r) {
        Map<String, String> h = new LinkedHashMap<>();
        for (String name : SECURITY) h.put(name, r.header(name));
        return h;
    }
}
