package eu.innco.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.content.ContentItem;
import eu.innco.web.Http;
import eu.innco.web.Http.Res;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every malformed parameter is a 400 naming it; values are values, never syntax; client input never gets a 5xx. */
class DeliveryBadInputTest {
    static final String D = "/.rest/delivery/";
    static InncoServer server;
    static Http http;
    static Published content;
    static FilterOracle oracle;

    /** Several organisations, so that a value read as syntax (a wildcard, a range, an OR) matches more than it should. */
    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        http = new Http(server.uri());
        content = new Published(server);
        List<FilterOracle.Org> published = new ArrayList<>();
        published.add(organisation("Quoted Org", "FR", "['fr', 'en']", true));
        published.add(organisation("alpha works", "BE", "['nl']", true));
        published.add(organisation("Zeta Union", "IT", "[]", true));
        published.add(organisation("Œuvre Commune", "PL", "['pl']", true));
        organisation("Draft Org", "FR", "['fr']", false);
        oracle = new FilterOracle(published);
    }

    static FilterOracle.Org organisation(String name, String country, String languages, boolean publish) {
        ContentItem o = content.create("organisation", "{'name': '" + name + "', 'country': '" + country + "', 'city': 'Town',"
                + " 'kind': 'cooperative', 'languages': " + languages + ", 'description': {'en': '<p>Cooks share kitchens</p>'}}");
        if (publish) content.publish(o, "en");
        List<String> codes = new ArrayList<>();
        Published.json(languages).forEach(l -> codes.add(l.asText()));
        return new FilterOracle.Org(name, o.id(), country, codes);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    void badRequestNaming(String query, String parameter) {
        Res r = http.get(D + "organisations?" + query);
        assertEquals(400, r.status(), query + " -> " + r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"));
        assertEquals(parameter, r.json().path("errors").get(0).path("path").asText(), r.body());
    }

    /** The status of a request sent byte for byte, for URLs that a well-behaved client refuses to send. */
    static int raw(String target) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    @Test
    void each_malformed_parameter_is_a_400_that_names_it() {
        badRequestNaming("unknownProp=1", "unknownProp");
        badRequestNaming("name%5Bbetween%5D=a", "name[between]");
        badRequestNaming("mgnl:created%5Bgt%5D=yesterday", "mgnl:created[gt]");
        badRequestNaming("mgnl:created%5Bin%5D=2022-01-01~2022-13-45", "mgnl:created[in]");
        badRequestNaming("limit=101", "limit");
        badRequestNaming("limit=0", "limit");
        badRequestNaming("limit=ten", "limit");
        badRequestNaming("offset=-1", "offset");
        badRequestNaming("offset=99999999999", "offset");
        badRequestNaming("orderBy=nothing", "orderBy");
        badRequestNaming("orderBy=name%20sideways", "orderBy");
        badRequestNaming("demo=maybe", "demo");
        badRequestNaming("demo%5Blike%5D=t%25", "demo[like]");
        badRequestNaming("demo%5Blt%5D=true", "demo[lt]");
        badRequestNaming("format=xml", "format");
        badRequestNaming("name%5Bin%5D=" + "a%7C".repeat(101), "name[in]");
        badRequestNaming("q=" + "x".repeat(501), "q");
        badRequestNaming("name%5B=x", "name[");
        Res several = http.get(D + "organisations?limit=500&offset=-3&bogus=1");
        assertEquals(3, several.json().path("errors").size(), "all mistakes at once: " + several.body());
    }

    @Test
    void costly_like_filters_are_refused_at_once_naming_the_parameter() {
        // the attack: 60 wildcards used to cost about a second of CPU each, with no sign-in
        String sixty = "%25a%25f".repeat(30);
        long start = System.nanoTime();
        badRequestNaming("name%5Blike%5D=" + sixty, "name[like]");
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused before any work");
        badRequestNaming("name%5Blike%5D=%25a%25b%25c%25d%25e", "name[like]");
        badRequestNaming("name%5Blike%5D=" + "x".repeat(101), "name[like]");
        Res allowed = http.get(D + "organisations?name%5Blike%5D=%25a%25%25%25b%25c%25" + "x".repeat(93));
        assertEquals(200, allowed.status(), "four wildcards (a run counts once) and 100 characters are allowed: " + allowed.body());
        badRequestNaming("name%5Blike%5D=%25a&name%5Blike%5D=%25b&name%5Blike%5D=%25c&name%5Blike%5D=%25d", "name[like]");
        StringBuilder many = new StringBuilder("limit=1");
        for (int i = 0; i < 21; i++) many.append("&name%5Bne%5D=n").append(i);
        badRequestNaming(many.toString(), "name[ne]");
    }

    @Test
    void the_limit_of_100_is_allowed_and_a_negative_offset_is_not() {
        assertEquals(200, http.get(D + "organisations?limit=100").status());
        assertEquals(400, http.get(D + "organisations?offset=-1").status());
    }

    @Test
    void injection_shaped_values_in_every_parameter_are_plain_values() throws Exception {
        List<String> evil = List.of("*", "?", "\\", "name:*", "*:*", "a OR b", "') OR 1=1 --", "\" OR \"\"=\"", "<script>alert(1)</script>",
                "${jndi:ldap://x}", "../../etc/passwd", "%", "%%%", "a~", "~", "|", "||", "[", "]", "{\"$ne\":1}", "\u0000", "é\u202E",
                "(a AND b)", "name:[* TO *]", "/.*/", "a\\*b", "🙂", "x".repeat(400));
        List<String> params = List.of("name", "name[eq]", "name[ne]", "name[like]", "name[in]", "name[not-in]", "name[lt]", "name[gte]",
                "mgnl:created[gt]", "demo", "q", "orderBy", "limit", "offset", "lang", "format", "@id", "country[in]", "languages[like]");
        for (String p : params) {
            for (String v : evil) {
                Res r = http.get(D + "organisations?" + enc(p) + "=" + enc(v));
                Optional<Set<String>> expected = oracle.expect(p, v);
                if (expected.isEmpty()) {
                    assertEquals(400, r.status(), p + "=" + v + " -> " + r.body());
                    continue;
                }
                assertEquals(200, r.status(), p + "=" + v + " -> " + r.body());
                Set<String> found = new TreeSet<>();
                r.json().path("results").forEach(n -> found.add(n.path("name").asText()));
                assertEquals(expected.get(), found, p + "=" + v);
                assertEquals(expected.get().size(), r.json().path("total").asInt(), p + "=" + v);
            }
        }
        assertEquals(0, http.get(D + "organisations?name=" + enc("*")).json().path("total").asInt(), "* is not a wildcard");
        assertEquals(0, http.get(D + "organisations?name%5Blike%5D=" + enc("*")).json().path("total").asInt(), "nor in like");
        assertEquals(1, http.get(D + "organisations?name=" + enc("Quoted Org")).json().path("total").asInt(), "the plain name matches");
        assertEquals(4, http.get(D + "organisations?name%5Blike%5D=%25").json().path("total").asInt(), "% alone matches every name");
        for (String v : evil) {
            int s1 = http.get(D + "organisations/" + enc(v).replace("+", "%20")).status();
            int s2 = http.get(D + enc(v).replace("+", "%20")).status();
            int s3 = http.get(D + "organisations@" + enc(v).replace("+", "%20")).status();
            assertTrue(s1 < 500 && s2 < 500 && s3 < 500, v + " -> " + s1 + " " + s2 + " " + s3);
        }
        for (String target : List.of("/.rest/delivery/organisations?name=%zz", "/.rest/delivery/organisations?name%5B%5D%5B=1&%%=2",
                "/.rest/delivery/organisations/%zz", "/.rest/delivery/%C0%AE%C0%AE/x")) {
            int status = raw(target);
            assertTrue(status < 500, target + " -> " + status);
        }
        assertTrue(http.get(D + "organisations", "Accept-Language", "\u00ff;q=abc,,;;,*").status() == 200);
    }
}
