package eu.innco.web.api;

import static eu.innco.web.Http.j;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.Http;
import eu.innco.web.Http.Res;
import eu.innco.web.InncoServer;
import eu.innco.web.SameSite;
import eu.innco.web.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Changes to the authoring API from a browser follow the portal forms' same-site rule: a page at the
 * site's public address (a server behind a proxy) is this site, a page elsewhere is not, whether the
 * browser says so in Origin or only in Referer.
 */
class AuthoringSameSiteTest {
    static final String API = "/.rest/authoring/v1/";
    static final String SITE = "https://inn-co.example";
    static InncoServer server;
    static Http admin;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of("INNCO_PUBLIC_URL", SITE));
        admin = new Http(server.uri()).admin();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Res create(String... headers) {
        return admin.post(API + "items/organisation", j("{'properties': {'name': 'Same Site Cooperative', 'country': 'FR'}}"), headers);
    }

    @Test
    void a_page_at_the_public_address_may_change_content() {
        assertEquals(201, create("Origin", SITE).status(), "the site's own editor page, served through its proxy");
        assertEquals(201, create("Origin", SITE + ":443").status(), "the same origin with its default port");
        String own = server.uri().toString().replaceAll("/$", "");
        assertEquals(201, create("Origin", own).status(), "the server's own address");
        assertEquals(201, create().status(), "no browser at all");
    }

    @Test
    void a_page_elsewhere_may_not_even_when_only_its_referer_says_so() {
        assertEquals(403, create("Origin", "https://evil.example").status());
        assertEquals(403, create("Origin", "null").status(), "an origin the browser hides");
        assertEquals(403, create("Referer", "https://evil.example/form.html").status(), "no Origin, a Referer from elsewhere");
        assertEquals(201, create("Referer", SITE + "/editor/content").status());
    }

    @Test
    void the_rule_compares_origins_without_their_default_ports() {
        assertTrue(SameSite.sent(null, "http://inn-co.example", null, "http://inn-co.example:80", "https://inn-co.example"));
        assertTrue(SameSite.sent(null, "https://INN-CO.example:443", null, "http://10.0.0.5:8080", "https://inn-co.example/"));
        assertFalse(SameSite.sent(null, "http://inn-co.example", null, "http://10.0.0.5:8080", "https://inn-co.example"), "another scheme");
        assertFalse(SameSite.sent(null, "https://inn-co.example:8443", null, "http://10.0.0.5:8080", "https://inn-co.example"));
    }
}
