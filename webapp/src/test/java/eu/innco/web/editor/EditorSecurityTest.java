package eu.innco.web.editor;

import static eu.innco.web.editor.EditorClient.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The editor's defences, over real HTTP: CSRF, partner scoping, throttling, escaping, conflicts, headers. */
class EditorSecurityTest {
    static InncoServer server;
    static String frOrg;
    static String plOrg;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        ObjectMapper json = new ObjectMapper();
        frOrg = server.services().content.create(Actor.SYSTEM, "organisation",
                json.readTree("{\"properties\":{\"name\":\"Arobase test\",\"country\":\"FR\",\"role\":\"partner\"}}")).id();
        plOrg = server.services().content.create(Actor.SYSTEM, "organisation",
                json.readTree("{\"properties\":{\"name\":\"Polish test\",\"country\":\"PL\",\"role\":\"partner\"}}")).id();
        server.services().users.create("claire", "claire password", Set.of(Role.EDITOR), frOrg, Set.of("fr"), false);
        server.services().users.create("piotr", "piotr password", Set.of(Role.EDITOR), plOrg, Set.of("pl"), false);
        server.services().users.create("throttled-claire", "claire password", Set.of(Role.EDITOR), frOrg, Set.of("fr"), false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String createStudy(EditorClient c, String title, String body) throws Exception {
        c.get("/editor/content/caseStudy/new?edit=fr");
        HttpResponse<String> r = c.submit("/editor/content/caseStudy/new", form("_locale", "fr", "p.title.fr", title, "p.body.fr", body));
        assertEquals(303, r.statusCode(), r.body());
        Matcher m = Pattern.compile("/editor/content/caseStudy/([0-9a-f-]{36})").matcher(r.headers().firstValue("Location").orElseThrow());
        assertTrue(m.find(), r.headers().firstValue("Location").orElseThrow());
        return m.group(1);
    }

    @Test
    void signing_in_needs_the_login_forms_token_and_the_right_password() throws Exception {
        EditorClient c = new EditorClient(server.uri());
        assertEquals(303, c.get("/editor").statusCode(), "anonymous people are sent to the login page");
        c.get("/editor/login");
        assertEquals(403, c.post("/editor/login", form("username", "claire", "password", "claire password")).statusCode(), "no token");
        c.get("/editor/login");
        assertEquals(401, c.submit("/editor/login", form("username", "claire", "password", "wrong one!")).statusCode());
        c.get("/editor/login");
        HttpResponse<String> ok = c.submit("/editor/login", form("username", "claire", "password", "claire password", "next", "https://evil.example/"));
        assertEquals(303, ok.statusCode());
        assertEquals("/editor", ok.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", ""), "no open redirect");
        String cookie = ok.headers().allValues("Set-Cookie").stream().filter(x -> x.startsWith("INNCO_EDITOR=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        assertEquals(200, c.get("/editor").statusCode());
    }

    @Test
    void a_form_without_this_sessions_token_is_refused() throws Exception {
        EditorClient c = new EditorClient(server.uri());
        c.signIn("claire", "claire password");
        String id = createStudy(c, "Étude CSRF", "<p>x</p>");
        HttpResponse<String> forged = c.post("/editor/content/caseStudy/" + id, form("_locale", "fr", "p.title.fr", "Forged"));
        assertEquals(403, forged.statusCode());
        assertTrue(forged.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertEquals("Étude CSRF", server.services().content.get(Actor.SYSTEM, "caseStudy", id).values().get("title", "fr").orElseThrow());
    }

    @Test
    void an_editor_of_another_partner_cannot_open_or_save_the_item() throws Exception {
        EditorClient claire = new EditorClient(server.uri());
        claire.signIn("claire", "claire password");
        String id = createStudy(claire, "Étude de Claire", "<p>x</p>");
        EditorClient piotr = new EditorClient(server.uri());
        piotr.signIn("piotr", "piotr password");
        assertEquals(403, piotr.get("/editor/content/caseStudy/" + id).statusCode());
        piotr.get("/editor");
        String etag = server.services().content.get(Actor.SYSTEM, "caseStudy", id).etag();
        HttpResponse<String> forged = piotr.submit("/editor/content/caseStudy/" + id, form("_locale", "fr", "_etag", etag, "p.title.fr", "Piotr was here"));
        assertEquals(403, forged.statusCode());
        assertEquals("Étude de Claire", server.services().content.get(Actor.SYSTEM, "caseStudy", id).values().get("title", "fr").orElseThrow());
    }

    @Test
    void rich_text_is_sanitised_and_every_value_is_escaped_in_pages() throws Exception {
        EditorClient c = new EditorClient(server.uri());
        c.signIn("claire", "claire password");
        String id = createStudy(c, "<img src=x onerror=alert(1)>", "<p onclick=\"alert(2)\">ok<script>alert(3)</script></p>");
        String stored = (String) server.services().content.get(Actor.SYSTEM, "caseStudy", id).values().get("body", "fr").orElseThrow();
        assertEquals("<p>ok</p>", stored);
        String page = c.get("/editor/content/caseStudy/" + id + "?edit=fr").body();
        assertFalse(page.contains("<img src=x onerror"), "the title is escaped");
        assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertFalse(page.contains("<script>alert(3)"));
    }

    @Test
    void a_save_based_on_a_stale_version_is_refused_with_the_differences() throws Exception {
        EditorClient c = new EditorClient(server.uri());
        c.signIn("claire", "claire password");
        String id = createStudy(c, "Version A", "<p>a</p>");
        String etag = server.services().content.get(Actor.SYSTEM, "caseStudy", id).etag();
        c.submit("/editor/content/caseStudy/" + id, form("_locale", "fr", "_etag", etag, "p.title.fr", "Version B"));
        c.get("/editor/content/caseStudy/" + id);
        HttpResponse<String> stale = c.submit("/editor/content/caseStudy/" + id, form("_locale", "fr", "_etag", etag, "p.title.fr", "Version C"));
        assertEquals(409, stale.statusCode());
        assertTrue(stale.body().contains("Version B") && stale.body().contains("Version C"), "both sides are shown");
        assertEquals("Version B", server.services().content.get(Actor.SYSTEM, "caseStudy", id).values().get("title", "fr").orElseThrow(),
                "nothing was overwritten");
    }

    @Test
    void a_burst_of_failed_sign_ins_is_throttled_without_telling_whether_the_account_exists() throws Exception {
        for (String user : new String[] {"throttled-claire", "nobody-at-all"}) {
            EditorClient c = new EditorClient(server.uri());
            int last = 0;
            HttpResponse<String> r = null;
            for (int i = 0; i < 7; i++) {
                c.get("/editor/login");
                r = c.submit("/editor/login", form("username", user, "password", "guess number " + i));
                last = r.statusCode();
            }
            assertEquals(429, last, user);
            assertNotNull(r.headers().firstValue("Retry-After").orElse(null));
            if (user.equals("throttled-claire")) {
                c.get("/editor/login");
                assertEquals(429, c.submit("/editor/login", form("username", user, "password", "claire password")).statusCode(),
                        "even the right password waits, from the address that made the guesses, until the delay has passed");
            }
        }
    }

    @Test
    void every_response_carries_the_security_headers() throws Exception {
        EditorClient c = new EditorClient(server.uri());
        for (HttpResponse<String> r : new HttpResponse[] {c.get("/editor/login"), c.get("/.rest/health")}) {
            String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'") && !csp.contains("script-src 'self' 'unsafe-inline'"), csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
            assertEquals("strict-origin-when-cross-origin", r.headers().firstValue("Referrer-Policy").orElseThrow());
        }
    }
}
