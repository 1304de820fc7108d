package eu.innco.checkup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.InncoException;
import eu.innco.TestModule;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Answers that arrive together share one commit, and sharing changes nothing of what each
 * participant is told: every answer saved once, a replay in the same batch refused, a closed
 * check-up refusing every answer of a batch.
 */
class AnswerBatchesTest {
    static final TestModule MODULE = TestModule.memory();
    final CheckupStore store = new CheckupStore(MODULE.repository, Clock.systemUTC(), new CheckupRetention(Duration.ofDays(30)));

    @AfterAll
    static void close() {
        MODULE.close();
    }

    @Test
    void answers_waiting_together_are_written_in_one_commit_each_saved_once() throws Exception {
        Checkup c = store.create("Forty", "en").checkup();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 40; i++) tokens.add(CheckupKeys.newSecret());
        long before = store.batches.commits();
        List<Future<Object>> done = gathered(40, i -> store.answer(c, tokens.get(i), 0, "pl", Map.of("s" + i, 1 + i % 5, "t", 0)));
        for (Future<Object> f : done) assertEquals(1L, ((Response) f.get()).revision());
        assertEquals(1, store.batches.commits() - before, "forty answers waiting together share one commit");
        List<Response> stored = store.responses(c);
        assertEquals(40, stored.size());
        for (int i = 0; i < 40; i++) assertEquals(1 + i % 5, store.response(c, tokens.get(i)).answers().get("s" + i));
        assertEquals(0, store.response(c, tokens.get(7)).answers().get("t"));
    }

    @Test
    void the_same_form_sent_five_times_in_one_batch_is_saved_once_and_the_rest_refused() throws Exception {
        Checkup c = store.create("Replay", "en").checkup();
        String token = CheckupKeys.newSecret();
        List<Future<Object>> done = gathered(5, i -> store.answer(c, token, 0, "el", Map.of("s", 1 + i)));
        int saved = 0;
        int refused = 0;
        for (Future<Object> f : done) {
            Object o = f.get();
            if (o instanceof Response) saved++;
            else if (o instanceof InncoException e && e.code().equals("INNCO-CHECKUP-004")) refused++;
        }
        assertEquals(1, saved);
        assertEquals(4, refused);
        assertEquals(1, store.responses(c).size());
        assertEquals(1L, store.response(c, token).revision());
    }

    @Test
    void a_batch_mixing_a_closed_check_up_and_an_open_one_refuses_only_the_closed_ones_answers() throws Exception {
        Checkup open = store.create("Open", "en").checkup();
        Checkup closed = store.close(store.create("Closed", "en").checkup());
        List<Future<Object>> done = gathered(6, i -> store.answer(i % 2 == 0 ? open : closed, CheckupKeys.newSecret(), 0, "fr", Map.of("s", 3)));
        for (int i = 0; i < 6; i++) {
            Object o = done.get(i).get();
            if (i % 2 == 0) assertTrue(o instanceof Response, String.valueOf(o));
            else assertTrue(o instanceof InncoException e && e.code().equals("INNCO-CHECKUP-003"), String.valueOf(o));
        }
        assertEquals(3, store.responses(open).size());
        assertEquals(0, store.responses(closed).size());
    }

    /** Runs n saves while the batch writer is held, so that all of them are queued before any is written; a refusal is returned, not thrown. */
    private List<Future<Object>> gathered(int n, java.util.function.IntFunction<Response> save) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<Object>> done = new ArrayList<>();
        store.batches.writing.lock();
        try {
            for (int i = 0; i < n; i++) {
                int k = i;
                done.add(pool.submit(() -> {
                    try {
                        return (Object) save.apply(k);
                    } catch (InncoException e) {
                        return e;
                    }
                }));
            }
            long until = System.nanoTime() + 10_000_000_000L;
            while (store.batches.queued() < n && System.nanoTime() < until) Thread.sleep(5);
            assertEquals(n, store.batches.queued());
        } finally {
            store.batches.writing.unlock();
        }
        pool.shutdown();
        return done;
    }
}
