package eu.innco.web.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.security.Actor;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A draft in the portal's look for signed-in editors: banner, never cached, never indexed, never public. */
class PortalPreviewTest {
    static InncoServer server;
    static String draft;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        draft = server.services().content.create(Actor.SYSTEM, "caseStudy", new ObjectMapper().readTree("""
                {"properties": {"title": {"en": "A draft about a shared van", "fr": "Un brouillon sur une camionnette partagée"},
                 "summary": {"fr": "Trois associations partagent une camionnette."}, "country": "BE"}}""")).id();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void an_editor_sees_the_draft_in_the_portals_look_with_a_banner() throws Exception {
        EditorClient admin = new EditorClient(server.uri());
        admin.signIn("admin", TestServer.ADMIN_PASSWORD);
        HttpResponse<String> r = admin.get("/editor/content/caseStudy/" + draft + "/preview?lang=fr");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("<html lang=\"fr\""));
        assertTrue(r.body().contains("class=\"preview-banner\""), "a visible preview banner");
        assertTrue(r.body().contains("<h1>Un brouillon sur une camionnette partagée</h1>"));
        assertTrue(r.body().contains("<meta name=\"robots\" content=\"noindex, nofollow\">"));
        assertEquals("noindex, nofollow", r.headers().firstValue("X-Robots-Tag").orElse(""));
        assertTrue(r.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        HttpResponse<String> english = admin.get("/editor/content/caseStudy/" + draft + "/preview?lang=en");
        assertTrue(english.body().contains("<h1>A draft about a shared van</h1>"));
    }

    @Test
    void the_draft_never_reaches_the_public_portal() {
        Http http = new Http(server.uri());
        String name = server.services().content.get(Actor.SYSTEM, "caseStudy", draft).name();
        assertEquals(404, http.get("/fr/case-studies/" + name, "Accept", "text/html").status());
        assertEquals(404, http.get("/en/case-studies/" + name, "Accept", "text/html").status());
    }

    @Test
    void visitors_who_are_not_signed_in_are_sent_to_the_login() throws Exception {
        HttpResponse<String> r = new EditorClient(server.uri()).get("/editor/content/caseStudy/" + draft + "/preview?lang=fr");
        assertEquals(303, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").contains("/editor/login?next="));
    }

    @Test
    void a_type_without_a_portal_page_has_no_preview_and_a_campaign_draft_has_its_page() throws Exception {
        String campaign = server.services().content.create(Actor.SYSTEM, "campaign",
                new ObjectMapper().readTree("{\"properties\": {\"name\": \"Spreading the model\", \"title\": {\"en\": \"Work better together\"}}}")).id();
        String asset = server.services().content.create(Actor.SYSTEM, "asset",
                new ObjectMapper().readTree("{\"properties\": {\"title\": {\"en\": \"A file\"}}}")).id();
        EditorClient admin = new EditorClient(server.uri());
        admin.signIn("admin", TestServer.ADMIN_PASSWORD);
        HttpResponse<String> page = admin.get("/editor/content/campaign/" + campaign + "/preview?lang=en");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<h1>Work better together</h1>"), "the campaign page, from the draft");
        assertEquals(404, admin.get("/editor/content/asset/" + asset + "/preview?lang=en").statusCode());
    }
}
