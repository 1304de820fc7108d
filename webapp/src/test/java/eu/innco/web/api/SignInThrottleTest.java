package eu.innco.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.security.Role;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in delays over real HTTP, with clients on different loopback addresses (127.0.0.x): a
 * stranger's wrong guesses slow only the stranger, and right passwords are never refused.
 */
class SignInThrottleTest {
    static final String TYPES = "/.rest/authoring/v1/types";
    InncoServer server;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start();
        server.services().users.create("pia", "pia's right password", Set.of(Role.EDITOR), "", Set.of(), false);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A status line and the Retry-After header, for a GET sent from {@code from} with Basic credentials. */
    record Answer(int status, String retryAfter) {}

    Answer get(String from, String user, String password) throws Exception {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(from, 0));
            s.connect(new InetSocketAddress("127.0.0.1", server.uri().getPort()), 5000);
            s.setSoTimeout(20_000);
            String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            OutputStream out = s.getOutputStream();
            out.write(("GET " + TYPES + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + basic
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String head = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r\n\r\n", 2)[0];
            String retry = null;
            for (String line : head.split("\r\n")) {
                if (line.regionMatches(true, 0, "Retry-After:", 0, 12)) retry = line.substring(12).trim();
            }
            return new Answer(Integer.parseInt(head.split(" ")[1]), retry);
        }
    }

    @Test
    void right_passwords_sent_in_parallel_right_after_a_start_are_all_accepted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<Integer>>> clients = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                clients.add(pool.submit(() -> {
                    go.await();
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < 3; i++) statuses.add(get("127.0.0.1", i % 2 == 0 ? "admin" : "pia",
                            i % 2 == 0 ? TestServer.ADMIN_PASSWORD : "pia's right password").status());
                    return statuses;
                }));
            }
            go.countDown();
            for (Future<List<Integer>> f : clients) assertEquals(List.of(200, 200, 200), f.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_stranger_guessing_from_another_address_never_keeps_the_admin_out() throws Exception {
        List<Integer> strangers = new ArrayList<>();
        for (int i = 0; i < 12; i++) strangers.add(get("127.0.0.2", "admin", "guess number " + i).status());
        assertTrue(strangers.contains(429), "the stranger is slowed down: " + strangers);
        assertEquals(200, get("127.0.0.1", "admin", TestServer.ADMIN_PASSWORD).status(), "the admin at their own address is not");
        assertEquals(200, get("127.0.0.3", "admin", TestServer.ADMIN_PASSWORD).status(), "nor from a third address");
        assertEquals(429, get("127.0.0.2", "admin", TestServer.ADMIN_PASSWORD).status(),
                "the guessing address itself waits, right password or not, so that waiting is not a way to guess faster");
    }

    @Test
    void each_failure_from_the_same_address_makes_the_wait_longer() throws Exception {
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 8 && waits.size() < 2; i++) {
            Answer a = get("127.0.0.4", "pia", "wrong " + i);
            if (a.status() == 429) {
                waits.add(Long.parseLong(a.retryAfter()));
                assertTrue(waits.get(waits.size() - 1) <= 10, "a wait of seconds, not a lock: " + waits);
                Thread.sleep(Long.parseLong(a.retryAfter()) * 1000 + 100); // wait it out, then fail again
                if (waits.size() < 2) assertEquals(401, get("127.0.0.4", "pia", "wrong again " + i).status());
            }
        }
        assertEquals(2, waits.size(), "slowed down twice: " + waits);
        assertTrue(waits.get(1) > waits.get(0), "growing waits: " + waits);
        assertEquals(200, get("127.0.0.4", "pia", "pia's right password").status(), "the wait ends; it is not a lock");
        assertEquals(401, get("127.0.0.4", "pia", "one slip after a success").status(), "a success forgets the failures");
        assertEquals(401, get("127.0.0.4", "pia", "a second slip").status());
    }
}
