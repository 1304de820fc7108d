package eu.innco.web.graphql;

import static eu.innco.web.graphql.GraphqlClient.data;
import static eu.innco.web.graphql.GraphqlClient.encode;
import static eu.innco.web.graphql.GraphqlClient.same;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.content.ContentItem;
import eu.innco.security.Actor;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GraphQL answers the questions of the delivery API with the delivery API's own answers, compared field by field. */
class GraphqlSameAnswersTest {
    static final String FIELDS = "_name _path _id _nodeType _locale _availableLocales _fallback mgnl_created mgnl_lastModified "
            + "mgnl_lastActivated title slug summary country demo publicationDate whatHelped "
            + "figures { _name _id _path label value unit } organisations { _name _id _locale name country city kind location }";
    static InncoServer server;
    static Http anonymous;
    static ContentItem partner;
    static ContentItem frenchAndEnglish;
    static ContentItem englishOnly;
    static ContentItem draft;
    static ContentItem withdrawn;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        anonymous = new Http(server.uri());
        partner = create("organisation", "{'name': 'La Ruche', 'country': 'FR', 'city': 'Lyon', 'kind': 'cooperative',"
                + " 'location': {'lat': 45.75, 'lon': 4.85}, 'description': {'en': 'A hive', 'fr': 'Une ruche'}}");
        publish(partner, "en", "fr");
        for (int i = 0; i < 6; i++) {
            ContentItem c = create("caseStudy", "{'title': {'en': 'Kitchen " + i + "', 'fr': 'Cuisine " + i + "'}, 'country': '"
                    + (i % 3 == 0 ? "BE" : i % 3 == 1 ? "FR" : "DE") + "', 'summary': {'en': 'Shared meals " + i + "'},"
                    + " 'organisations': ['" + partner.id() + "'], 'whatHelped': {'en': ['trust', 'time']}, 'demo': " + (i % 2 == 0) + ","
                    + " 'figures': [{'label': {'en': 'Meals', 'fr': 'Repas'}, 'value': " + (10 + i) + ".50, 'unit': 'k'}, {'label': {'en': 'Jobs', 'fr': 'Emplois'}, 'value': " + i + "}]}");
            publish(c, "en", "fr");
            if (i == 0) frenchAndEnglish = c;
        }
        englishOnly = create("caseStudy", "{'title': {'en': 'Only in English'}, 'country': 'FR'}");
        publish(englishOnly, "en");
        draft = create("caseStudy", "{'title': {'en': 'Draft kitchen'}, 'country': 'FR'}");
        withdrawn = create("caseStudy", "{'title': {'en': 'Withdrawn kitchen'}, 'country': 'FR'}");
        publish(withdrawn, "en");
        server.services().publishing.publication.unpublish(Actor.SYSTEM, "caseStudy", withdrawn.id(), List.of("en"), true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static ContentItem create(String type, String properties) {
        return server.services().content.create(Actor.SYSTEM, type, Http.JSON.valueToTree(
                java.util.Map.of("properties", json(properties))));
    }

    static JsonNode json(String singleQuoted) {
        try {
            return Http.JSON.readTree(singleQuoted.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(singleQuoted, e);
        }
    }

    static void publish(ContentItem item, String... locales) {
        if (locales.length == 0) locales = new String[] {"en"};
        server.services().publishing.publication.publish(Actor.SYSTEM, item.type(), item.id(), List.of(locales), null, false);
    }

    static JsonNode rest(String path) {
        Http.Res r = anonymous.get("/.rest/delivery/" + path);
        assertEquals(200, r.status(), path + ": " + r.body());
        return r.json();
    }

    @Test
    void a_filtered_sorted_page_has_the_rest_page_values() {
        JsonNode rest = rest("caseStudies?lang=fr&country[in]=" + encode("FR|BE") + "&@name[ne]=nothing&orderBy=" + encode("title desc,@name asc")
                + "&limit=2&offset=1");
        JsonNode page = data(anonymous, "{ caseStudies(lang: \"fr\", filter: [{property: country, op: IN, value: \"FR|BE\"},"
                + " {property: _name, op: NE, value: \"nothing\"}], orderBy: [{property: title, direction: DESC}, {property: _name}], limit: 2, offset: 1)"
                + " { offset limit total results { " + FIELDS + " } } }").path("caseStudies");
        assertEquals(rest.path("total").asInt(), page.path("total").asInt());
        assertEquals(5, page.path("total").asInt(), "the English-only one too, through fr's fallback to en");
        assertEquals(1, page.path("offset").asInt());
        assertEquals(2, page.path("limit").asInt());
        assertEquals(2, page.path("results").size(), page.toString());
        assertEquals("Cuisine 3", page.path("results").get(1).path("title").asText(), "by title descending: Only..., 4, 3, 1, 0");
        int compared = same(rest.path("results"), page.path("results"), "caseStudies");
        assertTrue(compared > 40, "values compared: " + compared);
        assertEquals("La Ruche", page.path("results").get(0).path("organisations").get(0).path("name").asText(), "expanded as in REST");
        assertEquals(2, page.path("results").get(0).path("figures").size());
    }

    @Test
    void full_text_search_finds_what_rest_finds() {
        JsonNode rest = rest("caseStudies?lang=en&q=meals&orderBy=" + encode("@name"));
        JsonNode page = data(anonymous, "{ caseStudies(lang: \"en\", q: \"meals\", orderBy: [{property: _name}]) { total results { _name title } } }")
                .path("caseStudies");
        assertEquals(6, page.path("total").asInt(), page.toString());
        same(rest.path("results"), page.path("results"), "q");
    }

    @Test
    void one_item_by_id_and_by_path_is_the_rest_node() {
        JsonNode byId = data(anonymous, "{ caseStudy(id: \"" + frenchAndEnglish.id() + "\", lang: \"fr\") { " + FIELDS + " } }").path("caseStudy");
        assertEquals("Cuisine 0", byId.path("title").asText());
        assertTrue(same(rest("caseStudies@" + frenchAndEnglish.id() + "?lang=fr"), byId, "byId") > 20);
        JsonNode byPath = data(anonymous, "{ caseStudy(path: \"" + frenchAndEnglish.name() + "\") { " + FIELDS + " } }",
                "Accept-Language", "fr").path("caseStudy");
        same(rest("caseStudies/" + frenchAndEnglish.name() + "?lang=fr"), byPath, "byPath");
        assertEquals("fr", byPath.path("_locale").asText(), "Accept-Language as for REST");
    }

    @Test
    void a_locale_falls_back_along_the_same_chain() {
        JsonNode nl = data(anonymous, "{ a: caseStudy(id: \"" + frenchAndEnglish.id() + "\", lang: \"nl\") { " + FIELDS + " }"
                + " b: caseStudy(id: \"" + englishOnly.id() + "\", lang: \"nl\") { " + FIELDS + " } }");
        assertEquals("fr", nl.path("a").path("_locale").asText(), "nl falls back to fr first");
        assertEquals("en", nl.path("b").path("_locale").asText());
        assertEquals("Only in English", nl.path("b").path("title").asText());
        same(rest("caseStudies@" + frenchAndEnglish.id() + "?lang=nl"), nl.path("a"), "nl a");
        same(rest("caseStudies@" + englishOnly.id() + "?lang=nl"), nl.path("b"), "nl b");
        JsonNode frOnly = data(anonymous, "{ caseStudies(lang: \"fr\", limit: 100) { total results { _name } } }").path("caseStudies");
        assertEquals(rest("caseStudies?lang=fr&limit=100").path("total").asInt(), frOnly.path("total").asInt());
    }

    @Test
    void an_unpublished_item_is_absent_as_in_rest() {
        for (ContentItem c : List.of(draft, withdrawn)) {
            assertEquals(404, anonymous.get("/.rest/delivery/caseStudies@" + c.id() + "?lang=en").status());
            JsonNode one = data(anonymous, "{ caseStudy(id: \"" + c.id() + "\", lang: \"en\") { title } byName: caseStudies(lang: \"en\","
                    + " filter: [{property: _name, value: \"" + c.name() + "\"}]) { total } }");
            assertTrue(one.path("caseStudy").isNull(), one.toString());
            assertEquals(0, one.path("byName").path("total").asInt());
        }
        JsonNode all = data(anonymous, "{ caseStudies(lang: \"en\", limit: 100) { total } }");
        assertEquals(rest("caseStudies?lang=en&limit=100").path("total").asInt(), all.path("caseStudies").path("total").asInt());
        assertTrue(all.path("caseStudies").path("total").asInt() >= 7, "the six, and the English one (and any a later test adds)");
    }

    @Test
    void a_preview_token_sees_the_draft_as_the_preview_api_shows_it() {
        Http.Res t = anonymous.admin().post("/.rest/authoring/v1/preview-tokens", "{\"ttlSeconds\": 600}");
        assertEquals(201, t.status(), t.body());
        Http holder = anonymous.bearer(t.json().path("token").asText());
        String q = "{ caseStudy(id: \"" + draft.id() + "\", lang: \"en\") { _name _id _locale title country } }";
        Http.Res r = GraphqlClient.post(holder, q);
        assertEquals(200, r.status(), r.body());
        assertEquals("Draft kitchen", r.json().path("data").path("caseStudy").path("title").asText(), r.body());
        assertEquals("private, no-store", r.header("Cache-Control"));
        Http.Res preview = holder.get("/.rest/preview/caseStudies@" + draft.id() + "?lang=en");
        same(preview.json(), r.json().path("data").path("caseStudy"), "preview");
        JsonNode list = data(holder, "{ caseStudies(lang: \"en\", filter: [{property: _name, value: \"" + draft.name() + "\"}]) { total } }");
        assertEquals(1, list.path("caseStudies").path("total").asInt());
        assertTrue(data(anonymous, q).path("caseStudy").isNull(), "never without the token");
        assertEquals(401, GraphqlClient.post(anonymous.bearer("innco-preview_nope"), q).status(), "a wrong token is refused");
        assertEquals(401, GraphqlClient.post(anonymous.admin(), q).status(), "no passwords on a public door");
    }

    @Test
    void a_kept_answer_gives_way_to_a_new_publication() {
        ContentItem c = create("caseStudy", "{'title': {'en': 'Before'}, 'country': 'IT'}");
        publish(c);
        String q = "{ caseStudy(id: \"" + c.id() + "\", lang: \"en\") { title } caseStudies(lang: \"en\", filter: [{property: country,"
                + " value: \"IT\"}]) { results { title } } }";
        assertEquals("Before", data(anonymous, q).path("caseStudy").path("title").asText());
        assertEquals("Before", data(anonymous, q).path("caseStudies").path("results").get(0).path("title").asText(), "kept");
        server.services().content.patch(Actor.SYSTEM, "caseStudy", c.id(), json("{'properties': {'title': {'en': 'After'}}}"),
                eu.innco.content.Precondition.ANY);
        publish(c);
        JsonNode after = data(anonymous, q);
        assertEquals("After", after.path("caseStudy").path("title").asText());
        assertEquals("After", after.path("caseStudies").path("results").get(0).path("title").asText());
    }
}
