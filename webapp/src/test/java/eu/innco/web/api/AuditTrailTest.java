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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit trail of each action, read back over HTTP: who, which item, which locales, which version; and its pages. */
class AuditTrailTest {
    static final String API = "/.rest/authoring/v1/";
    static InncoServer server;
    static Http admin;
    static Http pia;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        admin = new Http(server.uri()).admin();
        server.services().users.create("pia", "publisher password", Set.of(Role.PUBLISHER), "", Set.of(), false);
        server.services().users.create("paul", "pager password", Set.of(Role.PUBLISHER), "", Set.of(), false);
        pia = new Http(server.uri()).as("pia", "publisher password");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String create(Http as, String type, String properties) {
        Res r = as.post(API + "items/" + type, j("{'properties': " + properties + "}"));
        assertEquals(201, r.status(), r.body());
        return r.json().path("id").asText();
    }

    /** The entries about an item, newest first. */
    static JsonNode trail(String id) {
        return admin.get(API + "audit?item=" + id + "&limit=100").json().path("entries");
    }

    static JsonNode newest(String id, String action) {
        for (JsonNode e : trail(id)) if (e.path("action").asText().equals(action)) return e;
        throw new AssertionError("no '" + action + "' entry for " + id + ": " + trail(id));
    }

    static List<String> actions(JsonNode entries) {
        List<String> out = new ArrayList<>();
        entries.forEach(e -> out.add(e.path("action").asText()));
        return out;
    }

    @Test
    void update_schedule_version_restore_and_delete_each_record_who_which_item_locales_and_version() {
        String id = create(pia, "organisation", "{'name': 'Trail Coop', 'country': 'IT', 'city': 'Torino'}");
        String path = "/organisations/trail-coop";
        Res patched = pia.patch(API + "items/organisation/" + id, j("{'properties': {'description': {'it': '<p>Cooperativa</p>'}}}"), "If-Match", "*");
        assertEquals(200, patched.status(), patched.body());
        JsonNode update = newest(id, "update");
        assertEquals("pia", update.path("user").asText());
        assertEquals("organisation", update.path("type").asText());
        assertEquals(path, update.path("path").asText());
        assertTrue(update.path("locales").toString().contains("\"it\""), update.toString());

        Res scheduled = pia.post(API + "items/organisation/" + id + "/schedule", j("{'action': 'publish', 'at': '2099-03-01T08:00:00Z', 'locales': ['it', 'en']}"));
        assertEquals(201, scheduled.status(), scheduled.body());
        JsonNode schedule = newest(id, "schedule");
        assertEquals(List.of("pia", id, "[\"it\",\"en\"]"), List.of(schedule.path("user").asText(), schedule.path("item").asText(),
                schedule.path("locales").toString()));
        assertTrue(schedule.path("detail").asText().contains("publish at 2099-03-01T08:00"), schedule.toString());
        admin.delete(API + "schedules/" + scheduled.json().path("id").asText());
        assertEquals("admin", newest(id, "schedule-cancel").path("user").asText());

        assertEquals(200, pia.post(API + "items/organisation/" + id + "/publish", j("{'locales': ['en', 'it']}")).status());
        assertEquals(1, newest(id, "publish").path("version").asInt());
        pia.patch(API + "items/organisation/" + id, j("{'properties': {'city': 'Milano'}}"), "If-Match", "*");
        assertEquals(201, pia.post(API + "items/organisation/" + id + "/versions", j("{'comment': 'moved to Milan'}")).status());
        JsonNode saved = newest(id, "version");
        assertEquals(List.of("pia", "2", "moved to Milan"), List.of(saved.path("user").asText(), saved.path("version").asText(),
                saved.path("detail").asText()));
        assertEquals(200, admin.post(API + "items/organisation/" + id + "/versions/1/restore", "").status());
        JsonNode restore = newest(id, "restore");
        assertEquals(List.of("admin", id, path, "1"), List.of(restore.path("user").asText(), restore.path("item").asText(),
                restore.path("path").asText(), restore.path("version").asText()));

        assertEquals(204, pia.delete(API + "items/organisation/" + id, "If-Match", "*").status());
        JsonNode trail = trail(id);
        assertEquals(List.of("delete", "unpublish"), actions(trail).subList(0, 2), "a delete unpublishes first, in the same commit");
        assertEquals(List.of("pia", id, path), List.of(trail.get(0).path("user").asText(), trail.get(0).path("item").asText(),
                trail.get(0).path("path").asText()));
        assertEquals("[\"en\",\"it\"]", trail.get(1).path("locales").toString(), "the locales taken offline");
        assertEquals(List.of("delete", "unpublish", "restore", "update", "version", "update", "publish", "schedule-cancel", "schedule",
                "update", "create"), actions(trail), "every action, newest first; a restore is also an update of the working copy");
    }

    @Test
    void a_release_records_its_preparation_publication_and_cancellation_with_every_item_and_locale() {
        String a = create(admin, "caseStudy", "{'title': {'en': 'Trail A', 'fr': 'Piste A'}}");
        String b = create(admin, "caseStudy", "{'title': {'en': 'Trail B', 'pl': 'Szlak B'}}");
        Res created = pia.post(API + "releases", j("{'name': 'Audited launch', 'items': [{'type': 'caseStudy', 'id': '" + a
                + "', 'locales': ['en', 'fr']}, {'type': 'caseStudy', 'id': '" + b + "', 'locales': ['pl']}]}"));
        assertEquals(201, created.status(), created.body());
        String release = created.json().path("id").asText();
        JsonNode prepared = newest(release, "release");
        assertEquals("pia", prepared.path("user").asText());
        assertEquals("[\"en\",\"fr\",\"pl\"]", prepared.path("locales").toString());
        assertEquals(2, prepared.path("items").size());

        assertEquals(200, pia.post(API + "releases/" + release + "/publish", "").status());
        JsonNode published = newest(release, "release-publish");
        assertEquals(List.of("pia", release, "[\"en\",\"fr\",\"pl\"]"), List.of(published.path("user").asText(),
                published.path("item").asText(), published.path("locales").toString()));
        assertTrue(published.path("detail").asText().contains("Audited launch"), published.toString());
        JsonNode items = published.path("items");
        assertEquals(List.of(a, b), List.of(items.get(0).path("id").asText(), items.get(1).path("id").asText()));
        assertEquals("[\"en\",\"fr\"]", items.get(0).path("locales").toString());
        assertEquals("[\"pl\"]", items.get(1).path("locales").toString());
        assertEquals("caseStudy", items.get(1).path("type").asText());
        assertEquals(1, items.get(1).path("version").asInt(), "the version each item's publication made");
        assertTrue(items.get(0).path("path").asText().startsWith("/caseStudies/"), items.toString());
        assertEquals(List.of("release-publish", "publish", "release", "create"), actions(trail(b)),
                "an item's trail shows the releases that prepared and published it beside its own entries");

        String later = pia.post(API + "releases", j("{'name': 'Never mind', 'at': '2099-01-01T00:00:00Z', 'items': [{'type': 'caseStudy', 'id': '"
                + a + "', 'locales': ['en']}]}")).json().path("id").asText();
        assertTrue(newest(later, "release").path("detail").asText().contains("scheduled 'Never mind'"));
        assertEquals(200, admin.delete(API + "releases/" + later).status());
        JsonNode cancelled = newest(later, "release-cancel");
        assertEquals(List.of("admin", "[\"en\"]", a), List.of(cancelled.path("user").asText(), cancelled.path("locales").toString(),
                cancelled.path("items").get(0).path("id").asText()));
    }

    @Test
    void the_audit_log_is_read_page_by_page_newest_first_without_gaps_or_repeats() {
        Http paul = new Http(server.uri()).as("paul", "pager password");
        for (int i = 0; i < 7; i++) create(paul, "organisation", "{'name': 'Paged " + i + "', 'country': 'CY'}");
        List<String> seen = new ArrayList<>();
        String previous = "9999";
        for (int offset = 0; offset < 9; offset += 3) {
            JsonNode page = admin.get(API + "audit?user=paul&limit=3&offset=" + offset).json();
            assertEquals(7, page.path("total").asInt(), page.toString());
            assertEquals(List.of(offset, 3), List.of(page.path("offset").asInt(), page.path("limit").asInt()));
            assertEquals(offset < 6 ? 3 : 1, page.path("entries").size(), page.toString());
            for (JsonNode e : page.path("entries")) {
                assertEquals("paul", e.path("user").asText());
                assertTrue(e.path("at").asText().compareTo(previous) <= 0, "newest first: " + e.path("at") + " after " + previous);
                previous = e.path("at").asText();
                seen.add(e.path("id").asText());
            }
        }
        assertEquals(7, new HashSet<>(seen).size(), "seven different entries: " + seen);
        assertEquals(0, admin.get(API + "audit?user=paul&offset=7").json().path("entries").size());
        assertEquals(7, admin.get(API + "audit?user=paul&action=create&since=2000-01-01").json().path("total").asInt());
        assertEquals(0, admin.get(API + "audit?user=paul&until=2000-01-01").json().path("total").asInt());
        for (String bad : List.of("limit=0", "limit=501", "offset=-1", "limit=ten", "until=soon")) {
            Res r = admin.get(API + "audit?" + bad);
            assertEquals(400, r.status(), bad);
            assertEquals("application/problem+json", r.contentType(), bad);
        }
    }
}
