package eu.innco.web.graphql;

import static eu.innco.web.graphql.GraphqlClient.data;
import static eu.innco.web.graphql.GraphqlClient.encode;
import static eu.innco.web.graphql.GraphqlClient.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What GraphQL refuses and how: limits, persisted queries, bad queries, each a clear error and never a 5xx. */
class GraphqlLimitsTest {
    static InncoServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode refused(Http.Res r) {
        assertEquals(200, r.status(), "a GraphQL error, not an HTTP one: " + r.body());
        assertTrue(r.json().path("errors").size() > 0, r.body());
        return r.json().path("errors").get(0);
    }

    @Test
    void a_query_deeper_than_the_limit_is_refused_before_it_runs() {
        String deep = "name " + "ofType { ".repeat(16) + "name" + " }".repeat(16);
        JsonNode e = refused(post(http, "{ __type(name: \"CaseStudy\") { fields { type { " + deep + " } } } }"));
        assertTrue(e.path("message").asText().contains("INNCO-GRAPHQL-004"), e.toString());
        String ok = "name " + "ofType { ".repeat(6) + "name" + " }".repeat(6);
        assertEquals("CaseStudy", data(http, "{ __type(name: \"CaseStudy\") { name fields { type { " + ok + " } } } }")
                .path("__type").path("name").asText(), "the usual introspection depth passes");
    }

    @Test
    void a_query_costing_more_than_the_limit_is_refused_before_it_runs() {
        StringBuilder q = new StringBuilder("{");
        for (int i = 0; i < 5; i++) {
            q.append(" a").append(i).append(": caseStudies(limit: 100) { results { _name title summary")
                    .append(" organisations { _name _id name country city kind description location }")
                    .append(" figures { label value unit } } }");
        }
        JsonNode e = refused(post(http, q.append(" }").toString()));
        assertTrue(e.path("message").asText().contains("INNCO-GRAPHQL-005"), e.toString());
        assertEquals(0, data(http, "{ caseStudies(limit: 100) { total results { _name organisations { name } } } }")
                .path("caseStudies").path("total").asInt(), "one full page passes");
    }

    @Test
    void a_persisted_query_is_run_by_its_hash_once_registered() throws Exception {
        String query = "{ caseStudies(lang: \"en\") { total limit } }";
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8)));
        String ext = "{\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"" + hash + "\"}}";
        JsonNode unknown = refused(http.get(GraphqlClient.PATH + "?extensions=" + encode(ext)));
        assertEquals("PersistedQueryNotFound", unknown.path("message").asText(), unknown.toString());
        Http.Res registered = http.post(GraphqlClient.PATH, "{\"query\": " + Http.JSON.valueToTree(query) + ", \"extensions\": " + ext + "}");
        assertEquals(200, registered.status(), registered.body());
        assertEquals(10, registered.json().path("data").path("caseStudies").path("limit").asInt(), registered.body());
        Http.Res byHash = http.get(GraphqlClient.PATH + "?extensions=" + encode(ext));
        assertEquals(200, byHash.status(), byHash.body());
        assertEquals(registered.json().path("data"), byHash.json().path("data"), "the hash alone runs the same query");
        String wrong = ext.replace(hash, "0".repeat(64));
        JsonNode invalid = refused(http.post(GraphqlClient.PATH, "{\"query\": " + Http.JSON.valueToTree(query) + ", \"extensions\": " + wrong + "}"));
        assertEquals("PersistedQueryIdInvalid", invalid.path("message").asText(), "a hash that is not the query's: " + invalid);
    }

    @Test
    void a_bad_query_is_a_graphql_error_that_says_what_is_wrong() {
        JsonNode syntax = refused(post(http, "{ caseStudies( }"));
        assertTrue(syntax.path("message").asText().contains("Invalid syntax"), syntax.toString());
        assertTrue(syntax.path("locations").size() > 0, syntax.toString());
        JsonNode unknown = refused(post(http, "{ caseStudies { nothing } }"));
        assertTrue(unknown.path("message").asText().contains("nothing"), unknown.toString());
        JsonNode limit = refused(post(http, "{ caseStudies(limit: 1000) { total } }"));
        assertEquals("INNCO-QUERY-002", limit.path("extensions").path("code").asText(), limit.toString());
        assertEquals("limit", limit.path("extensions").path("errors").get(0).path("parameter").asText(), limit.toString());
        JsonNode all = refused(post(http, "{ caseStudies(lang: \"all\") { total } }"));
        assertEquals("INNCO-GRAPHQL-003", all.path("extensions").path("code").asText(), all.toString());
        JsonNode both = refused(post(http, "{ caseStudy(id: \"x\", path: \"y\") { _name } }"));
        assertEquals("INNCO-GRAPHQL-002", both.path("extensions").path("code").asText(), both.toString());
        JsonNode lang = refused(post(http, "{ caseStudies(lang: \"xx\") { total } }"));
        assertTrue(lang.path("extensions").path("code").asText().startsWith("INNCO-"), lang.toString());
    }

    @Test
    void a_request_not_shaped_as_graphql_is_a_400_problem() {
        Http.Res notJson = http.post(GraphqlClient.PATH, "{query");
        assertEquals(400, notJson.status(), notJson.body());
        assertTrue(notJson.contentType().startsWith("application/problem+json"), notJson.contentType());
        Http.Res noQuery = http.post(GraphqlClient.PATH, "{\"variables\": {}}");
        assertEquals(400, noQuery.status(), noQuery.body());
        assertEquals("INNCO-GRAPHQL-001", noQuery.json().path("code").asText(), noQuery.body());
        assertEquals(400, http.post(GraphqlClient.PATH, "{\"query\": 3}").status());
        assertEquals(400, http.get(GraphqlClient.PATH + "?query=" + encode("{ caseStudies { total } }") + "&variables=" + encode("[1")).status());
        Http.Res badEncoding = http.get(GraphqlClient.PATH + "?query=%E9%28");
        assertTrue(badEncoding.status() < 500 && badEncoding.body().contains("Invalid syntax"), "bytes that are not UTF-8: " + badEncoding);
    }

    @Test
    void the_schema_and_the_query_page_come_from_the_jar() {
        Http.Res sdl = http.get(GraphqlClient.PATH + "/schema.graphql");
        assertEquals(200, sdl.status());
        assertTrue(sdl.body().contains("type CaseStudy "), "one type per content type");
        assertTrue(sdl.body().contains("caseStudies(") && sdl.body().contains("organisations("), "one field per endpoint");
        Http.Res page = http.get(GraphqlClient.PATH + "/explorer");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<div id=\"graphiql\">"), page.body());
        assertTrue(!page.body().contains("https://"), "nothing loaded from elsewhere");
        Http.Res script = http.get(GraphqlClient.PATH + "/explorer/graphiql-start.js");
        assertEquals(200, script.status());
        assertTrue(script.contentType().startsWith("text/javascript"));
        assertEquals(404, http.get(GraphqlClient.PATH + "/explorer/secret.txt").status());
    }

    @Test
    void a_browser_on_another_site_may_post_a_query() {
        Http.Res pre = http.send("OPTIONS", GraphqlClient.PATH, null, null, "Origin", "https://front.example",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
        assertEquals(204, pre.status(), pre.body());
        assertTrue(pre.header("Access-Control-Allow-Methods").contains("POST"), pre.header("Access-Control-Allow-Methods"));
        assertTrue(pre.header("Access-Control-Allow-Headers").contains("Content-Type"));
        Http.Res r = post(http, "{ caseStudies { total } }", "Origin", "https://front.example");
        assertEquals("*", r.header("Access-Control-Allow-Origin"), r.body());
        Http.Res delivery = http.send("OPTIONS", "/.rest/delivery/caseStudies", null, null, "Origin", "https://front.example",
                "Access-Control-Request-Method", "POST");
        assertEquals(403, delivery.status(), "the delivery API still answers GET only");
    }
}
