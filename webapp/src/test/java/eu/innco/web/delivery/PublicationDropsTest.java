package eu.innco.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.content.ContentItem;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A publication drops from the caches what it can change (the answers and pages showing the
 * published item, the lists of its endpoint) and keeps the rest; cached lists are answered by the
 * servlet fast path with Jersey's bytes and headers.
 */
class PublicationDropsTest {
    static final String D = "/.rest/delivery/";
    static InncoServer server;
    static Http http;
    static Published content;
    static DeliveryDoors doors;
    static ContentItem elsewhere;
    static ContentItem host;
    static ContentItem study;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of("INNCO_RATE_LIMIT_PER_MINUTE", "0"));
        http = new Http(server.uri());
        content = new Published(server);
        doors = server.services().deliveryDoors;
        elsewhere = content.organisation("Hive elsewhere", "FR", 45.7, 4.8, "{'en': '<p>Far away</p>'}");
        host = content.organisation("Bakery host", "BE", 50.8, 4.3, "{'en': '<p>Hosts the bakers</p>'}");
        content.publish(elsewhere, "en");
        content.publish(host, "en");
        study = content.create("caseStudy", "{'title': {'en': 'Bread before'}, 'country': 'BE', 'publicationDate': '2024-01-01',"
                + " 'organisations': ['" + host.id() + "']}");
        content.publish(study, "en");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    static Http.Res ok(String path) {
        Http.Res r = http.get(path);
        assertEquals(200, r.status(), path + ": " + r.body());
        return r;
    }

    @Test
    void publishing_a_case_study_keeps_an_organisation_answer_without_it_and_drops_the_lists_and_pages_showing_it() {
        String unrelated = D + "organisations@" + elsewhere.id() + "?lang=en";
        String list = D + "caseStudies?country=BE&lang=en";
        String hostPage = "/en/organisations/" + ok(D + "organisations@" + host.id() + "?lang=en").json().path("@name").asText();
        String listPage = "/en/case-studies";
        for (String p : new String[] {unrelated, list, hostPage, listPage}) {
            ok(p);
            ok(p); // now cached
        }
        assertTrue(ok(list).body().contains("Bread before") && ok(hostPage).body().contains("Bread before")
                && ok(listPage).body().contains("Bread before"));
        content.patch("caseStudy", study.id(), "{'title': {'en': 'Bread after'}}");
        content.publish(study, "en");

        long made = doors.cacheMade();
        long hits = doors.cacheHits();
        ok(unrelated);
        assertEquals(made, doors.cacheMade(), "the organisation's answer does not show the case study: kept");
        assertEquals(hits + 1, doors.cacheHits());
        assertTrue(ok(list).body().contains("Bread after"), "the list of case studies is made again");
        assertEquals(made + 1, doors.cacheMade());
        assertTrue(ok(hostPage).body().contains("Bread after"), "the page of the organisation lists its case studies");
        assertFalse(ok(listPage).body().contains("Bread before"), "the portal's list of case studies is rendered again");
        assertTrue(ok(listPage).body().contains("Bread after"));
    }

    @Test
    void a_cached_list_comes_from_the_fast_path_with_the_same_bytes_headers_and_304() {
        String list = D + "organisations?country=BE&orderBy=name%20asc&lang=en";
        Http.Res first = ok(list); // made by Jersey
        long made = doors.cacheMade();
        Http.Res second = ok(list); // kept: the servlet fast path answers
        assertEquals(made, doors.cacheMade());
        assertEquals(first.body(), second.body());
        for (String h : new String[] {"ETag", "Cache-Control", "Content-Language", "Vary", "Content-Type", "X-Content-Type-Options"}) {
            assertEquals(first.header(h), second.header(h), h);
        }
        String etag = second.header("ETag");
        assertEquals(304, http.get(list, "If-None-Match", "\"other\", W/" + etag).status(), "a weak copy of the tag in a list");
        assertEquals(200, http.get(list, "If-None-Match", "\"other\"").status());
        String node = D + "organisations@" + host.id() + "?lang=en";
        assertEquals(304, http.get(node, "If-None-Match", "W/" + ok(node).header("ETag") + ", \"x\"").status());
    }
}
