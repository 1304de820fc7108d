package eu.innco.web.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.content.ContentItem;
import eu.innco.security.Actor;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Public GraphQL answers by GET carry a strong ETag, and a client that sends it back gets a 304 until a publication changes them. */
class GraphqlEntityTagTest {
    static final String QUERY = "{ caseStudies(lang: \"en\") { total results { title } } }";
    static InncoServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        http = new Http(server.uri());
        publish(server.services().content.create(Actor.SYSTEM, "caseStudy", Http.JSON.valueToTree(
                Map.of("properties", Map.of("title", Map.of("en", "A shared kitchen"), "country", "FR")))));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static void publish(ContentItem item) {
        server.services().publishing.publication.publish(Actor.SYSTEM, item.type(), item.id(), List.of("en"), null, false);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A GET whose answer is current for {@code etag} (named in {@code ifNoneMatch}): 304 without a body, with the same tag. */
    static void notModified(String path, String ifNoneMatch, String etag) {
        Http.Res again = http.get(path, "If-None-Match", ifNoneMatch);
        assertEquals(304, again.status(), again.body());
        assertEquals("", again.body());
        assertEquals(etag, again.header("ETag"));
    }

    @Test
    void a_query_by_get_is_revalidated_with_its_etag_until_a_publication_changes_it() {
        String path = GraphqlClient.PATH + "?query=" + encode(QUERY);
        Http.Res first = http.get(path);
        assertEquals(200, first.status(), first.body());
        String etag = first.header("ETag");
        assertNotNull(etag, "a public answer has an ETag");
        assertTrue(etag.matches("\"[A-Za-z0-9_-]+\""), etag);
        assertEquals(etag, http.get(path).header("ETag"), "the kept answer, the same tag");
        notModified(path, etag, etag);
        notModified(path, "W/\"other\", " + etag, etag);
        assertEquals(200, http.get(path, "If-None-Match", "\"not-this-one\"").status());

        publish(server.services().content.create(Actor.SYSTEM, "caseStudy", Http.JSON.valueToTree(
                Map.of("properties", Map.of("title", Map.of("en", "A second kitchen"), "country", "BE")))));
        Http.Res changed = http.get(path, "If-None-Match", etag);
        assertEquals(200, changed.status(), "a publication made a new answer");
        assertTrue(changed.body().contains("A second kitchen"), changed.body());
        assertNotEquals(etag, changed.header("ETag"));
    }

    @Test
    void a_persisted_query_by_its_hash_is_revalidated_too() throws Exception {
        String query = "{ caseStudies(lang: \"en\") { total } }";
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8)));
        String ext = "{\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"" + hash + "\"}}";
        assertEquals(200, http.post(GraphqlClient.PATH, "{\"query\": " + Http.JSON.valueToTree(query) + ", \"extensions\": " + ext + "}").status());
        String path = GraphqlClient.PATH + "?extensions=" + encode(ext);
        Http.Res byHash = http.get(path);
        assertEquals(200, byHash.status(), byHash.body());
        notModified(path, byHash.header("ETag"), byHash.header("ETag"));
    }

    @Test
    void a_post_is_answered_in_full_whatever_its_if_none_match_and_drafts_have_no_etag() {
        Http.Res first = GraphqlClient.post(http, QUERY);
        String etag = first.header("ETag");
        assertNotNull(etag);
        assertEquals(200, GraphqlClient.post(http, QUERY, "If-None-Match", etag).status(), "no 304 to a POST");
        String token = http.admin().post("/.rest/authoring/v1/preview-tokens", "{\"label\": \"etag test\", \"ttlSeconds\": 600}")
                .json().path("token").asText();
        Http.Res draft = http.get(GraphqlClient.PATH + "?query=" + encode(QUERY) + "&previewToken=" + encode(token));
        assertEquals(200, draft.status(), draft.body());
        assertNull(draft.header("ETag"), "working copies are never revalidated from a kept copy");
        assertEquals("private, no-store", draft.header("Cache-Control"));
    }
}
