package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.innco.checkup.SharedStartLimit;
import eu.innco.web.ClusterServers;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The check-up start limit is one limit for a cluster: two real servers on one PostgreSQL store,
 * starts from one address spread over both, and the one past the limit refused by either.
 */
class CheckupStartsAcrossServersTest {
    @Test
    void starts_on_two_servers_add_up_to_one_limit() throws Exception {
        assumeTrue(ClusterServers.jdbcUrl() != null, "no PostgreSQL given (-Dinnco.test.jdbc.url)");
        try (ClusterServers cluster = ClusterServers.start(Map.of("INNCO_CHECKUP_STARTS_PER_HOUR", "3"))) {
            Http a = new Http(cluster.a.uri());
            Http b = new Http(cluster.b.uri());
            assertEquals(303, start(a), "first on A");
            assertEquals(303, start(a), "second on A");
            seen(cluster.b, 2);
            assertEquals(303, start(b), "third on B: B counts A's two");
            seen(cluster.a, 3);
            seen(cluster.b, 3);
            Http.Res refusedOnA = a.send("POST", "/en/check-up", "name=x", CheckupClient.FORM, "Accept", "application/json");
            assertEquals(429, refusedOnA.status(), "A counts B's start");
            assertEquals("INNCO-CHECKUP-010", refusedOnA.json().path("code").asText());
            assertTrue(Long.parseLong(refusedOnA.header("Retry-After")) > 0);
            assertEquals(429, start(b), "and B refuses too");
            int stored = cluster.a.services().repository.read(s -> (int) s.getNode("/innco:system/checkups").getNodes().getSize());
            assertEquals(3, stored, "nothing created by the refused ones");
        }
    }

    private static int start(Http http) {
        return http.send("POST", "/en/check-up", "name=group", CheckupClient.FORM).status();
    }

    /** Waits until a server sees the starts the other one wrote (Oak's background read, about a second). */
    private static void seen(InncoServer server, long starts) throws InterruptedException {
        // a reader of the same repository: it sums what every server wrote, as the server's own limit does
        SharedStartLimit counts = new SharedStartLimit(server.services().repository, 3, Clock.systemUTC());
        for (int i = 0; i < 100 && fromHere(counts) < starts; i++) Thread.sleep(100);
        assertEquals(starts, fromHere(counts));
    }

    /** The test's own address as the servers saw it ("localhost" may be either loopback). */
    private static long fromHere(SharedStartLimit counts) {
        return Math.max(counts.startsInTheHour("127.0.0.1"), counts.startsInTheHour("0:0:0:0:0:0:0:1"));
    }
}
