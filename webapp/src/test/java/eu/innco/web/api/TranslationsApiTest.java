package eu.innco.web.api;

import static eu.innco.web.Http.j;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.security.Role;
import eu.innco.web.Http;
import eu.innco.web.Http.Res;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The translation endpoints over real HTTP: states through the items API, overview, XLIFF out and in, translators' permissions. */
class TranslationsApiTest {
    static final String ITEMS = "/.rest/authoring/v1/items/";
    static final String T = "/.rest/authoring/v1/translations/";
    static InncoServer server;
    static Http anonymous, admin, polish;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        anonymous = new Http(server.uri());
        admin = anonymous.admin();
        server.services().users.create("piotr", "translator password", Set.of(Role.TRANSLATOR), "", Set.of("pl"), false);
        polish = anonymous.as("piotr", "translator password");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode event(String title) {
        Res r = admin.post(ITEMS + "event", j("{'properties': {'kind': 'seminar', 'title': {'en': '" + title + "'},"
                + " 'summary': {'en': '<b>not rich</b> text'}}}"));
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    @Test
    void a_translator_marks_a_state_in_a_granted_locale_through_the_items_locales_map() {
        JsonNode e = event("Multiplier event in Kraków");
        String url = ITEMS + "event/" + e.path("id").asText();
        Res written = polish.patch(url, j("{'properties': {'title': {'pl': 'Wydarzenie upowszechniające w Krakowie'}}}"), "If-Match", admin.get(url).header("ETag"));
        assertEquals(200, written.status(), written.body());
        assertEquals("draft", written.json().path("locales").path("pl").path("translation").asText());
        Res marked = polish.patch(url, j("{'locales': {'pl': {'translation': 'reviewed'}}}"), "If-Match", written.header("ETag"));
        assertEquals("reviewed", marked.json().path("locales").path("pl").path("translation").asText(), marked.body());
        Res refused = polish.patch(url, j("{'locales': {'en': {'translation': 'reviewed'}}}"), "If-Match", marked.header("ETag"));
        assertEquals(403, refused.status(), refused.body());
        Res changed = admin.patch(url, j("{'properties': {'title': {'en': 'Multiplier event in Cracow'}}}"), "If-Match", marked.header("ETag"));
        assertTrue(changed.json().path("locales").path("pl").path("outdated").asBoolean());
        Res outdated = admin.get(ITEMS + "event?locale=pl&translation=outdated");
        assertEquals(1, outdated.json().path("total").asInt(), outdated.body());
        assertEquals(400, admin.get(ITEMS + "event?locale=pl&translation=finished").status());
    }

    @Test
    void the_overview_and_an_items_work_are_read_over_http() {
        JsonNode e = event("Video conference");
        Res overview = polish.get(T + "overview?type=event");
        assertEquals(200, overview.status(), overview.body());
        JsonNode pl = overview.json().path("types").get(0).path("locales").path("pl");
        assertTrue(pl.path("total").asInt() >= 1);
        assertTrue(pl.path("missing").asInt() >= 1);
        Res item = polish.get(T + "items/event/" + e.path("id").asText());
        assertEquals(200, item.status(), item.body());
        JsonNode fields = item.json().path("locales").path("pl").path("fields");
        assertEquals("title", fields.get(0).path("path").asText());
        assertEquals("missing", fields.get(0).path("need").asText());
        assertEquals("Video conference", fields.get(0).path("source").asText());
        assertEquals(401, anonymous.get(T + "overview").status());
        assertEquals(404, admin.get(T + "overview?type=recipe").status());
    }

    @Test
    void a_translator_exports_a_file_translates_it_and_imports_it() {
        JsonNode e = event("Study visit to Nicosia");
        Res export = polish.get(T + "export?locale=pl&type=event&items=" + e.path("id").asText());
        assertEquals(200, export.status(), export.body());
        assertTrue(export.contentType().startsWith("application/xliff+xml"));
        assertTrue(export.header("Content-Disposition").contains("inn-co-en-pl.xlf"));
        assertEquals("2", export.header("X-Innco-Units"));
        String translated = export.body()
                .replace("<source xml:space=\"preserve\">Study visit to Nicosia</source>",
                        "<source xml:space=\"preserve\">Study visit to Nicosia</source><target>Wizyta studyjna w Nikozji</target>")
                .replaceFirst("state=\"initial\"", "state=\"translated\"");
        Res imported = polish.send("POST", T + "import", translated, "application/xliff+xml");
        assertEquals(200, imported.status(), imported.body());
        assertEquals(1, imported.json().path("applied").asInt(), imported.body());
        assertEquals("unchanged", imported.json().path("units").get(1).path("outcome").asText());
        Res read = admin.get(ITEMS + "event/" + e.path("id").asText());
        assertEquals("Wizyta studyjna w Nikozji", read.json().path("properties").path("title").path("pl").asText());
        assertEquals("translated", read.json().path("locales").path("pl").path("translation").asText());
    }

    @Test
    void bad_files_and_bad_parameters_are_4xx_problems_and_other_locales_are_forbidden() {
        Res malformed = polish.send("POST", T + "import", "<xliff><file>", "application/xml");
        assertEquals(400, malformed.status());
        assertEquals("application/problem+json", malformed.contentType());
        assertEquals("INNCO-XLIFF-002", malformed.json().path("code").asText());
        Res xxe = polish.send("POST", T + "import", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
                "application/xml");
        assertEquals("INNCO-XLIFF-003", xxe.json().path("code").asText(), xxe.body());
        Res french = polish.send("POST", T + "import", "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\""
                + " trgLang=\"fr\"><file id=\"f\"><unit id=\"u\"><segment><source>x</source></segment></unit></file></xliff>", "application/xml");
        assertEquals(403, french.status(), french.body());
        Res params = polish.get(T + "export?locale=xx&states=done");
        assertEquals(400, params.status());
        assertEquals(2, params.json().path("errors").size(), params.body());
        assertEquals(204, polish.get(T + "export?locale=pl&type=event&states=reviewed&items=00000000-0000-0000-0000-000000000000").status());
    }

    @Test
    void the_openapi_document_describes_the_translation_endpoints() {
        JsonNode paths = anonymous.get("/.rest/openapi.json").json().path("paths");
        for (String p : new String[] {"overview", "items/{type}/{id}", "export", "import"}) {
            assertTrue(paths.has("/.rest/authoring/v1/translations/" + p), p);
        }
    }

    /** Too large a file had the code of a forbidden character (INNCO-XLIFF-006); it has its own now. */
    @Test
    void a_translation_file_over_the_limit_is_a_413_with_its_own_code() {
        String big = "<xliff>" + " ".repeat(TranslationsResource.MAX_XLIFF_BYTES) + "</xliff>";
        Res r = polish.send("POST", T + "import", big, "application/xml");
        assertEquals(413, r.status(), r.body());
        assertEquals("INNCO-XLIFF-413", r.json().path("code").asText(), r.body());
    }
}
