package eu.innco.web.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.TestClock;
import eu.innco.exchange.AfterMidnight;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The round after midnight, scheduled as the exchange schedules it: an offer whose last day was the
 * day before is withdrawn, and the exchange page kept with it is made anew.
 */
class ExchangeMidnightTest {
    static final String LIST = "/fr/exchange?kind=offer";
    static final LocalDate DAY = LocalDate.now(ZoneOffset.UTC);
    static final TestClock CLOCK = new TestClock(DAY.atTime(23, 59, 58).toInstant(ZoneOffset.UTC));
    static InncoServer server;

    @BeforeAll
    static void start() throws Exception {
        // no schedules of the server's own: the test starts the midnight round when the offer is posted
        server = TestServer.start(Map.of("INNCO_JOIN_MIN_FILL_SECONDS", "0", "INNCO_SCHEDULER", "false"), CLOCK);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_round_after_midnight_withdraws_the_days_last_offers_and_drops_the_kept_page() throws Exception {
        ExchangeClient member = ExchangeClient.member(server, "Cooperativa Sociale Adige", "IT", "Verona", 45.44, 10.99, "it",
                List.of("S"), List.of("it", "fr"), "adige@example.it");
        String id = ExchangeClient.idOf(member.form("/it/account/exchange/new", ExchangeClient.posting(member.csrf("it"), "offer",
                "Consulenza sugli statuti", "Aiuto a scrivere lo statuto di una cooperativa.", "legal", List.of("S"), List.of("IT"), false,
                List.of("it", "fr"), DAY.toString())));
        ExchangeClient anyone = new ExchangeClient(server.uri());
        assertTrue(anyone.get(LIST).body().contains("Consulenza sugli statuti"), "valid on its last day");
        long hits = server.services().pageCache.hits();
        assertTrue(anyone.get(LIST).body().contains("Consulenza sugli statuti"));
        assertTrue(server.services().pageCache.hits() > hits, "the page is kept");

        assertEquals(Duration.ofSeconds(4), AfterMidnight.untilNext(CLOCK.instant()));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            AfterMidnight.schedule(timer, CLOCK, () -> server.services().exchange.expiry.runDue());
            CLOCK.pass(Duration.ofSeconds(4)); // 00:00:02 of the next day when the round runs, in about 4 s
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (server.services().delivery.byId("offers", "all", id).isPresent() && System.nanoTime() < deadline) Thread.sleep(100);
        } finally {
            timer.shutdownNow();
        }
        assertFalse(server.services().delivery.byId("offers", "all", id).isPresent(), "withdrawn by the round");
        hits = server.services().pageCache.hits();
        assertFalse(anyone.get(LIST).body().contains("Consulenza sugli statuti"), "the kept page is dropped");
        assertEquals(hits, server.services().pageCache.hits(), "made anew, not served from the cache");
    }
}
