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
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Publishing over real HTTP: publish, unpublish, schedule, versions, releases, audit, webhooks. */
class PublishingApiTest {
    static final String API = "/.rest/authoring/v1/";
    static InncoServer server;
    static Http admin;
    static Http anonymous;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        anonymous = new Http(server.uri());
        admin = anonymous.admin();
        server.services().users.create("eddie", "editor password", Set.of(Role.EDITOR), "", Set.of(), false);
        server.services().users.create("petra", "publisher password", Set.of(Role.PUBLISHER), "", Set.of(), false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String create(String type, String properties) {
        Res r = admin.post(API + "items/" + type, j("{'properties': " + properties + "}"));
        assertEquals(201, r.status(), r.body());
        return r.json().path("id").asText();
    }

    static List<String> paths(Res r) {
        List<String> out = new ArrayList<>();
        r.json().path("errors").forEach(e -> out.add(e.path("path").asText()));
        return out;
    }

    @Test
    void publish_and_unpublish_chosen_locales() {
        String id = create("organisation", "{'name': 'Api Org', 'country': 'FR', 'description': {'en': '<p>e</p>', 'fr': '<p>f</p>'}}");
        Res p = admin.post(API + "items/organisation/" + id + "/publish", j("{'locales': ['fr'], 'comment': 'go'}"));
        assertEquals(200, p.status(), p.body());
        assertEquals("[\"fr\"]", p.json().path("items").get(0).path("locales").toString());
        assertEquals(1, p.json().path("items").get(0).path("version").asInt());
        JsonNode item = admin.get(API + "items/organisation/" + id).json();
        assertTrue(item.path("locales").path("fr").path("published").isTextual());
        assertTrue(item.path("locales").path("en").path("published").isNull());
        Res all = admin.post(API + "items/organisation/" + id + "/publish", "");
        assertEquals("[\"en\",\"fr\",\"nl\",\"de\",\"it\",\"pl\",\"el\"]", all.json().path("items").get(0).path("publishedLocales").toString(),
                "no body: every complete locale (an organisation has no required localised value)");
        Res un = admin.post(API + "items/organisation/" + id + "/unpublish", j("{'locales': ['pl', 'el']}"));
        assertEquals(200, un.status(), un.body());
        assertEquals("[\"en\",\"fr\",\"nl\",\"de\",\"it\"]", un.json().path("items").get(0).path("publishedLocales").toString());
        assertEquals(400, admin.post(API + "items/organisation/" + id + "/unpublish", j("{'locales': ['pl']}")).status(), "not published in pl");
        assertEquals(400, admin.post(API + "items/organisation/" + id + "/publish", j("{'locales': 'fr'}")).status());
        assertEquals(400, admin.post(API + "items/organisation/" + id + "/publish", j("{'langs': ['fr']}")).status());
        assertEquals(404, admin.post(API + "items/organisation/00000000-0000-4000-8000-000000000000/publish", "").status());
        assertEquals(403, anonymous.as("eddie", "editor password").post(API + "items/organisation/" + id + "/publish", "").status());
    }

    @Test
    void references_must_be_public_first_or_published_together_and_unpublishing_a_referenced_item_needs_force() {
        String org = create("organisation", "{'name': 'Referenced Org', 'country': 'BE'}");
        String study = create("caseStudy", "{'title': {'en': 'Uses it'}, 'organisations': ['" + org + "']}");
        Res refused = admin.post(API + "items/caseStudy/" + study + "/publish", j("{'locales': ['en']}"));
        assertEquals(400, refused.status());
        assertEquals(List.of("properties.organisations.0"), paths(refused));
        Res together = admin.post(API + "items/caseStudy/" + study + "/publish", j("{'locales': ['en'], 'includeReferences': true}"));
        assertEquals(200, together.status(), together.body());
        assertEquals(2, together.json().path("items").size());
        Res blocked = admin.post(API + "items/organisation/" + org + "/unpublish", "");
        assertEquals(409, blocked.status());
        assertTrue(blocked.body().contains(study), blocked.body());
        assertEquals(409, admin.delete(API + "items/organisation/" + org, "If-Match", "*").status(), "delete unpublishes first, and that is refused too");
        assertEquals(200, admin.post(API + "items/organisation/" + org + "/unpublish", j("{'force': true}")).status());
    }

    @Test
    void a_locale_without_its_required_values_is_refused_naming_them() {
        String study = create("caseStudy", "{'title': {'fr': 'Seulement en français'}}");
        Res r = admin.post(API + "items/caseStudy/" + study + "/publish", j("{'locales': ['fr', 'pl']}"));
        assertEquals(400, r.status());
        assertEquals(List.of("properties.title.pl"), paths(r));
        assertTrue(admin.get(API + "items/caseStudy/" + study).json().path("locales").path("fr").path("published").isNull(), "nothing published");
    }

    @Test
    void schedules_are_listed_and_cancelled() {
        String id = create("organisation", "{'name': 'Scheduled Org', 'country': 'IT'}");
        Res s = admin.post(API + "items/organisation/" + id + "/schedule", j("{'action': 'publish', 'at': '2099-01-01T08:00:00Z', 'locales': ['it']}"));
        assertEquals(201, s.status(), s.body());
        assertEquals("pending", s.json().path("state").asText());
        assertEquals(1, admin.get(API + "items/organisation/" + id + "/schedules").json().path("schedules").size());
        assertEquals(1, admin.get(API + "schedules?item=" + id + "&state=pending").json().path("schedules").size());
        Res bad = admin.post(API + "items/organisation/" + id + "/schedule", j("{'action': 'erase', 'at': 'tomorrow'}"));
        assertEquals(400, bad.status());
        assertEquals(List.of("at"), paths(bad), "the date is checked first, then the action");
        assertEquals("cancelled", admin.delete(API + "schedules/" + s.json().path("id").asText()).json().path("state").asText());
        assertEquals(409, admin.delete(API + "schedules/" + s.json().path("id").asText()).status());
    }

    @Test
    void versions_are_listed_read_compared_and_restored() {
        String id = create("organisation", "{'name': 'Versioned Org', 'country': 'CY', 'city': 'Nicosia'}");
        admin.post(API + "items/organisation/" + id + "/publish", j("{'locales': ['en']}"));
        admin.patch(API + "items/organisation/" + id, j("{'properties': {'city': 'Limassol'}}"), "If-Match", "*");
        assertEquals(201, admin.post(API + "items/organisation/" + id + "/versions", j("{'comment': 'moved'}")).status());
        JsonNode list = admin.get(API + "items/organisation/" + id + "/versions").json().path("versions");
        assertEquals(2, list.get(0).path("version").asInt());
        assertEquals("moved", list.get(0).path("comment").asText());
        assertEquals("Nicosia", admin.get(API + "items/organisation/" + id + "/versions/1").json().path("properties").path("city").asText());
        JsonNode diff = admin.get(API + "items/organisation/" + id + "/versions/compare?from=1&to=2").json();
        assertEquals("[{\"property\":\"city\",\"locale\":null,\"change\":\"changed\"}]", diff.path("changes").toString());
        Res restored = admin.post(API + "items/organisation/" + id + "/versions/1/restore", "");
        assertEquals(200, restored.status(), restored.body());
        assertEquals("Nicosia", restored.json().path("properties").path("city").asText());
        assertEquals(404, admin.get(API + "items/organisation/" + id + "/versions/9").status());
        assertEquals(400, admin.get(API + "items/organisation/" + id + "/versions/compare?from=x").status());
    }

    @Test
    void a_release_with_a_bad_item_publishes_nothing_and_lists_every_problem() {
        String ok = create("caseStudy", "{'title': {'en': 'Release ok', 'fr': 'Sortie ok'}}");
        String bad = create("caseStudy", "{'title': {'en': 'Release bad'}}");
        Res r = admin.post(API + "releases", j("{'name': 'Launch', 'publish': true, 'items': [{'type': 'caseStudy', 'id': '" + ok
                + "', 'locales': ['en', 'fr']}, {'type': 'caseStudy', 'id': '" + bad + "', 'locales': ['en', 'fr']}]}"));
        assertEquals(400, r.status(), r.body());
        assertEquals(List.of("items.1.properties.title.fr"), paths(r));
        assertTrue(admin.get(API + "items/caseStudy/" + ok).json().path("locales").path("en").path("published").isNull());
        Res good = admin.post(API + "releases", j("{'name': 'Launch 2', 'publish': true, 'items': [{'type': 'caseStudy', 'id': '" + ok
                + "', 'locales': ['en', 'fr']}, {'type': 'caseStudy', 'id': '" + bad + "', 'locales': ['en']}]}"));
        assertEquals(201, good.status(), good.body());
        assertEquals("published", good.json().path("state").asText());
        assertTrue(admin.get(API + "releases").json().path("releases").size() >= 2);
        assertEquals(400, admin.post(API + "releases", j("{'name': '', 'items': 'x'}")).status());
    }

    @Test
    void a_publication_marks_the_working_copy_and_the_snapshot_with_magnolias_activation_properties() {
        String id = create("organisation", "{'name': 'Activated Org', 'country': 'NL'}");
        Res p = anonymous.as("petra", "publisher password").post(API + "items/organisation/" + id + "/publish", j("{'locales': ['nl']}"));
        assertEquals(200, p.status(), p.body());
        List<String> marks = server.services().repository.read(s -> {
            javax.jcr.Node working = s.getNodeByIdentifier(id);
            javax.jcr.Node live = s.getNode("/innco:live/organisations/" + id);
            return List.of(working.getProperty("mgnl:lastActivatedBy").getString(), live.getProperty("mgnl:lastActivatedBy").getString(),
                    Boolean.toString(working.getProperty("mgnl:activationStatus").getBoolean()),
                    Boolean.toString(working.hasProperty("mgnl:lastActivated")));
        });
        assertEquals(List.of("petra", "petra", "true", "true"), marks);
        admin.post(API + "items/organisation/" + id + "/publish", j("{'locales': ['en']}"));
        assertEquals("admin", server.services().repository.read(s -> s.getNodeByIdentifier(id).getProperty("mgnl:lastActivatedBy").getString()),
                "the latest publisher");
    }

    @Test
    void a_release_is_refused_while_its_items_refer_to_drafts_listing_every_reference() {
        String orgA = create("organisation", "{'name': 'Draft Partner A', 'country': 'FR'}");
        String orgB = create("organisation", "{'name': 'Draft Partner B', 'country': 'PL'}");
        String first = create("caseStudy", "{'title': {'en': 'Refers to A'}, 'organisations': ['" + orgA + "']}");
        String second = create("caseStudy", "{'title': {'en': 'Refers to A and B'}, 'organisations': ['" + orgA + "', '" + orgB + "']}");
        String items = "'items': [{'type': 'caseStudy', 'id': '" + first + "', 'locales': ['en']}, {'type': 'caseStudy', 'id': '"
                + second + "', 'locales': ['en']}]";
        Res refused = admin.post(API + "releases", j("{'name': 'Too early', 'publish': true, " + items + "}"));
        assertEquals(400, refused.status(), refused.body());
        assertEquals(List.of("items.0.properties.organisations.0", "items.1.properties.organisations.0", "items.1.properties.organisations.1"),
                paths(refused));
        assertTrue(refused.body().contains(orgB), refused.body());
        assertTrue(admin.get(API + "items/caseStudy/" + first).json().path("locales").path("en").path("published").isNull(), "nothing published");
        Res together = admin.post(API + "releases", j("{'name': 'With partners', 'publish': true, 'includeReferences': true, " + items + "}"));
        assertEquals(201, together.status(), together.body());
        assertTrue(admin.get(API + "items/organisation/" + orgB).json().path("locales").path("en").path("published").isTextual());
    }

    @Test
    void the_audit_log_records_actions_refusals_and_failed_sign_ins_and_is_read_by_publishers_only() {
        String id = create("organisation", "{'name': 'Audited Org', 'country': 'PL'}");
        admin.post(API + "items/organisation/" + id + "/publish", j("{'locales': ['pl']}"));
        anonymous.as("mallory", "not the password").get(API + "items/organisation");
        anonymous.as("eddie", "editor password").post(API + "items/organisation/" + id + "/publish", "");
        JsonNode entries = admin.get(API + "audit?item=" + id).json().path("entries");
        assertEquals(List.of("permission-refused", "publish", "create"),
                List.of(entries.get(0).path("action").asText(), entries.get(1).path("action").asText(), entries.get(2).path("action").asText()));
        assertEquals("[\"pl\"]", entries.get(1).path("locales").toString());
        assertEquals("admin", entries.get(1).path("user").asText());
        assertEquals("mallory", admin.get(API + "audit?action=login-failure").json().path("entries").get(0).path("user").asText());
        assertEquals("eddie", admin.get(API + "audit?action=permission-refused").json().path("entries").get(0).path("user").asText());
        assertEquals(403, anonymous.as("eddie", "editor password").get(API + "audit").status());
        assertEquals(400, admin.get(API + "audit?since=yesterday").status());
        assertEquals(405, admin.delete(API + "audit").status(), "append-only: nothing removes entries");
        JsonNode hooks = admin.get(API + "webhooks").json().path("webhooks");
        assertEquals("partner-campaign-tool", hooks.get(0).path("name").asText(), "the light module's example");
        assertEquals(false, hooks.get(0).path("enabled").asBoolean());
        assertTrue(!hooks.toString().contains("secret"), "secrets are never shown");
    }

    @Test
    void the_openapi_document_describes_the_publishing_endpoints() {
        JsonNode paths = anonymous.get("/.rest/openapi.json").json().path("paths");
        for (String p : List.of("/.rest/authoring/v1/items/caseStudy/{id}/publish", "/.rest/authoring/v1/items/caseStudy/{id}/unpublish",
                "/.rest/authoring/v1/items/caseStudy/{id}/schedule", "/.rest/authoring/v1/items/caseStudy/{id}/versions",
                "/.rest/authoring/v1/items/caseStudy/{id}/versions/{version}/restore", "/.rest/authoring/v1/releases",
                "/.rest/authoring/v1/audit", "/.rest/authoring/v1/schedules/{id}")) {
            assertTrue(paths.has(p), p);
        }
    }
}
