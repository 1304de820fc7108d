package eu.innco.web.editor;

import static eu.innco.web.editor.EditorClient.fields;
import static eu.innco.web.editor.EditorClient.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.security.Role;
import eu.innco.security.UserAccount;
import eu.innco.web.Http;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The admin's Users page: create, roles, partner and languages, disabling, password resets, API tokens shown once. */
class UserAdminPagesTest {
    private static final Pattern FLASH = Pattern.compile("<p class=\"flash\" role=\"status\">(.*?)</p>", Pattern.DOTALL);
    static EditorFixture f;
    static EditorClient admin;

    @BeforeAll
    static void start() throws Exception {
        f = new EditorFixture();
        admin = f.admin();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    /** The one-shot message of the page the redirect leads to. */
    static String flashAfter(HttpResponse<String> redirect) throws Exception {
        assertEquals(303, redirect.statusCode(), EditorClient.summary(redirect));
        Matcher m = FLASH.matcher(admin.get(EditorClient.location(redirect)).body());
        assertTrue(m.find(), "a message is shown after the redirect");
        return HtmlForms.unescape(m.group(1));
    }

    /** What a message shows "only now": the secret after the last colon. */
    static String secretIn(String message) {
        return message.substring(message.lastIndexOf(": ") + 2).strip();
    }

    static String newUser(String role) {
        String name = EditorFixture.unique("user");
        f.services.users.create(name, "first password", Set.of(Role.parse(role).orElseThrow()), f.partnerA, Set.of("pl"), false);
        return name;
    }

    static int signInStatus(String user, String password) throws Exception {
        return f.client().signIn(user, password).statusCode();
    }

    @Test
    void a_created_user_gets_a_password_shown_once_that_signs_them_in() throws Exception {
        String message = flashAfter(admin.submit("/editor/users", fields("username", "nadia", "roles", "editor", "partner", f.partnerB,
                "locales", "fr", "locales", "pl")));
        String password = secretIn(message);
        assertTrue(message.contains("nadia") && password.length() >= 20, message);
        UserAccount nadia = f.services.users.find("nadia").orElseThrow();
        assertEquals(Set.of(Role.EDITOR), nadia.roles());
        assertEquals(f.partnerB, nadia.partner());
        assertEquals(Set.of("fr", "pl"), nadia.locales());
        assertFalse(admin.get("/editor/users").body().contains(password), "shown once only");
        assertEquals(303, signInStatus("nadia", password));
    }

    @Test
    void a_user_that_cannot_be_created_is_not_created_and_the_page_says_why() throws Exception {
        HttpResponse<String> r = admin.submit("/editor/users", fields("username", "Not A Valid Name", "roles", "editor"));
        assertFalse(flashAfter(r).isBlank());
        assertTrue(f.services.users.all().stream().noneMatch(u -> u.username().contains(" ")));
        String existing = newUser("editor");
        String hash = f.services.users.find(existing).orElseThrow().passwordHash();
        flashAfter(admin.submit("/editor/users", fields("username", existing, "roles", "admin")));
        assertEquals(hash, f.services.users.find(existing).orElseThrow().passwordHash(), "an existing user is not replaced");
        assertEquals(Set.of(Role.EDITOR), f.services.users.find(existing).orElseThrow().roles());
    }

    @Test
    void a_disabled_user_loses_their_session_and_cannot_sign_in_or_use_a_token() throws Exception {
        String name = newUser("editor");
        EditorClient user = f.client();
        user.signIn(name, "first password");
        String token = f.services.tokens.create(name, "script");
        assertEquals(200, user.get("/editor").statusCode());
        flashAfter(admin.submit("/editor/users/" + name, fields("roles", "editor", "partner", f.partnerA, "disabled", "true")));
        assertTrue(f.services.users.find(name).orElseThrow().disabled());
        assertTrue(admin.get("/editor/users").body().contains("<h2 id=\"u-" + name + "\">" + name + " <span class=\"tag warn\">"));
        HttpResponse<String> after = user.get("/editor");
        assertEquals(303, after.statusCode());
        assertTrue(EditorClient.location(after).startsWith("/editor/login"));
        assertEquals(401, signInStatus(name, "first password"));
        assertEquals(401, new Http(f.server.uri()).bearer(token).get("/.rest/authoring/v1/items/caseStudy").status());

        flashAfter(admin.submit("/editor/users/" + name, fields("roles", "editor", "partner", f.partnerA)));
        assertEquals(303, signInStatus(name, "first password"), "enabled again");
    }

    @Test
    void a_password_reset_shows_a_new_password_once_and_ends_the_old_one_and_its_sessions() throws Exception {
        String name = newUser("translator");
        EditorClient user = f.client();
        user.signIn(name, "first password");
        String message = flashAfter(admin.submit("/editor/users/" + name, form("action", "reset")));
        String password = secretIn(message);
        assertTrue(message.contains(name), message);
        assertFalse(admin.get("/editor/users").body().contains(password), "shown once only");
        assertEquals(303, user.get("/editor").statusCode(), "the old session ended");
        assertEquals(401, signInStatus(name, "first password"));
        assertEquals(303, signInStatus(name, password));
    }

    @Test
    void roles_partner_and_languages_are_saved_shown_and_take_effect_at_once() throws Exception {
        String name = newUser("translator");
        EditorClient user = f.client();
        user.signIn(name, "first password");
        assertEquals(403, user.get("/editor/content/caseStudy/new").statusCode(), "translators do not create items");
        flashAfter(admin.submit("/editor/users/" + name, fields("roles", "editor", "roles", "translator", "partner", f.partnerB,
                "locales", "de", "locales", "it", "allContent", "true")));
        UserAccount u = f.services.users.find(name).orElseThrow();
        assertEquals(Set.of(Role.EDITOR, Role.TRANSLATOR), u.roles());
        assertEquals(f.partnerB, u.partner());
        assertEquals(Set.of("de", "it"), u.locales());
        assertTrue(u.allContent());
        List<Map.Entry<String, String>> shown = HtmlForms.fields(admin.get("/editor/users").body(), "/editor/users/" + name);
        assertTrue(shown.containsAll(fields("roles", "editor", "roles", "translator", "partner", f.partnerB, "locales", "de", "locales", "it",
                "allContent", "true")), shown.toString());
        assertFalse(shown.contains(Map.entry("roles", "admin")));
        assertEquals(200, user.get("/editor/content/caseStudy/new").statusCode(), "the same session may now create items");
    }

    @Test
    void an_admin_cannot_disable_themselves_or_drop_their_own_admin_role() throws Exception {
        assertFalse(flashAfter(admin.submit("/editor/users/admin", fields("roles", "admin", "disabled", "true"))).isBlank());
        assertFalse(f.services.users.find("admin").orElseThrow().disabled());
        flashAfter(admin.submit("/editor/users/admin", fields("roles", "editor")));
        assertTrue(f.services.users.find("admin").orElseThrow().roles().contains(Role.ADMIN));
        assertEquals(200, admin.get("/editor/users").statusCode());
    }

    @Test
    void saving_a_user_without_any_role_is_refused() throws Exception {
        String name = newUser("editor");
        HttpResponse<String> r = admin.submit("/editor/users/" + name, fields("partner", f.partnerA, "locales", "fr"));
        assertEquals(400, r.statusCode(), EditorClient.summary(r));
        assertEquals(Set.of(Role.EDITOR), f.services.users.find(name).orElseThrow().roles(), "a user always keeps a role");
    }

    @Test
    void an_api_token_is_shown_once_works_and_stops_working_once_revoked() throws Exception {
        String name = newUser("editor");
        String message = flashAfter(admin.submit("/editor/users/" + name, form("action", "token", "label", "Sync script")));
        String token = secretIn(message);
        assertTrue(token.startsWith("innco_"), message);
        Http api = new Http(f.server.uri()).bearer(token);
        assertEquals(200, api.get("/.rest/authoring/v1/items/caseStudy").status(), "the token acts as its user");
        String page = admin.get("/editor/users").body();
        // innco_<12 hex id>_<secret>: the secret's base64url may itself hold '_'
        assertFalse(page.contains(token.split("_", 3)[2]), "the secret is shown once only");
        String id = f.services.tokens.list(name).get(0).id();
        assertTrue(page.contains("Sync script (" + id + ","), "listed by label and id");

        flashAfter(admin.submit("/editor/users/" + name, form("action", "revoke", "token", id)));
        assertEquals(401, api.get("/.rest/authoring/v1/items/caseStudy").status());
        assertFalse(admin.get("/editor/users").body().contains("Sync script"));
        HttpResponse<String> again = admin.submit("/editor/users/" + name, form("action", "revoke", "token", id));
        assertEquals(404, again.statusCode(), "an unknown token is a 404, never a 5xx");
    }
}
