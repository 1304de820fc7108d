package eu.innco.web.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The warm-up goes through the real stack and leaves nothing a reader or an editor could see: no
 * reach counted, the same answers and ETags afterwards, and every one of its requests answered.
 */
class WarmUpTest {
    static final String LIST = "/.rest/delivery/organisations?lang=en&limit=5";
    static InncoServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of("INNCO_IMPORT_ON_START", "true"));
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_warm_up_counts_no_reach_and_changes_no_answer() throws Exception {
        Http.Res before = http.get(LIST);
        assertEquals(200, before.status(), before.body());
        server.services().reach.counter.drain();
        List<String> statuses = new CopyOnWriteArrayList<>();
        new WarmUp(raw -> {
            String r = server.inProcess(raw);
            statuses.add(r.isEmpty() ? "none" : r.substring(9, 12));
            return r;
        }, server.services().locales.locales(), 300, 60).run();
        assertEquals(61, statuses.size(), "the first case study looked up, then sixty requests of the rounds");
        assertFalse(statuses.stream().anyMatch(s -> s.startsWith("5") || s.equals("none")), "every request answered: " + statuses);
        Thread.sleep(2_000); // reach counts after the answer has left: give the last ones time to be counted, if they were
        assertEquals(Map.of(), server.services().reach.counter.drain(), "the warm-up counted no reach");
        Http.Res after = http.get(LIST);
        assertEquals(before.body(), after.body());
        assertEquals(before.header("ETag"), after.header("ETag"));
        assertEquals(200, http.get("/en/case-studies", "User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0").status());
        long end = System.nanoTime() + 20_000_000_000L;
        while (server.services().reach.counter.drain().isEmpty()) {
            assertTrue(System.nanoTime() < end, "a reader's page view is counted, as before");
            Thread.sleep(50);
        }
    }
}
