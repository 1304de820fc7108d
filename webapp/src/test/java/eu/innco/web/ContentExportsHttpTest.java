package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.config.Settings;
import eu.innco.content.ListQuery;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ContentExportsHttpTest {
    static final String ADMIN_PASSWORD = "admin-password-for-tests";
    static final ObjectMapper JSON = new ObjectMapper();
    static InncoServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = InncoServer.start(ServerConfig.from(Settings.of(Map.of("INNCO_PORT", "0", "INNCO_HOST", "127.0.0.1",
                "INNCO_STORE", "memory", "INNCO_LIGHT_MODULES", WebFixtures.lightModules().toString(),
                "INNCO_ADMIN_PASSWORD", ADMIN_PASSWORD, "INNCO_IMPORT_ON_START", "false",
                "INNCO_HOME", Files.createTempDirectory("innco-http").toString()))));
        server.services().users.create("eve", "editor-password-1", Set.of(Role.EDITOR), "", Set.of(), true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<byte[]> post(String path, byte[] body, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path)).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (auth != null) b.header("Authorization", auth);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<byte[]> get(String path, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path)).GET();
        if (auth != null) b.header("Authorization", auth);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode json(HttpResponse<byte[]> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void an_admin_imports_a_zip_dry_then_for_real_and_exports_it_back_byte_for_byte() throws Exception {
        String admin = basic("admin", ADMIN_PASSWORD);
        byte[] zip = WebFixtures.zip(WebFixtures.exports("site"));

        HttpResponse<byte[]> dry = post(".rest/authoring/v1/import?dryRun=true", zip, admin);
        assertEquals(200, dry.statusCode(), new String(dry.body(), StandardCharsets.UTF_8));
        assertEquals(true, json(dry).get("dryRun").asBoolean());
        assertEquals(2, json(dry).get("created").asInt());

        HttpResponse<byte[]> real = post(".rest/authoring/v1/import?dryRun=false", zip, admin);
        assertEquals(200, real.statusCode(), new String(real.body(), StandardCharsets.UTF_8));
        JsonNode result = json(real);
        assertEquals(2, result.get("created").asInt());
        assertEquals("organisations.la-ruche.yaml", result.get("items").get(1).get("file").asText());
        assertEquals("[\"en\",\"fr\"]", result.get("items").get(1).get("publish").toString());

        HttpResponse<byte[]> export = get(".rest/authoring/v1/export?type=organisation", admin);
        assertEquals(200, export.statusCode());
        assertEquals("application/zip", export.headers().firstValue("Content-Type").orElseThrow());
        Map<String, byte[]> files = WebFixtures.unzip(export.body());
        assertEquals(Set.of("organisations.la-ruche.yaml"), files.keySet());
        String expected = Files.readString(WebFixtures.exports("site").resolve("organisations.la-ruche.yaml"));
        assertEquals(expected, new String(files.get("organisations.la-ruche.yaml"), StandardCharsets.UTF_8));

        assertEquals(2, json(post(".rest/authoring/v1/import", zip, admin)).get("unchanged").asInt());
    }

    @Test
    void a_broken_file_is_a_400_problem_listing_file_and_line_and_nothing_is_written() throws Exception {
        int before = server.services().content.list(Actor.SYSTEM, "organisation", ListQuery.firstPage()).total();
        HttpResponse<byte[]> r = post(".rest/authoring/v1/import", WebFixtures.zip(WebFixtures.exports("broken")), basic("admin", ADMIN_PASSWORD));
        assertEquals(400, r.statusCode());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElseThrow());
        JsonNode problem = json(r);
        assertEquals("INNCO-IMPORT-001", problem.get("code").asText());
        assertEquals("organisations.no-country.yaml:4", problem.get("errors").get(0).get("path").asText());
        assertTrue(problem.get("errors").get(0).get("message").asText().startsWith("'country' must be one of"), problem.toString());
        assertEquals(before, server.services().content.list(Actor.SYSTEM, "organisation", ListQuery.firstPage()).total());
    }

    @Test
    void a_body_that_is_not_a_zip_is_a_400_problem() throws Exception {
        HttpResponse<byte[]> r = post(".rest/authoring/v1/import", "not a zip".getBytes(StandardCharsets.UTF_8), basic("admin", ADMIN_PASSWORD));
        assertEquals(400, r.statusCode());
        assertEquals("INNCO-IMPORT-003", json(r).get("code").asText());
        HttpResponse<byte[]> asJson = HTTP.send(HttpRequest.newBuilder(server.uri().resolve(".rest/authoring/v1/import"))
                .header("Content-Type", "application/json").header("Authorization", basic("admin", ADMIN_PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(400, asJson.statusCode());
        assertTrue(json(asJson).get("detail").asText().contains("is it a zip archive?"));
        HttpResponse<byte[]> flag = post(".rest/authoring/v1/import?dryRun=maybe", WebFixtures.zip(WebFixtures.exports("site")), basic("admin", ADMIN_PASSWORD));
        assertEquals(400, flag.statusCode());
        assertEquals(400, get(".rest/authoring/v1/export?type=bakery", basic("admin", ADMIN_PASSWORD)).statusCode());
    }

    @Test
    void only_administrators_may_import_and_export() throws Exception {
        byte[] zip = WebFixtures.zip(WebFixtures.exports("site"));
        assertEquals(401, post(".rest/authoring/v1/import", zip, null).statusCode());
        assertEquals(403, post(".rest/authoring/v1/import", zip, basic("eve", "editor-password-1")).statusCode());
        assertEquals(403, get(".rest/authoring/v1/export", basic("eve", "editor-password-1")).statusCode());
    }
}
