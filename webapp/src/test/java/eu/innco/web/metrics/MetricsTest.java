package eu.innco.web.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 21: metrics in the Prometheus text format, behind a token, with requests counted as they were made. */
class MetricsTest {
    static final String TOKEN = "metrics-test-token-5c1e";
    static InncoServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of("INNCO_METRICS_TOKEN", TOKEN));
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String scrape() {
        assertTrue(http.get(MetricsFilter.PATH, "Authorization", "Bearer " + TOKEN).header("Content-Type").startsWith("text/plain"));
        return Scrapes.scrape(http, TOKEN);
    }

    static double value(String text, String series) {
        return Scrapes.value(text, series, 0);
    }

    @Test
    void without_the_token_the_metrics_are_refused_with_a_problem() {
        for (String auth : new String[] {null, "Bearer wrong", "Basic " + TOKEN}) {
            Http.Res r = auth == null ? http.get(MetricsFilter.PATH) : http.get(MetricsFilter.PATH, "Authorization", auth);
            assertEquals(401, r.status());
            assertTrue(r.header("Content-Type").startsWith("application/problem+json"));
            assertEquals("INNCO-METRICS-001", r.json().path("code").asText());
        }
    }

    @Test
    void delivery_requests_and_the_answer_cache_are_counted_as_they_happen() {
        String series = "innco_http_requests_seconds_count{method=\"GET\",route=\"delivery-list\",status=\"200\"}";
        String before = scrape();
        double requests = value(before, series);
        double hits = value(before, "innco_answer_cache_hits_total");
        for (int i = 0; i < 5; i++) assertEquals(200, http.get("/.rest/delivery/caseStudies?lang=en&limit=" + (i % 2 + 1)).status());
        String after = scrape();
        assertEquals(requests + 5, value(after, series), after);
        assertTrue(value(after, "innco_answer_cache_hits_total") >= hits + 3, "three of the five were answered again from the cache");
        assertTrue(after.contains("innco_http_requests_seconds_bucket{method=\"GET\",route=\"delivery-list\",status=\"200\",le="),
                "a latency histogram");
        assertTrue(value(after, "jvm_memory_used_bytes{area=\"heap\",id=\"G1 Eden Space\"}") >= 0 && after.contains("jvm_threads_live_threads"));
        assertTrue(after.contains("innco_index_generation") && after.contains("innco_mail_outbox_waiting"));
    }

    @Test
    void routes_are_a_fixed_set_whatever_paths_visitors_ask_for() {
        for (int i = 0; i < 40; i++) http.get("/nothing-" + i + "/x" + i);
        Set<String> routes = new TreeSet<>();
        Matcher m = Pattern.compile("route=\"([^\"]+)\"").matcher(scrape());
        while (m.find()) routes.add(m.group(1));
        assertTrue(routes.size() < 15, routes.toString());
        assertTrue(routes.contains("other"), routes.toString());
    }

    @Test
    void without_a_configured_token_there_is_no_metrics_address() throws Exception {
        try (InncoServer plain = TestServer.start()) {
            Http.Res r = new Http(plain.uri()).get(MetricsFilter.PATH, "Authorization", "Bearer ");
            assertEquals(404, r.status());
        }
    }
}
