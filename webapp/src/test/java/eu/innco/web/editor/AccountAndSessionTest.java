package eu.innco.web.editor;

import static eu.innco.web.editor.EditorClient.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.security.Role;
import eu.innco.web.UiTexts;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The account page (password, interface language), signing out, and the session cookie's flags. */
class AccountAndSessionTest {
    static EditorFixture f;
    static UiTexts texts;

    @BeforeAll
    static void start() throws Exception {
        f = new EditorFixture();
        texts = new UiTexts(f.services.lightModules, Editor.BUNDLES, f.services.locales.locales(), "en");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    static String newEditor() {
        String name = EditorFixture.unique("writer");
        f.services.users.create(name, "first password", Set.of(Role.EDITOR), f.partnerA, Set.of(), false);
        return name;
    }

    static EditorClient signedIn(String name, String password) throws Exception {
        EditorClient c = f.client();
        assertEquals(303, c.signIn(name, password).statusCode());
        return c;
    }

    static HttpResponse<String> withCookie(String cookie) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(f.server.uri().resolve("/editor"))
                .header("Cookie", EditorSessions.COOKIE + "=" + cookie).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String sessionCookie(HttpResponse<String> signIn) {
        return signIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(EditorSessions.COOKIE + "=")).findFirst().orElseThrow();
    }

    @Test
    void a_password_change_needs_the_current_password_and_then_only_the_new_one_works() throws Exception {
        String name = newEditor();
        EditorClient c = signedIn(name, "first password");
        EditorClient elsewhere = signedIn(name, "first password");
        String hash = f.services.users.find(name).orElseThrow().passwordHash();

        var wrong = c.submit("/editor/account", form("current", "not my password", "password", "second password", "confirm", "second password"));
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains(texts.text("en", "account.wrongCurrent")));
        var mismatch = c.submit("/editor/account", form("current", "first password", "password", "second password", "confirm", "other password"));
        assertEquals(400, mismatch.statusCode());
        assertTrue(mismatch.body().contains(texts.text("en", "account.mismatch")));
        var weak = c.submit("/editor/account", form("current", "first password", "password", "short", "confirm", "short"));
        assertEquals(400, weak.statusCode());
        assertEquals(hash, f.services.users.find(name).orElseThrow().passwordHash(), "nothing changed so far");

        var ok = c.submit("/editor/account", form("current", "first password", "password", "second password", "confirm", "second password"));
        assertEquals(303, ok.statusCode());
        assertTrue(c.get("/editor/account").body().contains(texts.text("en", "account.passwordSaved")));
        assertEquals(200, c.get("/editor").statusCode(), "this session goes on");
        assertEquals(303, elsewhere.get("/editor").statusCode(), "the user's other sessions end");
        assertEquals(401, f.client().signIn(name, "first password").statusCode());
        assertEquals(303, f.client().signIn(name, "second password").statusCode());
    }

    @Test
    void the_chosen_interface_language_changes_the_editors_texts_and_is_kept() throws Exception {
        String name = newEditor();
        EditorClient c = signedIn(name, "first password");
        assertTrue(c.get("/editor").body().contains("<h1>" + texts.text("en", "dashboard.title") + "</h1>"));

        assertEquals(303, c.submit("/editor/account", form("uiLocale", "fr")).statusCode());
        String account = c.get("/editor/account").body();
        assertTrue(account.contains("<html lang=\"fr\">"));
        assertTrue(account.contains(HtmlForms.escape(texts.text("fr", "account.languageSaved"))), account);
        String dashboard = c.get("/editor").body();
        assertTrue(dashboard.contains("<h1>Tableau de bord</h1>"), "French, from the bundle");
        assertTrue(dashboard.contains(texts.text("fr", "dashboard.drafts")));
        assertEquals("fr", f.services.users.find(name).orElseThrow().uiLocale());
        assertTrue(signedIn(name, "first password").get("/editor").body().contains("<h1>Tableau de bord</h1>"), "kept for the next sign-in");

        assertEquals(303, c.submit("/editor/account", form("uiLocale", "pl")).statusCode());
        assertTrue(c.get("/editor").body().contains("<h1>" + texts.text("pl", "dashboard.title") + "</h1>"));
        assertEquals(303, c.submit("/editor/account", form("uiLocale", "xx")).statusCode());
        assertEquals("pl", f.services.users.find(name).orElseThrow().uiLocale(), "a language the site does not have is ignored");
    }

    @Test
    void after_signing_out_the_session_cookie_no_longer_opens_the_editor() throws Exception {
        String name = newEditor();
        EditorClient c = f.client();
        HttpResponse<String> in = c.signIn(name, "first password");
        String cookie = c.sessionCookie();
        assertTrue(sessionCookie(in).startsWith(EditorSessions.COOKIE + "=" + cookie));
        assertEquals(200, withCookie(cookie).statusCode(), "the cookie works before");

        assertEquals(403, c.post("/editor/logout", form("_csrf", "forged")).statusCode(), "a forged sign-out is refused");
        assertEquals(200, withCookie(cookie).statusCode());

        HttpResponse<String> out = c.submit("/editor/logout", form());
        assertEquals(303, out.statusCode());
        assertEquals("/editor/login", EditorClient.location(out));
        String cleared = sessionCookie(out);
        assertTrue(cleared.contains("Max-Age=0") || cleared.contains("Expires="), cleared);
        HttpResponse<String> replayed = withCookie(cookie);
        assertEquals(303, replayed.statusCode(), "the old cookie no longer works, even sent again by hand");
        assertTrue(EditorClient.location(replayed).startsWith("/editor/login"));
    }

    @Test
    void the_session_cookie_is_secure_when_the_request_came_over_https_through_a_proxy() throws Exception {
        String name = newEditor();
        String plain = sessionCookie(f.client().signIn(name, "first password"));
        assertFalse(List.of(plain.split(";\\s*")).contains("Secure"), plain);
        String proxied = sessionCookie(f.client().header("X-Forwarded-Proto", "https").signIn(name, "first password"));
        assertTrue(List.of(proxied.split(";\\s*")).contains("Secure"), proxied);
        String standard = sessionCookie(f.client().header("Forwarded", "for=192.0.2.60;proto=https;by=203.0.113.43").signIn(name, "first password"));
        assertTrue(List.of(standard.split(";\\s*")).contains("Secure"), "RFC 7239's header says the same: " + standard);
        for (String cookie : List.of(plain, proxied, standard)) {
            assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/editor"), cookie);
        }
    }
}
