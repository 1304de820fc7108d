package eu.innco.web.api;

import static eu.innco.web.Http.j;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.web.Http;
import eu.innco.web.Http.Res;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The authoring API over real HTTP: the calls of API.md and their errors. */
class AuthoringApiTest {
    static final String ITEMS = "/.rest/authoring/v1/items/";
    static InncoServer server;
    static Http anonymous;
    static Http admin;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        anonymous = new Http(server.uri());
        admin = anonymous.admin();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode createOrganisation(String name) {
        Res r = admin.post(ITEMS + "organisation", j("{'properties': {'name': '" + name + "', 'country': 'FR',"
                + " 'location': {'lat': 45.764, 'lon': 4.8357}, 'description': {'en': '<p>A hive</p>', 'fr': '<p>Une ruche</p>'}}}"));
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    static List<String> paths(Res r) {
        List<String> out = new ArrayList<>();
        r.json().path("errors").forEach(e -> out.add(e.path("path").asText()));
        return out;
    }

    @Test
    void an_organisation_and_a_case_study_referencing_it_are_created_and_read_back() {
        JsonNode org = createOrganisation("La Ruche");
        String id = org.path("id").asText();
        assertEquals("la-ruche", org.path("name").asText());
        Res study = admin.post(ITEMS + "caseStudy", j("{'properties': {'title': {'fr': 'Cuisine partagée'}, 'organisations': ['" + id + "']}}"));
        assertEquals(201, study.status(), study.body());
        assertTrue(study.header("Location").endsWith(ITEMS + "caseStudy/" + study.json().path("id").asText()));
        assertNotNull(study.header("ETag"));
        Res read = admin.get(ITEMS + "caseStudy/" + study.json().path("id").asText());
        assertEquals(200, read.status());
        assertEquals(id, read.json().path("properties").path("organisations").get(0).asText());
        assertEquals("Cuisine partagée", read.json().path("properties").path("title").path("fr").asText());
        assertEquals("fr", read.json().path("sourceLocale").asText());
        assertEquals("draft", read.json().path("locales").path("fr").path("translation").asText());
        assertEquals("missing", read.json().path("locales").path("en").path("translation").asText());
        assertEquals(study.header("ETag"), read.header("ETag"));
    }

    @Test
    void updates_need_the_current_etag_428_without_412_when_stale() {
        JsonNode org = createOrganisation("Etag Coop");
        String url = ITEMS + "organisation/" + org.path("id").asText();
        String etag = admin.get(url).header("ETag");
        String body = j("{'properties': {'name': 'Etag Coop', 'country': 'BE'}}");
        assertEquals(428, admin.put(url, body).status());
        Res ok = admin.put(url, body, "If-Match", etag);
        assertEquals(200, ok.status(), ok.body());
        assertEquals("BE", ok.json().path("properties").path("country").asText());
        Res stale = admin.put(url, body, "If-Match", etag);
        assertEquals(412, stale.status());
        assertEquals("application/problem+json", stale.contentType());
        Res patched = admin.patch(url, j("{'properties': {'city': 'Liège'}}"), "If-Match", ok.header("ETag"));
        assertEquals(200, patched.status(), patched.body());
        assertEquals("Liège", patched.json().path("properties").path("city").asText());
        assertEquals("BE", patched.json().path("properties").path("country").asText(), "merge patch keeps the rest");
        assertEquals(412, admin.delete(url, "If-Match", etag).status());
        assertEquals(204, admin.delete(url, "If-Match", patched.header("ETag")).status());
        assertEquals(404, admin.get(url).status());
    }

    @Test
    void invalid_values_give_400_with_one_error_per_broken_rule_and_nothing_is_written() {
        int before = admin.get(ITEMS + "organisation?limit=200").json().path("total").asInt();
        Res r = admin.post(ITEMS + "organisation", j("{'properties': {'name': 'Bad', 'country': 'France',"
                + " 'location': {'lat': 91, 'lon': 4}, 'email': 'nope', 'description': {'fr': 42}, 'logo': 'x', 'colour': 'red'}}"));
        assertEquals(400, r.status());
        assertEquals("application/problem+json", r.contentType());
        assertEquals(List.of("properties.colour", "properties.country", "properties.description.fr", "properties.email",
                "properties.location.lat", "properties.logo"), paths(r).stream().sorted().toList(), r.body());
        assertEquals(before, admin.get(ITEMS + "organisation?limit=200").json().path("total").asInt());
        Res date = admin.post(ITEMS + "caseStudy", j("{'properties': {'title': {'en': 'T'}, 'publicationDate': '31/12/2022'}}"));
        assertEquals(List.of("properties.publicationDate"), paths(date));
        Res wrongType = admin.post(ITEMS + "caseStudy", j("{'properties': {'title': 'not localised', 'demo': 'yes'}}"));
        assertEquals(List.of("properties.demo", "properties.title"), paths(wrongType).stream().sorted().toList());
    }

    @Test
    void a_multiple_field_needs_a_list_and_a_reference_an_existing_item_of_its_type_each_named_by_path() {
        String org = createOrganisation("Referenced Twice").path("id").asText();
        Res notAList = admin.post(ITEMS + "caseStudy", j("{'properties': {'title': {'en': 'T'}, 'organisations': '" + org + "'}}"));
        assertEquals(400, notAList.status(), notAList.body());
        assertEquals(List.of("properties.organisations"), paths(notAList));
        Res missing = admin.post(ITEMS + "caseStudy", j("{'properties': {'title': {'en': 'T'}, 'organisations': ['" + org
                + "', '00000000-0000-4000-8000-000000000000']}}"));
        assertEquals(400, missing.status(), missing.body());
        assertEquals(List.of("properties.organisations.1"), paths(missing));
        assertEquals("application/problem+json", missing.contentType());
    }

    @Test
    void the_list_filters_by_text_and_by_publication_status() {
        String alpha = admin.post(ITEMS + "organisation", j("{'properties': {'name': 'Zqx Alpha', 'country': 'FR',"
                + " 'description': {'en': '<p>Sourdough bakery</p>'}}}")).json().path("id").asText();
        createOrganisation("Zqx Beta");
        createOrganisation("Zqx Gamma");
        assertEquals(List.of("zqx-alpha", "zqx-beta", "zqx-gamma"), names(ITEMS + "organisation?q=zqx"));
        assertEquals(List.of("zqx-alpha"), names(ITEMS + "organisation?q=SOURDOUGH"), "text values count, in any case");
        assertEquals(200, admin.post("/.rest/authoring/v1/items/organisation/" + alpha + "/publish", j("{'locales': ['en']}")).status());
        assertEquals(List.of("zqx-alpha"), names(ITEMS + "organisation?q=zqx&status=published"));
        assertEquals(List.of("zqx-beta", "zqx-gamma"), names(ITEMS + "organisation?q=zqx&status=draft"));
        assertEquals(List.of(), names(ITEMS + "organisation?q=zqx&status=modified"));
        admin.patch(ITEMS + "organisation/" + alpha, j("{'properties': {'city': 'Lyon'}}"), "If-Match", "*");
        assertEquals(List.of("zqx-alpha"), names(ITEMS + "organisation?q=zqx&status=modified"));
        assertEquals(List.of(), names(ITEMS + "organisation?q=zqx&status=published"), "edited since: modified, not published");
        Res bad = admin.get(ITEMS + "organisation?status=live");
        assertEquals(400, bad.status());
        assertEquals(List.of("status"), paths(bad));
    }

    static List<String> names(String url) {
        Res r = admin.get(url);
        assertEquals(200, r.status(), r.body());
        List<String> out = new ArrayList<>();
        r.json().path("results").forEach(i -> out.add(i.path("name").asText()));
        return out;
    }

    @Test
    void a_refused_replace_or_merge_patch_writes_nothing() {
        String id = createOrganisation("Unchanged Coop").path("id").asText();
        String url = ITEMS + "organisation/" + id;
        Res before = admin.get(url);
        String etag = before.header("ETag");
        Res put = admin.put(url, j("{'properties': {'name': 'Unchanged Coop', 'country': 'Nowhere', 'city': 'Gent'}}"), "If-Match", etag);
        assertEquals(400, put.status(), put.body());
        assertEquals(List.of("properties.country"), paths(put));
        Res patch = admin.patch(url, j("{'properties': {'city': 'Gent', 'location': {'lat': 100, 'lon': 4}}}"), "If-Match", etag);
        assertEquals(400, patch.status(), patch.body());
        assertEquals(List.of("properties.location.lat"), paths(patch));
        Res after = admin.get(url);
        assertEquals(etag, after.header("ETag"), "the revision did not move");
        assertEquals(before.json().path("properties"), after.json().path("properties"));
        assertEquals(before.json().path("lastModified"), after.json().path("lastModified"));
        assertEquals(0, admin.get("/.rest/authoring/v1/audit?action=update&item=" + id).json().path("total").asInt(), "no update recorded");
        assertEquals(200, admin.patch(url, j("{'properties': {'city': 'Gent'}}"), "If-Match", etag).status(), "the old ETag is still current");
    }

    @Test
    void client_mistakes_are_4xx_problems_never_500() {
        assertEquals(400, admin.post(ITEMS + "organisation", "{\"properties\": ").status());
        assertEquals(400, admin.post(ITEMS + "organisation", "").status());
        assertEquals(400, admin.post(ITEMS + "organisation", "[1, 2]").status());
        assertEquals(400, admin.post(ITEMS + "organisation", j("{'name': 'Bad Name!', 'properties': {'name': 'x', 'country': 'FR'}}")).status());
        assertEquals(400, admin.post(ITEMS + "organisation", j("{'properties': {'name': 'x', 'country': 'FR'}, 'owner': 'me'}")).status());
        assertEquals(404, admin.post(ITEMS + "nothing", "{}").status());
        assertEquals(404, admin.get(ITEMS + "organisation/not-an-id").status());
        assertEquals(400, admin.get(ITEMS + "organisation?limit=ten").status());
        assertEquals(400, admin.get(ITEMS + "organisation?limit=1000").status());
        assertEquals(415, admin.send("POST", ITEMS + "organisation", "name=x", "text/plain").status());
        assertEquals(405, admin.send("PUT", ITEMS + "organisation", "{}", "application/json").status());
        Res huge = admin.post(ITEMS + "organisation", j("{'properties': {'name': '" + "x".repeat(1_100_000) + "', 'country': 'FR'}}"));
        assertEquals(413, huge.status());
        for (Res r : List.of(huge, admin.get(ITEMS + "nothing"), anonymous.get("/no/such/page"))) {
            assertEquals("application/problem+json", r.contentType(), r.toString());
            assertTrue(r.json().has("type") && r.json().has("title") && r.json().has("status") && r.json().has("detail"));
            assertTrue(!r.body().contains("Exception") && !r.body().contains("\tat "), r.body());
        }
    }

    @Test
    void writes_need_credentials_and_the_right_role() {
        Res none = anonymous.post(ITEMS + "organisation", "{}");
        assertEquals(401, none.status());
        assertTrue(none.header("WWW-Authenticate").startsWith("Bearer"), "a Basic challenge would make browsers remember passwords");
        assertEquals(401, anonymous.as("admin", "wrong-password").get(ITEMS + "organisation").status());
        assertEquals(401, anonymous.bearer("innco_000000000000_nope").get(ITEMS + "organisation").status());
        server.services().users.create("tina", "translator password", java.util.Set.of(eu.innco.security.Role.TRANSLATOR), "",
                java.util.Set.of("pl"), false);
        Http tina = anonymous.as("tina", "translator password");
        assertEquals(403, tina.post(ITEMS + "organisation", j("{'properties': {'name': 'x', 'country': 'FR'}}")).status());
        JsonNode org = createOrganisation("Translated Coop");
        String url = ITEMS + "organisation/" + org.path("id").asText();
        String etag = admin.get(url).header("ETag");
        assertEquals(403, tina.patch(url, j("{'properties': {'country': 'PL'}}"), "If-Match", etag).status(), "not a localised value");
        assertEquals(403, tina.patch(url, j("{'properties': {'description': {'fr': '<p>x</p>'}}}"), "If-Match", etag).status(), "not her locale");
        Res ok = tina.patch(url, j("{'properties': {'description': {'pl': '<p>Ul</p>'}}}"), "If-Match", etag);
        assertEquals(200, ok.status(), ok.body());
    }

    @Test
    void api_tokens_authenticate_programs() {
        String token = server.services().tokens.create("admin", "test");
        assertEquals(200, anonymous.bearer(token).get(ITEMS + "organisation").status());
    }

    @Test
    void types_health_and_openapi_describe_the_service() {
        Res types = admin.get("/.rest/authoring/v1/types");
        assertEquals(200, types.status());
        assertTrue(types.body().contains("\"name\":\"caseStudy\""));
        Res health = anonymous.get("/.rest/health");
        assertEquals(200, health.status());
        assertEquals("UP", health.json().path("status").asText());
        assertEquals("memory", health.json().path("store").asText());
        JsonNode api = anonymous.get("/.rest/openapi.json").json();
        assertEquals("3.1.0", api.path("openapi").asText());
        JsonNode org = api.path("components").path("schemas").path("OrganisationProperties");
        assertEquals("object", org.path("properties").path("description").path("type").asText());
        assertEquals(-90, org.path("properties").path("location").path("properties").path("lat").path("minimum").asInt());
        assertTrue(api.path("paths").has("/.rest/authoring/v1/items/caseStudy/{id}"));
    }
}
