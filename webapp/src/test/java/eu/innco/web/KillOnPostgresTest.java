package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a server on the cluster store (Oak's DocumentNodeStore on PostgreSQL) while eight
 * clients create organisations and two of them publish some: after a restart, every create and
 * publication answered with a 2xx is there and the delivery index holds exactly what the repository
 * says is published. Runs when the build names a database ({@code -Dinnco.test.jdbc.url}).
 */
class KillOnPostgresTest {
    static final String API = "/.rest/authoring/v1/";

    @Test
    void every_write_answered_before_a_kill_is_there_after_restart_on_postgresql(@TempDir Path home) throws Exception {
        assumeTrue(ClusterServers.jdbcUrl() != null, "SKIPPED: no PostgreSQL given (-Dinnco.test.jdbc.url)");
        // lower case: PostgreSQL folds Oak's unquoted table names, and the drop looks them up by this prefix
        String prefix = "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "_";
        try {
            run(home, env(prefix));
        } finally {
            ClusterServers.dropTables(prefix);
        }
    }

    private static void run(Path home, Map<String, String> env) throws Exception {
        WriteLoad load;
        try (ChildServer child = ChildServer.start(home, env, JVM)) {
            Http admin = new Http(child.uri()).admin();
            Http api = new Http(child.uri()).bearer(admin.post(API + "tokens", Http.j("{'label': 'crash'}")).json().path("token").asText());
            load = WriteLoad.start(api, 8, 2);
            for (int i = 0; i < 1200 && load.createdCount() < 120; i++) Thread.sleep(25);
            // too few writes is a stuck server, not a durability result: say where its threads were
            if (load.createdCount() < 40) System.out.println(diagnosis(child));
            child.kill();
            load.close();
        }
        assertEquals(Map.of(), load.refused(), "no write was refused while the server was running");
        assertTrue(load.created().size() >= 40, "the clients wrote before the kill: " + load.created().size());
        try (ChildServer restarted = ChildServer.start(home, env, JVM)) {
            Http admin = new Http(restarted.uri()).admin();
            Set<String> lost = KillDuringWritesTest.missing(load.created(), KillDuringWritesTest.ids(admin, "organisation", ""));
            assertTrue(lost.isEmpty(), lost.size() + " of " + load.created().size() + " acknowledged creates lost, like "
                    + KillDuringWritesTest.first(lost));
            Set<String> published = KillDuringWritesTest.ids(admin, "organisation", "&status=published");
            Set<String> unpublished = KillDuringWritesTest.missing(load.published(), published);
            assertTrue(unpublished.isEmpty(), unpublished.size() + " of " + load.published().size()
                    + " acknowledged publications lost, like " + KillDuringWritesTest.first(unpublished));
            assertEquals(published, KillDuringWritesTest.delivered(restarted, "organisations"),
                    "delivery holds exactly the published organisations");
        }
    }

    /** The child's threads (from jstack, where the JDK has it) and its log, for a run that wrote too little. */
    private static String diagnosis(ChildServer child) throws Exception {
        String threads;
        try {
            Process js = new ProcessBuilder("jstack", String.valueOf(child.process().pid())).redirectErrorStream(true).start();
            threads = new String(js.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            threads = "(no jstack: " + e.getMessage() + ")";
        }
        return "KillOnPostgresTest: the clients wrote little; the server's threads:\n" + threads + "\nits log:\n" + child.log();
    }

    /**
     * The killed server's cluster node id is taken again at the restart, as an operator restarting it
     * would do: Oak lets it in once the dead node's lease has run out, and then recovers what that
     * node had not yet marked visible. The lease is shortened from Oak's two minutes to keep the test
     * short, not below Oak's 20 s failure margin plus its 10 s renewal.
     */
    static final List<String> JVM = List.of("-Doak.documentMK.leaseDurationSeconds=40");

    private static Map<String, String> env(String prefix) {
        return Map.of("INNCO_STORE", "postgres", "INNCO_JDBC_URL", ClusterServers.jdbcUrl(),
                "INNCO_JDBC_USER", System.getProperty("innco.test.jdbc.user", "postgres"),
                "INNCO_JDBC_PASSWORD", System.getProperty("innco.test.jdbc.password", ""), "INNCO_JDBC_TABLE_PREFIX", prefix,
                "INNCO_CLUSTER_ID", "1", "INNCO_SCHEDULER", "false", "INNCO_RATE_LIMIT_PER_MINUTE", "0");
    }
}
