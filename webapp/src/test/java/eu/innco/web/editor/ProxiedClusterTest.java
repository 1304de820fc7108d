package eu.innco.web.editor;

import static eu.innco.web.Http.j;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.innco.web.ClusterServers;
import eu.innco.web.Http;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: the deployment of docs/deployment.md, run: two servers on one PostgreSQL database behind
 * Debian's nginx with the guide's configuration. A publication made through the proxy is served by
 * every server; an editor session opened through the proxy is known to every server; a server
 * stopped under load loses no read (nginx retries them on the other) and no acknowledged write.
 * Runs when the build names both ({@code -Dinnco.test.jdbc.url}, {@code -Dinnco.test.nginx}).
 */
class ProxiedClusterTest {
    static final String API = "/.rest/authoring/v1/";
    static final String ORGS = "/.rest/delivery/organisations";

    @Test
    void two_servers_behind_nginx_share_publications_and_sessions_and_one_can_stop_under_load(@TempDir Path dir) throws Exception {
        assumeTrue(ClusterServers.jdbcUrl() != null, "no PostgreSQL given (-Dinnco.test.jdbc.url)");
        assumeTrue(NginxProxy.binary() != null, "no nginx given (-Dinnco.test.nginx)");
        // as the guide says: the servers believe the proxy's X-Forwarded-For; the test's load is one client, so no rate limit
        try (ClusterServers cluster = ClusterServers.start(Map.of("INNCO_TRUSTED_PROXIES", "127.0.0.1", "INNCO_RATE_LIMIT_PER_MINUTE", "0")); NginxProxy nginx = NginxProxy.start(dir, List.of(cluster.a.uri(), cluster.b.uri()))) {
            Http proxy = new Http(nginx.uri());
            String id = proxy.admin().post(API + "items/organisation", j("{'properties': {'name': 'Proxied Coop', 'country': 'BE'}}"))
                    .json().path("id").asText();
            assertEquals(200, proxy.admin().post(API + "items/organisation/" + id + "/publish", j("{'locales': ['en']}")).status());
            for (URI server : List.of(cluster.a.uri(), cluster.b.uri())) {
                Http direct = new Http(server);
                await(server + " serves the publication", () -> direct.get(ORGS + "@" + id + "?lang=en").status() == 200);
            }
            for (int i = 0; i < 6; i++) assertEquals(200, proxy.get(ORGS + "@" + id + "?lang=en").status(), "through the proxy, any server");

            EditorClient editor = new EditorClient(nginx.uri());
            assertEquals(303, editor.signIn("admin", eu.innco.web.TestServer.ADMIN_PASSWORD).statusCode());
            for (int i = 0; i < 3; i++) assertEquals(200, editor.get("/editor").statusCode(), "through the proxy");
            for (URI server : List.of(cluster.a.uri(), cluster.b.uri())) {
                Http direct = new Http(server);
                String cookie = EditorSessions.COOKIE + "=" + editor.sessionCookie();
                // the server that signed in knows the session at once, the other once Oak's background read brings it (about a second)
                await("the session is in the shared repository: " + server + " knows it",
                        () -> direct.get("/editor", "Accept", "text/html", "Cookie", cookie).status() == 200);
            }

            stopOneUnderLoad(cluster, proxy, nginx);
        }
    }

    /** Readers and writers through the proxy while server B stops: every read is answered, every 201 is kept. */
    private static void stopOneUnderLoad(ClusterServers cluster, Http proxy, NginxProxy nginx) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        Map<Integer, AtomicInteger> reads = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> written = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        AtomicInteger names = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(6);
        for (int t = 0; t < 4; t++) {
            load.execute(() -> {
                while (running.get()) reads.computeIfAbsent(proxy.get(ORGS + "?lang=en&limit=5").status(), s -> new AtomicInteger()).incrementAndGet();
            });
        }
        for (int t = 0; t < 2; t++) {
            load.execute(() -> {
                while (running.get()) {
                    String name = "Under load " + names.incrementAndGet();
                    Http.Res r = proxy.admin().post(API + "items/organisation", j("{'properties': {'name': '" + name + "', 'country': 'BE'}}"));
                    if (r.status() == 201) written.add(r.json().path("id").asText());
                    else refused.add(r.status() + " " + name);
                }
            });
        }
        Thread.sleep(1500);
        cluster.b.close(); // drains what it has under way, refuses the rest: nginx sends those reads to A
        Thread.sleep(3000);
        running.set(false);
        load.shutdown();
        assertTrue(load.awaitTermination(60, TimeUnit.SECONDS));
        assertEquals(List.of(200), List.copyOf(reads.keySet()), "every read answered: " + reads + " " + nginx.errors());
        assertTrue(reads.get(200).get() > 20 && written.size() > 5, reads + " " + written.size());
        Http a = new Http(cluster.a.uri()).admin();
        for (String w : written) assertEquals(200, a.get(API + "items/organisation/" + w).status(), "an acknowledged write is kept: " + w);
        // nginx does not resend a POST it had sent: a write the stopping server refused comes back as its 503, for the client to retry
        for (String r : refused) assertTrue(r.startsWith("503 "), "a write is answered 201 or refused with 503: " + refused);
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (condition.getAsBoolean()) return;
            Thread.sleep(100);
        }
        throw new AssertionError(what + " within 30 s");
    }
}
