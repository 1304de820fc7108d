package eu.innco.web.delivery;

import static eu.innco.web.Http.j;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.content.ContentItem;
import eu.innco.TestClock;
import eu.innco.web.Http;
import eu.innco.web.Http.Res;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Preview: the delivery shape from working copies, for users and for read-only, expiring, revocable preview tokens. */
class PreviewApiTest {
    static final String P = "/.rest/preview/";
    static final String TOKENS = "/.rest/authoring/v1/preview-tokens";
    static final TestClock CLOCK = TestClock.atNow();
    static InncoServer server;
    static Http anonymous;
    static Http admin;
    static ContentItem draft;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(java.util.Map.of(), CLOCK);
        anonymous = new Http(server.uri());
        admin = anonymous.admin();
        draft = new Published(server).create("caseStudy", "{'title': {'en': 'Draft kitchen', 'fr': 'Cuisine en brouillon'}, 'country': 'FR'}");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode token(long ttlSeconds) {
        Res r = admin.post(TOKENS, j("{'label': 'for the partners', 'ttlSeconds': " + ttlSeconds + "}"));
        assertEquals(201, r.status(), r.body());
        assertEquals("no-store", r.header("Cache-Control"));
        return r.json();
    }

    @Test
    void an_authenticated_user_previews_a_draft_in_the_delivery_shape() {
        Res r = admin.get(P + "caseStudies/" + draft.name() + "?lang=fr");
        assertEquals(200, r.status(), r.body());
        assertEquals("Cuisine en brouillon", r.json().path("title").asText());
        assertEquals("fr", r.json().path("@locale").asText());
        assertEquals("innco:caseStudy", r.json().path("@nodeType").asText());
        assertEquals("private, no-store", r.header("Cache-Control"));
        Res nl = admin.get(P + "caseStudies/" + draft.name() + "?lang=nl");
        assertEquals("fr", nl.json().path("@locale").asText(), nl.body());
        assertEquals("fr", nl.header("Content-Language"), "the locale the values came from, as delivery says it");
        Res pl = admin.get(P + "caseStudies@" + draft.id() + "?lang=pl");
        assertEquals("Draft kitchen", pl.json().path("title").asText(), pl.body());
        assertEquals("en", pl.header("Content-Language"), "an English fallback is never labelled pl");
        assertEquals("nl", admin.get(P + "caseStudies?lang=nl").header("Content-Language"), "a list: the resolved locale");
        assertEquals("en, fr, nl, de, it, pl, el", admin.get(P + "caseStudies?lang=all").header("Content-Language"));
        Res badLang = admin.get(P + "caseStudies/" + draft.name() + "?lang=es");
        assertEquals(400, badLang.status(), badLang.body());
        assertEquals("lang", badLang.json().path("errors").get(0).path("path").asText(), badLang.body());
        assertEquals(200, admin.get(P + "caseStudies@" + draft.id()).status());
        Res list = admin.get(P + "caseStudies?country=FR&orderBy=title");
        assertEquals(1, list.json().path("total").asInt(), list.body());
        assertEquals(404, anonymous.get("/.rest/delivery/caseStudies/" + draft.name()).status(), "never public");
    }

    @Test
    void preview_without_credentials_is_a_401() {
        assertEquals(401, anonymous.get(P + "caseStudies/" + draft.name()).status());
        assertEquals(401, anonymous.get(P + "caseStudies?previewToken=innco-preview_000000000000_nope").status());
        assertEquals(401, anonymous.bearer("innco-preview_abc").get(P + "caseStudies").status());
    }

    @Test
    void a_preview_token_reads_the_preview_and_nothing_else() {
        JsonNode t = token(3600);
        String token = t.path("token").asText();
        assertTrue(token.startsWith("innco-preview_"));
        assertEquals(200, anonymous.bearer(token).get(P + "caseStudies/" + draft.name()).status());
        assertEquals(200, anonymous.get(P + "caseStudies/" + draft.name() + "?previewToken=" + token).status());
        assertEquals(401, anonymous.bearer(token).get("/.rest/authoring/v1/items/caseStudy").status(), "not an API token");
        assertEquals(401, anonymous.bearer(token).post("/.rest/authoring/v1/items/caseStudy", "{}").status());
        int write = anonymous.bearer(token).send("DELETE", P + "caseStudies/" + draft.name(), null, null).status();
        assertTrue(write == 403 || write == 405, "read-only: " + write);
    }

    @Test
    void a_preview_token_expires_and_can_be_revoked() throws Exception {
        JsonNode shortLived = token(1);
        CLOCK.pass(java.time.Duration.ofSeconds(2));
        assertEquals(401, anonymous.bearer(shortLived.path("token").asText()).get(P + "caseStudies").status(), "expired");
        JsonNode t = token(3600);
        Http holder = anonymous.bearer(t.path("token").asText());
        assertEquals(200, holder.get(P + "caseStudies").status());
        Res listed = admin.get(TOKENS);
        assertTrue(listed.body().contains(t.path("id").asText()));
        assertTrue(!listed.body().contains(t.path("token").asText()), "the secret is never listed");
        assertEquals(204, admin.delete(TOKENS + "/" + t.path("id").asText()).status());
        assertEquals(401, holder.get(P + "caseStudies").status(), "revoked");
        assertEquals(404, admin.delete(TOKENS + "/" + t.path("id").asText()).status());
    }

    @Test
    void a_bad_ttl_is_a_400_and_creating_needs_credentials() {
        assertEquals(400, admin.post(TOKENS, j("{'ttlSeconds': 0}")).status());
        assertEquals(400, admin.post(TOKENS, j("{'ttlSeconds': 99999999}")).status());
        assertEquals(400, admin.post(TOKENS, j("{'ttlSeconds': 'soon'}")).status());
        assertEquals(401, anonymous.post(TOKENS, j("{'ttlSeconds': 60}")).status());
    }
}
