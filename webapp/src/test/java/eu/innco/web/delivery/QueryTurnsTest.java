package eu.innco.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Lists take turns: no more at once than the slots, the others in the order they came, a 503 after the patience. */
class QueryTurnsTest {
    final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** Takes the only turn until {@code release} opens; returns when it holds it. */
    Future<String> hold(QueryTurns turns, CountDownLatch release) throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        Future<String> f = pool.submit(() -> turns.inTurn(() -> {
            holding.countDown();
            await(release);
            return "first";
        }));
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        return f;
    }

    @Test
    void no_more_lists_at_once_than_the_slots_and_the_waiting_ones_go_in_arrival_order() throws Exception {
        QueryTurns turns = new QueryTurns(1, 30_000);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> first = hold(turns, release);
        List<String> ran = new CopyOnWriteArrayList<>();
        Future<?> a = pool.submit(() -> turns.inTurn(() -> ran.add("a")));
        waitForQueue(turns, 1);
        Future<?> b = pool.submit(() -> turns.inTurn(() -> ran.add("b")));
        waitForQueue(turns, 2);
        Thread.sleep(100);
        assertEquals(List.of(), ran, "nothing starts while the one turn is taken");
        assertEquals(2, turns.waiting());
        release.countDown();
        assertEquals("first", first.get(10, TimeUnit.SECONDS));
        a.get(10, TimeUnit.SECONDS);
        b.get(10, TimeUnit.SECONDS);
        assertEquals(List.of("a", "b"), ran);
        assertEquals(0, turns.waiting());
        assertEquals(0, turns.refused());
    }

    @Test
    void a_list_whose_turn_does_not_come_in_time_is_refused_with_a_retry_after() throws Exception {
        QueryTurns turns = new QueryTurns(1, 150);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> first = hold(turns, release);
        QueryTurns.Busy busy = assertThrows(QueryTurns.Busy.class, () -> turns.inTurn(() -> "late"));
        assertEquals("INNCO-DELIVERY-503", busy.code());
        assertEquals(503, busy.kind().status());
        assertEquals(1, busy.retryAfterSeconds());
        assertEquals(1, turns.refused());
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertEquals("now", turns.inTurn(() -> "now"), "the turn given back serves the next list");
    }

    @Test
    void a_turn_is_given_back_when_the_list_fails() throws Exception {
        QueryTurns turns = new QueryTurns(1, 150);
        assertThrows(IllegalStateException.class, () -> turns.inTurn(() -> {
            throw new IllegalStateException("a bad filter");
        }));
        assertEquals("next", turns.inTurn(() -> "next"));
    }

    @Test
    void without_slots_every_list_is_made_at_once() throws Exception {
        QueryTurns turns = new QueryTurns(0, 150);
        CountDownLatch both = new CountDownLatch(2);
        List<Future<Boolean>> f = List.of(
                pool.submit(() -> turns.inTurn(() -> meet(both))), pool.submit(() -> turns.inTurn(() -> meet(both))));
        for (Future<Boolean> x : f) assertTrue(x.get(10, TimeUnit.SECONDS), "the two ran side by side");
    }

    static boolean meet(CountDownLatch l) {
        l.countDown();
        try {
            return l.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static void await(CountDownLatch l) {
        try {
            l.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static void waitForQueue(QueryTurns turns, int n) throws InterruptedException {
        for (int i = 0; i < 1000 && turns.waiting() < n; i++) Thread.sleep(10);
        assertEquals(n, turns.waiting());
    }
}
