package eu.innco.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.content.ContentItem;
import eu.innco.web.Http;
import eu.innco.web.Http.Res;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Child nodes (sub-models) read on their own by the @path and @id that the nested answers advertise, as Magnolia reads any node. */
class DeliveryChildNodesTest {
    static final String D = "/.rest/delivery/";
    static InncoServer server;
    static Http http;
    static Published content;
    static ContentItem guide;
    static ContentItem frenchOnly;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        http = new Http(server.uri());
        content = new Published(server);
        guide = content.create("guide", "{'title': {'en': 'Collaborative design model', 'fr': 'Modèle de conception collaborative'},"
                + " 'chapters': [{'title': {'en': 'Listening', 'fr': 'Écouter'}, 'body': {'en': '<p>Listen first</p>'}, 'order': 1},"
                + " {'title': {'en': 'Building', 'fr': 'Construire'}, 'body': {'en': '<p>Build</p>', 'fr': '<p>Construire</p>'}, 'order': 2}]}");
        content.publish(guide, "en", "fr");
        frenchOnly = content.create("guide", "{'title': {'fr': 'Guide français'}, 'chapters': [{'title': {'fr': 'Seul'}, 'order': 1}]}");
        content.publish(frenchOnly, "fr");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The delivery URL of a node's @path: the endpoint, then the @path itself, as Magnolia's clients build it. */
    static String url(String atPath, String query) {
        return D + "guides" + atPath + query;
    }

    static JsonNode ok(Res r) {
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        return r.json();
    }

    /** Every child node below a node, by @path, as nested in it. */
    static void children(JsonNode node, Map<String, JsonNode> out) {
        for (JsonNode name : node.path("@nodes")) {
            JsonNode child = node.path(name.asText());
            out.put(child.path("@path").asText(), child);
            children(child, out);
        }
    }

    @Test
    void every_child_path_that_an_answer_advertises_reads_that_node_as_it_is_nested() {
        for (String lang : List.of("en", "fr", "de", "all")) {
            JsonNode item = ok(http.get(D + "guides/" + guide.name() + "?lang=" + lang));
            Map<String, JsonNode> nested = new LinkedHashMap<>();
            children(item, nested);
            assertEquals(Set.of("/" + guide.name() + "/chapters", "/" + guide.name() + "/chapters/0",
                    "/" + guide.name() + "/chapters/1"), nested.keySet(), item.toString());
            for (Map.Entry<String, JsonNode> e : nested.entrySet()) {
                Res r = http.get(url(e.getKey(), "?lang=" + lang));
                ObjectNode alone = (ObjectNode) ok(r).deepCopy();
                assertEquals(e.getKey(), alone.path("@path").asText());
                assertEquals("mgnl:contentNode", alone.path("@nodeType").asText());
                assertEquals(e.getValue().path("@id").asText(), alone.path("@id").asText());
                assertEquals(item.path("@locale"), alone.path("@locale"), "the language of the item it belongs to");
                assertEquals(item.path("@availableLocales"), alone.path("@availableLocales"));
                alone.remove(List.of("@locale", "@availableLocales", "@fallback"));
                assertEquals(e.getValue(), alone, e.getKey() + " alone is what it is nested");
                assertEquals(304, http.get(url(e.getKey(), "?lang=" + lang), "If-None-Match", r.header("ETag")).status());
            }
        }
    }

    @Test
    void a_child_resolves_its_language_like_its_item_with_fallback_relative_to_itself() {
        String chapter0 = "/" + guide.name() + "/chapters/0";
        JsonNode fr = ok(http.get(url(chapter0, "?lang=fr")));
        assertEquals("0", fr.path("@name").asText());
        assertEquals("fr", fr.path("@locale").asText());
        assertEquals("Écouter", fr.path("title").asText());
        assertEquals("<p>Listen first</p>", fr.path("body").asText());
        assertEquals("{\"body\":\"en\"}", fr.path("@fallback").toString(), "chapters.0.body of the item, relative to the chapter");
        JsonNode nl = ok(http.get(url(chapter0, ""), "Accept-Language", "nl"));
        assertEquals("fr", nl.path("@locale").asText(), "nl falls back to fr, as for the item");
        assertEquals("Écouter", nl.path("title").asText());
        JsonNode de = ok(http.get(url(chapter0, "?lang=de")));
        assertEquals("en", de.path("@locale").asText());
        String de0 = de.path("@id").asText();
        for (String u : new String[] {url(chapter0, "?lang=de"), url(chapter0, "?lang=de&_=1"), D + "guides@" + de0 + "?lang=de"}) {
            assertEquals("en", http.get(u).header("Content-Language"), "a child is labelled with its item's @locale: " + u);
        }
        assertEquals("fr", http.get(url(chapter0, ""), "Accept-Language", "nl").header("Content-Language"));
        assertEquals("Listening", de.path("title").asText());
        assertTrue(de.path("@fallback").isMissingNode(), de.toString());
        JsonNode all = ok(http.get(url(chapter0, "?lang=all")));
        assertEquals("{\"en\":\"Listening\",\"fr\":\"Écouter\"}", all.path("title").toString());
        assertTrue(all.path("@locale").isMissingNode());
        JsonNode list = ok(http.get(url("/" + guide.name() + "/chapters", "?lang=fr")));
        assertEquals("[\"0\",\"1\"]", list.path("@nodes").toString());
        assertEquals("{\"0.body\":\"en\"}", list.path("@fallback").toString());
        assertTrue(ok(http.get(url("/" + guide.name() + "/chapters/1", "?lang=fr"))).path("@fallback").isMissingNode());
    }

    @Test
    void a_child_is_read_by_its_id_too_and_its_id_survives_a_new_publication() {
        JsonNode item = ok(http.get(D + "guides/" + guide.name() + "?lang=fr"));
        Set<String> ids = new HashSet<>(List.of(item.path("@id").asText()));
        Map<String, JsonNode> nested = new LinkedHashMap<>();
        children(item, nested);
        for (Map.Entry<String, JsonNode> e : nested.entrySet()) {
            String id = e.getValue().path("@id").asText();
            assertTrue(id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), id);
            assertTrue(ids.add(id), "ids are unique: " + id);
            Res byId = http.get(D + "guides@" + id + "?lang=fr");
            assertEquals(http.get(url(e.getKey(), "?lang=fr")).body(), byId.body());
        }
        String chapter1 = nested.get("/" + guide.name() + "/chapters/1").path("@id").asText();
        content.patch("guide", guide.id(), "{'edition': '2026'}");
        content.publish(guide, "en", "fr");
        assertEquals(chapter1, ok(http.get(D + "guides/" + guide.name() + "/chapters/1?lang=fr")).path("@id").asText());
        assertEquals(404, http.get(D + "organisations@" + chapter1).status(), "a guide's chapter is not on another endpoint");
    }

    @Test
    void a_path_or_id_that_names_no_node_is_a_404_problem() {
        String g = "guides/" + guide.name();
        for (String missing : List.of(g + "/chapters/2", g + "/chapters/-1", g + "/nothing", g + "/title", g + "/chapters/0/title",
                g + "/chapters/0/body/x", g + "/chapters/0/0/0", "guides/no-such-guide/chapters/0",
                "guides/chapters/0", "guides@" + java.util.UUID.nameUUIDFromBytes(new byte[] {1}))) {
            Res r = http.get(D + missing + "?lang=en");
            assertEquals(404, r.status(), missing + " -> " + r.body());
            assertTrue(r.contentType().startsWith("application/problem+json"), missing);
        }
        String frOnly = "/" + frenchOnly.name() + "/chapters/0";
        assertEquals("Seul", ok(http.get(url(frOnly, "?lang=fr"))).path("title").asText());
        assertEquals(404, http.get(url(frOnly, "?lang=de")).status(), "de readers do not see the item, nor its children");
    }

    @Test
    void preview_reads_a_childs_working_copy_by_path_and_id() {
        ContentItem edited = content.create("guide", "{'title': {'en': 'Edited guide'}, 'chapters': [{'title': {'en': 'Public'}, 'order': 1}]}");
        content.publish(edited, "en");
        content.patch("guide", edited.id(), "{'chapters': [{'title': {'en': 'Unpublished edit'}, 'order': 1}]}");
        String chapter = "guides/" + edited.name() + "/chapters/0";
        Http admin = http.admin();
        JsonNode draft = ok(admin.get("/.rest/preview/" + chapter + "?lang=en"));
        assertEquals("Unpublished edit", draft.path("title").asText());
        assertEquals("en", draft.path("@locale").asText());
        JsonNode published = ok(http.get(D + chapter + "?lang=en"));
        assertEquals("Public", published.path("title").asText(), "the public still reads the publication");
        assertEquals(published.path("@id"), draft.path("@id"));
        assertEquals("Unpublished edit", ok(admin.get("/.rest/preview/guides@" + draft.path("@id").asText() + "?lang=en")).path("title").asText());
        assertEquals(404, admin.get("/.rest/preview/guides/" + edited.name() + "/chapters/7").status());
        assertNotEquals(200, http.get("/.rest/preview/" + chapter).status(), "preview needs credentials");
        assertFalse(http.get(D + chapter + "?lang=en").body().contains("Unpublished"));
    }
}
