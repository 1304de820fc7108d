package eu.innco.web.editor;

import static eu.innco.web.Http.j;
import static eu.innco.web.editor.EditorClient.fields;
import static eu.innco.web.editor.EditorClient.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.ChildServer;
import eu.innco.web.Http;
import eu.innco.web.TestServer;
import java.awt.Color;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The other doors that write, one write each and the kill right after the last answer: an editor
 * session, a form that creates an item, an upload, a new user, an API token. Nothing else writes
 * in between, so before durable writes they all waited for the segment store's next periodic
 * flush and died with the process.
 */
class KillAfterEditorWritesTest {
    static final String API = "/.rest/authoring/v1/";
    static final Map<String, String> ENV = Map.of("INNCO_SCHEDULER", "false");

    @Test
    void what_the_editor_and_the_api_answered_just_before_a_kill_is_there_after_restart(@TempDir Path home) throws Exception {
        String title = "Écrite avant l'arrêt brutal";
        String file = "avant-arret.png";
        String user = "written-before-kill";
        String study;
        String session;
        String token;
        try (ChildServer child = ChildServer.start(home, ENV)) {
            EditorClient editor = new EditorClient(child.uri());
            assertEquals(303, editor.signIn("admin", TestServer.ADMIN_PASSWORD).statusCode());
            HttpResponse<String> created = editor.submit("/editor/content/caseStudy/new", form("_locale", "fr", "p.title.fr", title));
            assertEquals(303, created.statusCode(), EditorClient.summary(created));
            study = EditorClient.location(created).replaceAll("^/editor/content/caseStudy/([^/?]+).*$", "$1");
            HttpResponse<String> uploaded = editor.upload("/editor/assets", form("title", "Carré", "alt", "Un carré rouge"), file,
                    EditorFixture.png(20, 20, Color.RED));
            assertEquals(303, uploaded.statusCode(), EditorClient.summary(uploaded));
            HttpResponse<String> added = editor.submit("/editor/users", fields("username", user, "roles", "admin"));
            assertEquals(303, added.statusCode(), EditorClient.summary(added));
            session = editor.sessionCookie();
            Http.Res issued = new Http(child.uri()).admin().post(API + "tokens", j("{'label': 'last answer before the kill'}"));
            assertEquals(201, issued.status(), issued.body());
            token = issued.json().path("token").asText();
            child.kill();
        }
        try (ChildServer restarted = ChildServer.start(home, ENV)) {
            Http api = new Http(restarted.uri()).bearer(token);
            Http.Res item = api.get(API + "items/caseStudy/" + study);
            assertEquals(200, item.status(), "the token and the item created by the form: " + item.body());
            assertEquals(1, api.get(API + "items/asset?q=" + URLEncoder.encode(file, StandardCharsets.UTF_8)).json().path("total").asInt(),
                    "the uploaded file");
            Http.Res users = new Http(restarted.uri()).get("/editor/users", "Cookie", EditorSessions.COOKIE + "=" + session, "Accept", "text/html");
            assertEquals(200, users.status(), "the editor session outlived the kill");
            assertTrue(users.body().contains(user), "the user added on the Users page");
        }
    }
}
