package eu.innco.web.api;

import static eu.innco.web.Http.j;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.security.Role;
import eu.innco.web.Http;
import eu.innco.web.Http.Res;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Attacks and odd inputs that once got through or gave a 500, each now answered properly. */
class HardeningTest {
    static final String API = "/.rest/authoring/v1/";
    static InncoServer server;
    static Http anonymous;
    static Http admin;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        anonymous = new Http(server.uri());
        admin = anonymous.admin();
        server.services().users.create("trudy", "translator password", Set.of(Role.TRANSLATOR), "", Set.of("pl"), false);
        server.services().users.create("eve", "editor password!", Set.of(Role.EDITOR), "", Set.of(), false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String org(String name) {
        Res r = admin.post(API + "items/organisation", j("{'properties': {'name': '" + name + "', 'country': 'FR'}}"));
        assertEquals(201, r.status(), r.body());
        return r.json().path("id").asText();
    }

    @Test
    void a_translator_can_neither_rename_an_item_nor_change_its_source_language() {
        String id = org("Named By Editors");
        Http trudy = anonymous.as("trudy", "translator password");
        assertEquals(403, trudy.patch(API + "items/organisation/" + id, j("{'name': 'renamed'}"), "If-Match", "*").status());
        assertEquals(403, trudy.patch(API + "items/organisation/" + id, j("{'sourceLocale': 'pl'}"), "If-Match", "*").status());
        assertEquals("named-by-editors", admin.get(API + "items/organisation/" + id).json().path("name").asText());
    }

    @Test
    void guessing_a_password_through_the_api_is_throttled_and_no_basic_challenge_is_sent() {
        Res first = anonymous.as("guessed", "guess 0").get(API + "types");
        assertEquals(401, first.status());
        assertTrue(first.header("WWW-Authenticate").startsWith("Bearer"));
        Res r = null;
        for (int i = 1; i < 7; i++) r = anonymous.as("guessed", "guess " + i).get(API + "types");
        assertEquals(429, r.status());
        assertNotNull(r.header("Retry-After"));
        assertEquals("application/problem+json", r.contentType());
    }

    @Test
    void a_change_sent_from_another_sites_page_is_refused() {
        String id = org("Cross Site Target");
        Res r = admin.post(API + "items/organisation/" + id + "/publish", "", "Origin", "https://evil.example");
        assertEquals(403, r.status());
        assertEquals(403, admin.post(API + "items/organisation/" + id + "/publish", "", "Sec-Fetch-Site", "cross-site").status());
        assertEquals(200, admin.post(API + "items/organisation/" + id + "/publish", "", "Sec-Fetch-Site", "same-origin").status());
        assertEquals(200, admin.get(API + "items/organisation/" + id, "Origin", "https://evil.example").status(), "reading is not a change");
    }

    @Test
    void an_editor_cannot_take_a_published_item_offline_by_deleting_it() {
        Res created = anonymous.as("eve", "editor password!").post(API + "items/organisation", j("{'properties': {'name': 'Eves', 'country': 'IT'}}"));
        String id = created.json().path("id").asText();
        assertEquals(200, admin.post(API + "items/organisation/" + id + "/publish", "").status());
        assertEquals(403, anonymous.as("eve", "editor password!").delete(API + "items/organisation/" + id + "?force=true", "If-Match", "*").status());
        assertEquals(200, admin.get(API + "items/organisation/" + id).status());
    }

    @Test
    void odd_values_are_400s_not_500s() {
        String id = org("Odd Values");
        assertEquals(404, admin.get(API + "items/organisation/000000000000000000000000000000000000").status());
        assertEquals(404, admin.get(API + "items/organisation/------------------------------------").status());
        Res future = admin.post(API + "items/caseStudy", j("{'properties': {'title': {'en': 'x'}, 'publicationDate': '+10000-01-01T00:00:00Z'}}"));
        assertEquals(400, future.status(), future.body());
        Res schedule = admin.post(API + "items/organisation/" + id + "/schedule", j("{'action': 'publish', 'at': '+10000-01-01T00:00:00Z'}"));
        assertEquals(400, schedule.status(), schedule.body());
        Res huge = admin.post(API + "items/caseStudy", "{\"properties\": {\"title\": {\"en\": \"x\"}, \"figures\": [{\"label\": {\"en\": \"n\"}, \"value\": 1e999999999}]}}");
        assertEquals(400, huge.status(), huge.body());
        assertEquals(List.of("properties.figures.0.value"), List.of(huge.json().path("errors").get(0).path("path").asText()));
    }

    @Test
    void a_hostile_email_value_is_judged_in_linear_time() {
        String hostile = "a@" + ".".repeat(100_000) + "@";
        Res r = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> admin.post(API + "items/organisation", "{\"properties\": {\"name\": \"x\", \"country\": \"FR\", \"email\": \"" + hostile + "\"}}"));
        assertEquals(400, r.status());
    }

    @Test
    void a_matrix_parameter_does_not_slip_past_authentication() {
        assertEquals(401, anonymous.get("/.rest;x=1/authoring/v1/types").status());
        assertEquals(401, anonymous.get("/.rest/authoring;x=1/v1/items/organisation").status());
    }

    @Test
    void a_token_cannot_make_more_tokens() {
        String token = admin.post(API + "tokens", j("{'label': 'first'}")).json().path("token").asText();
        assertEquals(403, anonymous.bearer(token).post(API + "tokens", j("{'label': 'second'}")).status());
    }

    @Test
    void configuration_and_accounts_never_print_their_secrets() {
        String config = server.services().config.toString();
        assertFalse(config.contains(TestServer.ADMIN_PASSWORD), config);
        String account = server.services().users.find("admin").orElseThrow().toString();
        assertFalse(account.contains("$2a$"), account);
        var pg = eu.innco.repository.RepositoryConfig.postgres("jdbc:postgresql://h/db?user=u&password=s3cret", "u", "s3cret", "p_");
        assertFalse(pg.toString().contains("s3cret"), pg.toString());
    }
}
