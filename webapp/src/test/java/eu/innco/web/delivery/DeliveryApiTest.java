package eu.innco.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.content.ContentItem;
import eu.innco.web.Http;
import eu.innco.web.Http.Res;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The delivery API of API.md over real HTTP: shape, references, queries with every operator, paging, caching, GeoJSON. */
class DeliveryApiTest {
    static final String D = "/.rest/delivery/";
    static InncoServer server;
    static Http http;
    static Published content;
    static ContentItem ruche;
    static ContentItem bijenkorf;
    static ContentItem kitchen;
    static ContentItem solar;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        http = new Http(server.uri());
        content = new Published(server);
        ruche = content.organisation("La Ruche", "FR", 45.764, 4.8357, "{'en': '<p>A hive</p>', 'fr': '<p>Une ruche</p>'}");
        bijenkorf = content.organisation("De Bijenkorf", "BE", 50.85, 4.35, "{'en': '<p>A beehive</p>', 'nl': '<p>Een bijenkorf</p>'}");
        content.publish(ruche, "en", "fr");
        content.publish(bijenkorf, "en", "nl", "fr");
        kitchen = content.create("caseStudy", "{'title': {'en': 'Shared kitchen', 'fr': 'Cuisine partagée'}, 'summary': {'en': 'Cooks share kitchens'},"
                + " 'country': 'FR', 'publicationDate': '2022-05-01', 'organisations': ['" + ruche.id() + "', '" + bijenkorf.id() + "'],"
                + " 'figures': [{'label': {'en': 'Meals a day', 'fr': 'Repas par jour'}, 'value': 120, 'unit': 'meals'}]}");
        solar = content.create("caseStudy", "{'title': {'en': 'Solar cooperative'}, 'country': 'BE', 'publicationDate': '2023-02-01',"
                + " 'organisations': ['" + bijenkorf.id() + "']}");
        content.publish(kitchen, "en", "fr");
        content.publish(solar, "en");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<String> names(Res r) {
        assertEquals(200, r.status(), r.body());
        List<String> out = new ArrayList<>();
        r.json().path("results").forEach(n -> out.add(n.path("@name").asText()));
        return out;
    }

    @Test
    void one_node_by_name_has_magnolias_shape_with_values_of_the_asked_locale() {
        Res r = http.get(D + "organisations/la-ruche?lang=fr");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/json"));
        JsonNode n = r.json();
        assertEquals("la-ruche", n.path("@name").asText());
        assertEquals("/la-ruche", n.path("@path").asText(), "inside the workspace, as Magnolia answers");
        assertEquals(ruche.id(), n.path("@id").asText());
        assertEquals("innco:organisation", n.path("@nodeType").asText());
        assertEquals("fr", n.path("@locale").asText());
        assertEquals("[\"en\",\"fr\"]", n.path("@availableLocales").toString());
        assertTrue(n.path("mgnl:created").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), n.toString());
        assertTrue(n.path("mgnl:lastActivated").asText().endsWith("Z"));
        assertEquals("La Ruche", n.path("name").asText());
        assertEquals("<p>Une ruche</p>", n.path("description").asText());
        assertEquals(45.764, n.path("location").path("lat").asDouble());
        assertTrue(n.path("@nodes").isArray());
        assertTrue(n.path("@fallback").isMissingNode(), "nothing fell back");
    }

    @Test
    void a_node_by_id_is_the_same_as_by_name() {
        Res byId = http.get(D + "organisations@" + ruche.id() + "?lang=fr");
        assertEquals(200, byId.status(), byId.body());
        assertEquals(http.get(D + "organisations/la-ruche?lang=fr").body(), byId.body());
        assertEquals(404, http.get(D + "organisations@00000000-0000-0000-0000-000000000000").status());
        assertEquals(404, http.get(D + "organisations@not-a-uuid").status());
    }

    /** Magnolia's SPA helpers read a node again by its @path below the endpoint (issue 17), and list below a path with @ancestor. */
    @Test
    void an_answers_path_reads_the_node_again_and_ancestor_lists_below_a_path() {
        JsonNode study = http.get(D + "caseStudies/" + kitchen.name() + "?lang=en").json();
        JsonNode figure = study.path("figures").path("0");
        Res again = http.get(D + "caseStudies" + figure.path("@path").asText() + "?lang=en");
        assertEquals(200, again.status(), again.body());
        assertEquals(figure.path("@id"), again.json().path("@id"));
        JsonNode children = http.get(D + "caseStudies/" + kitchen.name() + "/figures@nodes?lang=en").json();
        assertEquals(1, children.size(), children.toString());
        assertEquals(figure, children.get(0), "Magnolia's <path>@nodes: the children as nested");
        assertEquals(2, http.get(D + "caseStudies?lang=en&@ancestor=/").json().path("total").asInt());
        assertEquals(0, http.get(D + "caseStudies?lang=en&@ancestor=/" + kitchen.name()).json().path("total").asInt(), "below, not itself");
        Res bad = http.get(D + "caseStudies?@ancestor=nowhere");
        assertEquals(400, bad.status(), bad.body());
        assertEquals("INNCO-QUERY-002", bad.json().path("code").asText());
    }

    @Test
    void configured_references_are_expanded_one_level_and_sub_models_are_child_nodes() {
        JsonNode n = http.get(D + "caseStudies/" + kitchen.name() + "?lang=en").json();
        JsonNode orgs = n.path("organisations");
        assertEquals(2, orgs.size(), n.toString());
        assertEquals("la-ruche", orgs.get(0).path("@name").asText());
        assertEquals("<p>A hive</p>", orgs.get(0).path("description").asText());
        assertEquals("innco:organisation", orgs.get(1).path("@nodeType").asText());
        JsonNode figures = n.path("figures");
        assertEquals("[\"figures\"]", n.path("@nodes").toString());
        assertEquals("[\"0\"]", figures.path("@nodes").toString());
        assertEquals("Meals a day", figures.path("0").path("label").asText());
        assertEquals(120, figures.path("0").path("value").asInt());
        assertEquals("/" + kitchen.name() + "/figures/0", figures.path("0").path("@path").asText());
    }

    @Test
    void an_unknown_endpoint_or_node_is_a_404_problem() {
        Res r = http.get(D + "nothingHere");
        assertEquals(404, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"));
        assertTrue(r.json().path("detail").asText().contains("organisations"), r.body());
        assertEquals(404, http.get(D + "organisations/no-such-org").status());
        assertEquals(404, http.get(D + "nothingHere/x").status());
    }

    @Test
    void a_query_pages_with_totals_and_orders_by_any_property() {
        Res first = http.get(D + "organisations?limit=1&orderBy=name%20desc");
        assertEquals(List.of("la-ruche"), names(first));
        assertEquals(2, first.json().path("total").asInt());
        assertEquals(1, first.json().path("limit").asInt());
        assertEquals(0, first.json().path("offset").asInt());
        assertEquals(List.of("de-bijenkorf"), names(http.get(D + "organisations?limit=1&offset=1&orderBy=name+desc")));
        Res beyond = http.get(D + "organisations?offset=5");
        assertEquals(List.of(), names(beyond));
        assertEquals(2, beyond.json().path("total").asInt());
        assertEquals(List.of("de-bijenkorf", "la-ruche"), names(http.get(D + "organisations")));
        assertEquals(List.of(solar.name(), kitchen.name()), names(http.get(D + "caseStudies?orderBy=publicationDate%20desc")));
        assertEquals(List.of(kitchen.name(), solar.name()), names(http.get(D + "caseStudies?orderBy=mgnl:lastActivated,title")));
    }

    @Test
    void every_filter_operator_works() {
        String cs = D + "caseStudies?";
        assertEquals(List.of(kitchen.name()), names(http.get(cs + "country=FR")));
        assertEquals(List.of(kitchen.name()), names(http.get(cs + "country%5Beq%5D=FR")));
        assertEquals(List.of(solar.name()), names(http.get(cs + "country%5Bne%5D=FR")));
        assertEquals(List.of(kitchen.name()), names(http.get(cs + "publicationDate%5Blt%5D=2023-02-01")));
        assertEquals(List.of(kitchen.name(), solar.name()), names(http.get(cs + "publicationDate%5Blte%5D=2023-02-01")));
        assertEquals(List.of(solar.name()), names(http.get(cs + "publicationDate%5Bgt%5D=2022-05-01")));
        assertEquals(List.of(kitchen.name(), solar.name()), names(http.get(cs + "publicationDate%5Bgte%5D=2022-05-01")));
        assertEquals(List.of(kitchen.name()), names(http.get(cs + "title%5Blike%5D=%25KITCHEN%25")));
        assertEquals(List.of(solar.name()), names(http.get(cs + "title%5Blike%5D=solar%25")));
        assertEquals(List.of(kitchen.name(), solar.name()), names(http.get(cs + "country%5Bin%5D=FR%7CBE")));
        assertEquals(List.of(solar.name()), names(http.get(cs + "country%5Bnot-in%5D=FR%7CDE")));
        assertEquals(List.of(kitchen.name()), names(http.get(cs + "publicationDate%5Bin%5D=2022-01-01~2022-12-31")));
        assertEquals(List.of(solar.name()), names(http.get(cs + "publicationDate%5Bnot-in%5D=2022-01-01~2022-12-31")));
        assertEquals(List.of(solar.name()), names(http.get(cs + "organisations=" + bijenkorf.id() + "&organisations%5Bne%5D=" + ruche.id())));
        assertEquals(List.of(kitchen.name()), names(http.get(cs + "@name=" + kitchen.name())));
    }

    @Test
    void full_text_search_uses_the_locales_stemming() {
        assertEquals(List.of(kitchen.name()), names(http.get(D + "caseStudies?q=kitchens&lang=en")));
        assertEquals(List.of(kitchen.name()), names(http.get(D + "caseStudies?q=cuisines&lang=fr")));
        assertEquals(List.of(), names(http.get(D + "caseStudies?q=bicycle")));
    }

    @Test
    void a_strong_etag_gives_304_and_a_publication_changes_it_at_once() {
        Res r = http.get(D + "organisations/la-ruche?lang=en");
        String etag = r.header("ETag");
        assertNotNull(etag);
        assertTrue(etag.startsWith("\""), "strong: " + etag);
        assertEquals("public, max-age=60", r.header("Cache-Control"));
        Res again = http.get(D + "organisations/la-ruche?lang=en", "If-None-Match", etag);
        assertEquals(304, again.status());
        assertEquals("", again.body());
        assertEquals(etag, again.header("ETag"));
        String listTag = http.get(D + "caseStudies?lang=en").header("ETag");
        assertEquals(304, http.get(D + "caseStudies?lang=en", "If-None-Match", listTag).status());
        content.patch("organisation", ruche.id(), "{'city': 'Lyon'}");
        assertEquals(304, http.get(D + "organisations/la-ruche?lang=en", "If-None-Match", etag).status(), "a draft changes nothing");
        content.publish(ruche, "en");
        Res after = http.get(D + "organisations/la-ruche?lang=en", "If-None-Match", etag);
        assertEquals(200, after.status());
        assertNotEquals(etag, after.header("ETag"));
        assertEquals("Lyon", after.json().path("city").asText());
        assertNotEquals(listTag, http.get(D + "caseStudies?lang=en").header("ETag"), "the embedding case study changed too");
        assertEquals("Lyon", http.get(D + "caseStudies/" + kitchen.name() + "?lang=en").json().path("organisations").get(0).path("city").asText());
    }

    @Test
    void organisations_are_a_geojson_feature_collection_with_lon_lat_order() {
        Res r = http.get(D + "organisations?format=geojson&lang=en");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/geo+json"));
        JsonNode fc = r.json();
        assertEquals("FeatureCollection", fc.path("type").asText());
        assertEquals(2, fc.path("features").size());
        JsonNode ruche0 = null;
        for (JsonNode f : fc.path("features")) if (f.path("id").asText().equals(ruche.id())) ruche0 = f;
        assertNotNull(ruche0, fc.toString());
        assertEquals("Feature", ruche0.path("type").asText());
        assertEquals("Point", ruche0.path("geometry").path("type").asText());
        assertEquals(4.8357, ruche0.path("geometry").path("coordinates").get(0).asDouble(), "longitude first");
        assertEquals(45.764, ruche0.path("geometry").path("coordinates").get(1).asDouble());
        assertEquals("La Ruche", ruche0.path("properties").path("name").asText());
        assertEquals("FR", ruche0.path("properties").path("country").asText());
        assertEquals("cooperative", ruche0.path("properties").path("kind").asText());
        assertEquals("/en/organisations/la-ruche", ruche0.path("properties").path("url").asText());
        Res filtered = http.get(D + "organisations?country=BE", "Accept", "application/geo+json");
        assertEquals(1, filtered.json().path("features").size());
        assertEquals(400, http.get(D + "caseStudies?format=geojson").status());
    }
}
