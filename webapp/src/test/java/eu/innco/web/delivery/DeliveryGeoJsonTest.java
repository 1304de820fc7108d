package eu.innco.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.content.ContentItem;
import eu.innco.web.Http;
import eu.innco.web.Http.Res;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The GeoJSON of organisations: valid RFC 7946, the map's properties, only what is published with a location. */
class DeliveryGeoJsonTest {
    static final String GEO = "/.rest/delivery/organisations?format=geojson";
    static InncoServer server;
    static Http http;
    static ContentItem athens;
    static ContentItem nowhere;
    static ContentItem draft;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        http = new Http(server.uri());
        Published content = new Published(server);
        athens = content.create("organisation", "{'name': 'Athens Commons', 'country': 'GR', 'city': 'Athens', 'kind': 'cooperative',"
                + " 'role': 'partner', 'location': {'lat': 37.9838, 'lon': 23.7275}, 'description': {'en': '<p>A</p>', 'el': '<p>Α</p>'}}");
        content.publish(athens, "en", "el");
        nowhere = content.create("organisation", "{'name': 'Nowhere Network', 'country': 'FR', 'city': 'Paris', 'kind': 'cooperative',"
                + " 'description': {'en': '<p>No point</p>'}}");
        content.publish(nowhere, "en");
        draft = content.organisation("Draft Place", "IT", 41.9, 12.5, "{'en': '<p>Draft</p>'}");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Map<String, JsonNode> features(String query) {
        Res r = http.get(GEO + query);
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/geo+json"), r.contentType());
        JsonNode fc = r.json();
        assertValidFeatureCollection(fc);
        Map<String, JsonNode> byId = new HashMap<>();
        fc.path("features").forEach(f -> byId.put(f.path("id").asText(), f));
        return byId;
    }

    /** RFC 7946: the members a reader relies on, positions as [lon, lat] numbers in range, no crs (section 4). */
    static void assertValidFeatureCollection(JsonNode fc) {
        assertEquals("FeatureCollection", fc.path("type").asText());
        assertFalse(fc.has("crs"), "RFC 7946 removed crs");
        assertTrue(fc.path("features").isArray());
        for (JsonNode f : fc.path("features")) {
            assertEquals("Feature", f.path("type").asText(), f.toString());
            assertTrue(f.path("id").isTextual(), f.toString());
            assertTrue(f.path("properties").isObject(), f.toString());
            assertEquals("Point", f.path("geometry").path("type").asText(), f.toString());
            JsonNode c = f.path("geometry").path("coordinates");
            assertEquals(2, c.size(), f.toString());
            assertTrue(c.get(0).isNumber() && c.get(1).isNumber(), f.toString());
            assertTrue(Math.abs(c.get(0).asDouble()) <= 180 && Math.abs(c.get(1).asDouble()) <= 90, f.toString());
        }
    }

    @Test
    void a_feature_has_the_maps_properties_in_lon_lat_order() {
        JsonNode f = features("&lang=el").get(athens.id());
        assertEquals(23.7275, f.path("geometry").path("coordinates").get(0).asDouble(), "longitude first");
        assertEquals(37.9838, f.path("geometry").path("coordinates").get(1).asDouble());
        JsonNode p = f.path("properties");
        assertEquals("Athens Commons", p.path("name").asText());
        assertEquals("cooperative", p.path("kind").asText());
        assertEquals("partner", p.path("role").asText());
        assertEquals("GR", p.path("country").asText());
        assertEquals("Athens", p.path("city").asText());
        assertEquals("/el/organisations/" + athens.name(), p.path("url").asText());
    }

    @Test
    void only_published_organisations_with_a_location_are_features() {
        Map<String, JsonNode> all = features("");
        assertEquals(1, all.size(), all.toString());
        assertTrue(all.containsKey(athens.id()));
        assertEquals(200, http.get("/.rest/delivery/organisations/" + nowhere.name()).status(), "listed in JSON, not on the map");
        assertFalse(features("&lang=all").containsKey(draft.id()));
    }

    @Test
    void lang_all_links_the_page_without_a_locale_and_filters_apply() {
        assertEquals("/organisations/" + athens.name(), features("&lang=all").get(athens.id()).path("properties").path("url").asText());
        assertEquals(1, features("&role=partner").size());
        assertEquals(0, features("&country=FR").size());
    }
}
