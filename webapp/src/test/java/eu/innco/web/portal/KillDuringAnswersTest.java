package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.ChildServer;
import eu.innco.web.Http;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a server on the segment store while participants answer a check-up: after a restart
 * on the same folder, every answer that was confirmed (its 303) is there with what was sent. The
 * answers are written below JCR, on the node store (ContentRepository.saveNodes), and batched:
 * this is what holds that path to the product's promise that a confirmed write survives a crash.
 */
class KillDuringAnswersTest {
    static final Map<String, String> ENV = Map.of("INNCO_SCHEDULER", "false", "INNCO_RATE_LIMIT_PER_MINUTE", "0",
            "INNCO_CHECKUP_STARTS_PER_HOUR", "0", "INNCO_IMPORT_ON_START", "true");
    static final int CLIENTS = 8;
    static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void every_answer_confirmed_before_a_kill_is_there_after_restart(@TempDir Path home) throws Exception {
        Map<String, Map<String, String>> confirmed = new ConcurrentHashMap<>();
        String participant;
        try (ChildServer child = ChildServer.start(home, ENV)) {
            CheckupClient client = new CheckupClient(new Http(child.uri()));
            participant = client.participantPath(client.create("en", "Killed"));
            List<String> statements = client.open(participant).statements();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                pool.submit(() -> {
                    while (!stop.get()) {
                        String token = token();
                        Map<String, String> answers = new HashMap<>();
                        for (String s : statements) answers.put(s, Integer.toString(1 + RANDOM.nextInt(5)));
                        try {
                            if (client.send(participant, token, 0, answers).status() == 303) confirmed.put(token, answers);
                        } catch (RuntimeException e) {
                            return; // the server died under the request: that answer was never confirmed
                        }
                    }
                });
            }
            for (int i = 0; i < 1200 && confirmed.size() < 150; i++) Thread.sleep(25);
            child.kill();
            stop.set(true);
            pool.shutdown();
            assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
        }
        assertTrue(confirmed.size() >= 20, "the participants answered before the kill: " + confirmed.size());
        try (ChildServer restarted = ChildServer.start(home, ENV)) {
            Http http = new Http(restarted.uri());
            List<String> lost = new ArrayList<>();
            for (var e : Set.copyOf(confirmed.entrySet())) {
                String page = http.get(participant + "/r/" + e.getKey(), "Accept", "text/html").body();
                if (CheckupClient.form(page).revision() != 1) lost.add(e.getKey());
                else for (var a : e.getValue().entrySet()) {
                    assertTrue(page.contains("name=\"s-" + a.getKey() + "\" value=\"" + a.getValue() + "\" checked"),
                            "the answer to " + a.getKey() + " is the one sent");
                }
            }
            assertEquals(List.of(), lost, lost.size() + " of " + confirmed.size() + " confirmed answers lost");
        }
    }

    /** A participant token as the questionnaire hands out: 32 random bytes, URL-safe Base64 without padding. */
    private static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
