package eu.innco.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.content.ContentItem;
import eu.innco.web.Http;
import eu.innco.web.Http.Res;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The GeoJSON of every organisation is made when organisations are published, not per request: the
 * same bytes and ETag until a publication, then the new organisation (and a new ETag) at once, in
 * every language a reader asked for; what another publication withdraws leaves it.
 */
class GeoJsonSnapshotsTest {
    static final String GEO = "/.rest/delivery/organisations?format=geojson&lang=";
    static InncoServer server;
    static Http http;
    static Published content;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        http = new Http(server.uri());
        content = new Published(server);
        content.publish(content.organisation("First Point", "BE", 50.85, 4.35, "{'en': '<p>B</p>', 'fr': '<p>B</p>'}"), "en", "fr");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Res geo(String lang, String... headers) {
        Res r = http.get(GEO + lang, headers);
        assertTrue(r.status() == 200 || r.status() == 304, r.toString());
        return r;
    }

    @Test
    void the_same_bytes_and_etag_are_served_until_an_organisation_is_published() {
        Res first = geo("en");
        Res again = geo("en");
        assertEquals(first.body(), again.body());
        assertEquals(first.header("ETag"), again.header("ETag"));
        assertEquals(304, geo("en", "If-None-Match", first.header("ETag")).status());
        assertEquals("application/geo+json", first.contentType().split(";")[0]);
        assertEquals("en", first.header("Content-Language"));
    }

    @Test
    void a_publication_here_changes_the_geojson_in_every_language_at_once() {
        Res en = geo("en");
        Res fr = geo("fr");
        ContentItem added = content.organisation("Added Point", "PL", 52.23, 21.01, "{'en': '<p>P</p>', 'fr': '<p>P</p>'}");
        assertFalse(en.body().contains(added.id()));
        content.publish(added, "en", "fr");
        Res enAfter = geo("en");
        assertTrue(enAfter.body().contains(added.id()), "the publication is in the English GeoJSON when it returns");
        assertTrue(geo("fr").body().contains(added.id()), "and in the French one");
        assertNotEquals(en.header("ETag"), enAfter.header("ETag"));
        assertEquals(200, geo("fr", "If-None-Match", fr.header("ETag")).status(), "the old French ETag no longer matches");
        content.unpublish(added);
        assertFalse(geo("en").body().contains(added.id()), "withdrawn: gone from the GeoJSON");
    }

    @Test
    void a_filtered_geojson_is_answered_from_the_index_as_before() {
        ContentItem cy = content.organisation("Cyprus Point", "CY", 35.17, 33.36, "{'en': '<p>C</p>'}");
        content.publish(cy, "en");
        String body = http.get("/.rest/delivery/organisations?format=geojson&lang=en&country=CY").body();
        assertTrue(body.contains(cy.id()), body);
        assertFalse(body.contains("First Point"), body);
    }
}
