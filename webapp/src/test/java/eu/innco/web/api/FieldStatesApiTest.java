package eu.innco.web.api;

import static eu.innco.web.Http.j;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.security.Role;
import eu.innco.web.Http;
import eu.innco.web.Http.Res;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Per-value translation states over HTTP: shown in the item's locales block, set one by one, refused outside granted locales. */
class FieldStatesApiTest {
    static final String ITEMS = "/.rest/authoring/v1/items/";
    static InncoServer server;
    static Http admin, polish;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        Http anonymous = new Http(server.uri());
        admin = anonymous.admin();
        server.services().users.create("ola", "translator password", Set.of(Role.TRANSLATOR), "", Set.of("pl"), false);
        polish = anonymous.as("ola", "translator password");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String event(String en, String pl) {
        Res r = admin.post(ITEMS + "event", j("{'properties': {'kind': 'seminar', 'title': {'en': '" + en + "', 'pl': '" + pl + "'},"
                + " 'summary': {'en': 'Two days.', 'pl': 'Dwa dni.'}}, 'locales': {'pl': {'translation': 'reviewed'}}}"));
        assertEquals(201, r.status(), r.body());
        return ITEMS + "event/" + r.json().path("id").asText();
    }

    @Test
    void editing_one_value_drafts_that_value_and_the_locale_shows_the_lowest_state() {
        String url = event("Seminar in Lyon", "Seminarium w Lyonie");
        Res edited = polish.patch(url, j("{'properties': {'summary': {'pl': 'Dwa dni w Lyonie.'}}}"), "If-Match", admin.get(url).header("ETag"));
        assertEquals(200, edited.status(), edited.body());
        JsonNode pl = edited.json().path("locales").path("pl");
        assertEquals("draft", pl.path("translation").asText());
        assertEquals("draft", pl.path("fields").path("summary").path("state").asText(), pl.toString());
        assertEquals("reviewed", pl.path("fields").path("title").path("state").asText(), pl.toString());
        assertFalse(pl.path("fields").path("title").path("outdated").asBoolean());
        assertEquals("missing", admin.get(url).json().path("locales").path("fr").path("fields").path("title").path("state").asText(),
                "a value the source has and the locale lacks is missing");
    }

    @Test
    void one_values_state_is_set_through_the_locales_map_and_outdated_is_per_value() {
        String url = event("Study visit", "Wizyta studyjna");
        Res moved = admin.patch(url, j("{'properties': {'title': {'en': 'Study visit to Nicosia'}}}"), "If-Match", admin.get(url).header("ETag"));
        JsonNode pl = moved.json().path("locales").path("pl");
        assertTrue(pl.path("fields").path("title").path("outdated").asBoolean(), pl.toString());
        assertFalse(pl.path("fields").path("summary").path("outdated").asBoolean(), pl.toString());
        Res marked = polish.patch(url, j("{'locales': {'pl': {'fields': {'title': 'translated'}}}}"), "If-Match", moved.header("ETag"));
        assertEquals(200, marked.status(), marked.body());
        pl = marked.json().path("locales").path("pl");
        assertEquals("translated", pl.path("fields").path("title").path("state").asText());
        assertFalse(pl.path("fields").path("title").path("outdated").asBoolean(), "marking a value takes its new source");
        assertEquals("translated", pl.path("translation").asText());
        assertFalse(pl.path("outdated").asBoolean(), pl.toString());
    }

    @Test
    void a_translator_is_refused_outside_granted_locales_and_unknown_paths_and_states_are_named() {
        String url = event("Webinar", "Webinarium");
        admin.patch(url, j("{'properties': {'title': {'fr': 'Webinaire'}}}"), "If-Match", admin.get(url).header("ETag"));
        String etag = admin.get(url).header("ETag");
        Res refused = polish.patch(url, j("{'locales': {'fr': {'fields': {'title': 'reviewed'}}}}"), "If-Match", etag);
        assertEquals(403, refused.status(), refused.body());
        assertEquals("application/problem+json", refused.contentType());

        Res bad = polish.patch(url, j("{'locales': {'pl': {'fields': {'subtitle': 'reviewed', 'title': 'finished'}}}}"), "If-Match", etag);
        assertEquals(400, bad.status(), bad.body());
        assertEquals("application/problem+json", bad.contentType());
        Set<String> paths = new TreeSet<>();
        bad.json().path("errors").forEach(e -> paths.add(e.path("path").asText()));
        assertEquals(Set.of("locales.pl.fields.subtitle", "locales.pl.fields.title"), paths, bad.body());
        assertEquals("draft", admin.get(url).json().path("locales").path("fr").path("fields").path("title").path("state").asText());
    }
    @Test
    void xliff_segments_carry_each_values_state_out_and_back_in() {
        String url = event("Training week", "Tydzień szkoleń");
        Res drafted = admin.patch(url, j("{'locales': {'pl': {'fields': {'summary': 'draft'}}}}"), "If-Match", admin.get(url).header("ETag"));
        assertEquals(200, drafted.status(), drafted.body());
        String id = url.substring(url.lastIndexOf('/') + 1);
        String all = polish.get("/.rest/authoring/v1/translations/export?locale=pl&type=event&states=draft,translated,reviewed&items=" + id).body();
        assertTrue(all.matches("(?s).*<unit id=\"title\"[^>]*>.*?<segment id=\"s1\" state=\"reviewed\".*"), all);
        assertTrue(all.matches("(?s).*<unit id=\"summary\"[^>]*>.*?<segment id=\"s1\" state=\"initial\" subState=\"innco:draft\".*"), all);

        Res drafts = polish.get("/.rest/authoring/v1/translations/export?locale=pl&type=event&states=draft&items=" + id);
        assertEquals("1", drafts.header("X-Innco-Units"), "only the draft value");
        Res imported = polish.send("POST", "/.rest/authoring/v1/translations/import",
                drafts.body().replace("state=\"initial\"", "state=\"translated\""), "application/xliff+xml");
        assertEquals(200, imported.status(), imported.body());
        assertEquals("applied", imported.json().path("units").get(0).path("outcome").asText(), imported.body());
        assertEquals("translated", imported.json().path("units").get(0).path("state").asText());
        JsonNode pl = admin.get(url).json().path("locales").path("pl");
        assertEquals("translated", pl.path("fields").path("summary").path("state").asText(), pl.toString());
        assertEquals("reviewed", pl.path("fields").path("title").path("state").asText(), "a value not in the file keeps its state");
        assertEquals("translated", pl.path("translation").asText());
    }
}
