package eu.innco.web;

import static eu.innco.web.Http.j;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The GeoJSON a server made ahead of requests follows what another server of the cluster publishes:
 * B's map data shows an organisation published on A within seconds, with a new ETag. Runs with
 * PostgreSQL ({@code -Dinnco.test.jdbc.url}).
 */
class GeoJsonAcrossServersTest {
    static final String GEO = "/.rest/delivery/organisations?format=geojson&lang=en";
    static final Duration SOON = Duration.ofSeconds(30);
    static ClusterServers cluster;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(ClusterServers.jdbcUrl() != null, "no PostgreSQL given (-Dinnco.test.jdbc.url)");
        cluster = ClusterServers.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) cluster.close();
    }

    @Test
    void the_geojson_on_one_server_shows_an_organisation_published_on_the_other() throws Exception {
        Http a = new Http(cluster.a.uri()).admin();
        Http b = new Http(cluster.b.uri());
        Http.Res before = b.get(GEO);
        assertEquals(200, before.status(), before.body());
        Http.Res created = a.post("/.rest/authoring/v1/items/organisation", j("{'properties': {'name': 'Mapped on A', 'country': 'IT',"
                + " 'location': {'lat': 45.07, 'lon': 7.69}, 'description': {'en': '<p>A</p>'}}}"));
        assertEquals(201, created.status(), created.body());
        String id = created.json().path("id").asText();
        assertFalse(before.body().contains(id));
        Http.Res published = a.post("/.rest/authoring/v1/items/organisation/" + id + "/publish", j("{'locales': ['en']}"));
        assertEquals(200, published.status(), published.body());
        long end = System.nanoTime() + SOON.toNanos();
        while (!b.get(GEO).body().contains(id)) {
            if (System.nanoTime() > end) throw new AssertionError("B's GeoJSON does not show A's publication within " + SOON.toSeconds() + " s");
            Thread.sleep(50);
        }
        assertNotEquals(before.header("ETag"), b.get(GEO).header("ETag"));
    }
}
