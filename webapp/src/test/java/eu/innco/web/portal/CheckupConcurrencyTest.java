package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.checkup.Checkup;
import eu.innco.checkup.Response;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two hundred participants send their answers to one check-up at the same moment, on the embedded
 * (segment) store: every answer is saved once, none is lost, none is doubled, and the organiser's
 * page counts them all. Prints the latency of the saves (docs/benchmarks.md).
 */
class CheckupConcurrencyTest {
    static final int PEOPLE = 200;

    @Test
    void two_hundred_participants_answering_at_once_are_all_saved_once() throws Exception {
        try (InncoServer server = TestServer.start(Map.of("INNCO_IMPORT_ON_START", "true", "INNCO_STORE", "segment"))) {
            Http http = new Http(server.uri());
            CheckupClient client = new CheckupClient(http);
            String organiser = client.create("en", "Two hundred");
            String participant = client.participantPath(organiser);
            List<CheckupClient.Form> forms = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) forms.add(client.open(participant));
            List<Map<String, String>> sent = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                Map<String, String> a = new HashMap<>();
                List<String> ids = forms.get(i).statements();
                for (int s = 0; s < ids.size(); s++) a.put(ids.get(s), (i + s) % 6 == 5 ? "dk" : Integer.toString(1 + (i * 3 + s) % 5));
                sent.add(a);
            }
            ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<long[]>> done = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                int n = i;
                done.add(pool.submit(() -> {
                    go.await();
                    long t0 = System.nanoTime();
                    Http.Res r = client.send(participant, forms.get(n).token(), 0, sent.get(n));
                    return new long[] {r.status(), System.nanoTime() - t0};
                }));
            }
            go.countDown();
            List<Long> micros = new ArrayList<>();
            for (Future<long[]> f : done) {
                long[] r = f.get();
                assertEquals(303, r[0]);
                micros.add(r[1] / 1000);
            }
            pool.shutdown();
            Collections.sort(micros);
            System.out.printf("check-up: %d answers at once: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n", PEOPLE,
                    micros.get(PEOPLE / 2) / 1000, micros.get(PEOPLE * 95 / 100) / 1000, micros.get(PEOPLE * 99 / 100) / 1000, micros.get(PEOPLE - 1) / 1000);
            Checkup c = server.services().checkups.open(organiser.substring(organiser.lastIndexOf('/') + 1, organiser.indexOf('?')), Checkup.Role.ORGANISER);
            List<Response> stored = server.services().checkups.responses(c);
            assertEquals(PEOPLE, stored.size(), "none lost, none doubled");
            List<Map<String, Integer>> expected = new ArrayList<>();
            for (Map<String, String> a : sent) {
                Map<String, Integer> m = new HashMap<>();
                a.forEach((k, v) -> m.put(k, v.equals("dk") ? Response.DONT_KNOW : Integer.parseInt(v)));
                expected.add(m);
            }
            List<Map<String, Integer>> got = new ArrayList<>(stored.stream().map(Response::answers).toList());
            for (Map<String, Integer> m : expected) assertTrue(got.remove(m), "an answer set is missing");
            assertTrue(got.isEmpty());
            assertTrue(http.get(organiser, "Accept", "text/html").body().contains("200 people have answered"));
            paced(client, sent);
        }
    }

    /** The same two hundred answers to a second check-up, one every 25 ms (five seconds in all), as a group answering in a meeting would. */
    private static void paced(CheckupClient client, List<Map<String, String>> sent) throws Exception {
        String participant = client.participantPath(client.create("en", "Paced"));
        List<CheckupClient.Form> forms = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) forms.add(client.open(participant));
        java.util.concurrent.ScheduledExecutorService pool = Executors.newScheduledThreadPool(PEOPLE);
        List<java.util.concurrent.ScheduledFuture<Long>> done = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            int n = i;
            Map<String, String> answers = new HashMap<>();
            sent.get(n).forEach((k, v) -> answers.put(k, v));
            done.add(pool.schedule(() -> {
                long t0 = System.nanoTime();
                assertEquals(303, client.send(participant, forms.get(n).token(), 0, answers).status());
                return (System.nanoTime() - t0) / 1000;
            }, 25L * i, java.util.concurrent.TimeUnit.MILLISECONDS));
        }
        List<Long> micros = new ArrayList<>();
        for (var f : done) micros.add(f.get());
        pool.shutdown();
        Collections.sort(micros);
        System.out.printf("check-up: %d answers, one every 25 ms: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n", PEOPLE,
                micros.get(PEOPLE / 2) / 1000, micros.get(PEOPLE * 95 / 100) / 1000, micros.get(PEOPLE * 99 / 100) / 1000, micros.get(PEOPLE - 1) / 1000);
    }
}
