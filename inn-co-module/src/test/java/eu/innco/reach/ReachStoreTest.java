package eu.innco.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.innco.repository.ContentRepository;
import eu.innco.repository.RepositoryConfig;
import eu.innco.repository.Stores;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Counts add up whichever server wrote them: two writers on one repository, and two servers on one
 * PostgreSQL store flushing the same day at the same time (when the build is given a database).
 */
class ReachStoreTest {
    static final LocalDate DAY = LocalDate.of(2027, 1, 11);
    static final ReachKey PAGE_FR = new ReachKey(ReachKey.PAGE, "/fr/campaigns/printemps", "fr", "", "t.co");
    static final ReachKey CLICK_PL = new ReachKey(ReachKey.SHARE, "/s/printemps-pl-abcdef", "pl", "printemps", "");

    @Test
    void two_writers_on_one_repository_add_up_and_a_writer_adds_to_its_own_counts() {
        try (ContentRepository repo = ContentRepository.start(RepositoryConfig.memory())) {
            ReachStore a = new ReachStore(repo, "w-a");
            ReachStore b = new ReachStore(repo, "w-b");
            a.add(Map.of(DAY, Map.of(PAGE_FR, 3L, CLICK_PL, 1L)));
            b.add(Map.of(DAY, Map.of(PAGE_FR, 4L)));
            a.add(Map.of(DAY, Map.of(PAGE_FR, 2L), DAY.plusDays(1), Map.of(CLICK_PL, 5L)));
            assertEquals(Map.of(DAY + " " + PAGE_FR.path(), 9L, DAY + " " + CLICK_PL.path(), 1L, DAY.plusDays(1) + " " + CLICK_PL.path(), 5L),
                    sums(b.read(DAY, DAY.plusDays(1))));
            assertEquals(1, b.read(DAY.plusDays(1), DAY.plusDays(1)).size(), "a period reads its own days only");
        }
    }

    @Test
    void the_counter_hands_over_its_counts_once_per_day_and_key() {
        Clock clock = Clock.fixed(Instant.parse("2027-01-11T23:59:59Z"), ZoneOffset.UTC);
        ReachCounter c = new ReachCounter(clock, 2);
        c.count(PAGE_FR);
        c.count(PAGE_FR);
        c.count(CLICK_PL);
        c.count(new ReachKey(ReachKey.PAGE, "/fr/other", "fr", "", ""));
        assertEquals(Map.of(DAY, Map.of(PAGE_FR, 2L, CLICK_PL, 1L)), c.drain());
        assertEquals(1, c.dropped(), "a third key past the cap of two is dropped, not kept");
        assertEquals(Map.of(), c.drain(), "a drain starts again from zero");
    }

    @Test
    void two_servers_on_one_postgresql_store_flushing_the_same_new_day_at_once_add_up() throws Exception {
        Assumptions.assumeTrue(Stores.jdbcUrl() != null, "no PostgreSQL given (-Dinnco.test.jdbc.url)");
        RepositoryConfig shared = Stores.postgres();
        try (ContentRepository one = ContentRepository.start(shared.withClusterId(1));
             ContentRepository two = ContentRepository.start(shared.withClusterId(2))) {
            Clock onDay = Clock.fixed(DAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            Reach a = new Reach(one, onDay, 3600, 1000);
            Reach b = new Reach(two, onDay, 3600, 1000);
            List<CompletableFuture<Void>> writes = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                // both create the day's node at the same moment: a conflict is retried at the next flush, never lost
                writes.add(CompletableFuture.runAsync(() -> add(a, 2)));
                writes.add(CompletableFuture.runAsync(() -> add(b, 3)));
            }
            writes.forEach(CompletableFuture::join);
            a.close();
            b.close();
            long deadline = System.currentTimeMillis() + 20_000;
            Map<String, Long> seen = Map.of();
            while (System.currentTimeMillis() < deadline) {
                seen = sums(new ReachStore(two, "reader").read(DAY, DAY));
                if (seen.getOrDefault(DAY + " " + PAGE_FR.path(), 0L) == 25L) break;
                Thread.sleep(200);
            }
            assertEquals(Map.of(DAY + " " + PAGE_FR.path(), 25L), seen, "5 x 2 from one server and 5 x 3 from the other");
        }
    }

    /** Counts {@code n} views and flushes; a flush refused by a conflict keeps its counts, and the next one writes them. */
    private static void add(Reach r, long n) {
        for (int i = 0; i < n; i++) r.counter.count(PAGE_FR);
        for (int attempt = 0; ; attempt++) {
            try {
                r.flush();
                return;
            } catch (RuntimeException e) {
                if (attempt == 20) throw e;
            }
        }
    }

    private static Map<String, Long> sums(List<ReachRow> rows) {
        java.util.HashMap<String, Long> m = new java.util.HashMap<>();
        for (ReachRow r : rows) m.merge(r.day() + " " + r.key().path(), r.count(), Long::sum);
        return m;
    }
}
