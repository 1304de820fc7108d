package eu.innco.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.delivery.StoredNode;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The answer cache of a real server with 1 MB for answers: full, it evicts what is rarely asked
 * for and keeps what is asked for all the time; concurrent misses of one answer make it once.
 */
class AnswerCacheTest {
    static InncoServer server;
    static DeliveryDoors doors;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of("INNCO_DELIVERY_CACHE_MB", "1", "INNCO_RATE_LIMIT_PER_MINUTE", "0"));
        doors = server.services().deliveryDoors;
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    static Optional<StoredNode> node(String item, int bytes) {
        byte[] json = new byte[bytes];
        Arrays.fill(json, (byte) ' ');
        return Optional.of(new StoredNode(json, "\"" + item + "\"", "en"));
    }

    @Test
    void a_full_cache_evicts_answers_asked_for_once_and_keeps_the_one_asked_for_all_the_time() {
        AtomicInteger hotMade = new AtomicInteger();
        for (int i = 0; i < 600; i++) { // 600 answers of 8 kB: almost five times the cache
            String cold = "cold-" + i;
            doors.node("organisations", "/" + cold, "en", () -> node(cold, 8_000));
            if (i % 5 == 0) doors.node("organisations", "/hot", "en", () -> {
                hotMade.incrementAndGet();
                return node("hot", 8_000);
            });
        }
        assertEquals(1, hotMade.get(), "the answer asked for every fifth request was made once and kept throughout");
        assertTrue(doors.cacheBytes() <= 1024 * 1024, "the cache stays within its size: " + doors.cacheBytes());
        assertTrue(doors.cacheBytes() > 512 * 1024, "a full cache is not emptied: " + doors.cacheBytes());
    }

    @Test
    void concurrent_misses_of_one_answer_make_it_once_and_all_get_it() throws Exception {
        int clients = 8;
        AtomicInteger made = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<Object> answers = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(() -> {
                try {
                    answers.add(doors.node("organisations", "/wanted-by-all", "en", () -> {
                        made.incrementAndGet();
                        try {
                            release.await(60, TimeUnit.SECONDS); // slow, so that every client misses while it is made
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return node("wanted", 20_000);
                    }));
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            threads.add(t);
            t.start();
        }
        // every client is either making the answer (waiting for the release) or waiting for the one who makes it
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING)) {
            assertTrue(System.nanoTime() < deadline, "the clients did not all reach the cache");
            Thread.sleep(5);
        }
        release.countDown();
        for (Thread t : threads) t.join(60_000);
        assertEquals(null, failure.get());
        assertEquals(clients, answers.size());
        assertEquals(1, made.get(), "one client made the answer, the others waited for it");
        for (Object a : answers) assertSame(answers.get(0), a, "all got the same answer");
    }
}
