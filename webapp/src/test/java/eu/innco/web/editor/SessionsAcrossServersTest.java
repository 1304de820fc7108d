package eu.innco.web.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.innco.security.Role;
import eu.innco.web.ClusterServers;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two real servers on one PostgreSQL store, no sticky sessions: signed in on one, working on the other. */
class SessionsAcrossServersTest {
    static ClusterServers cluster;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(ClusterServers.jdbcUrl() != null, "no PostgreSQL given (-Dinnco.test.jdbc.url)");
        cluster = ClusterServers.start();
        cluster.a.services().users.create("nadia", "nadia password", Set.of(Role.PUBLISHER), "", Set.of(), true);
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) cluster.close();
    }

    @Test
    void a_sign_in_on_one_server_is_known_to_the_other_and_a_sign_out_ends_it_there() throws Exception {
        String b = cluster.b.uri().toString().replaceAll("/$", "");
        EditorClient c = new EditorClient(cluster.a.uri());
        c.signIn("nadia", "nadia password");
        assertEquals(200, c.get("/editor").statusCode(), "signed in on A");
        // the other server sees the session once Oak's background read has run (about a second)
        HttpResponse<String> onB = null;
        for (int i = 0; i < 100; i++) {
            onB = c.get(b + "/editor");
            if (onB.statusCode() == 200) break;
            Thread.sleep(100);
        }
        assertEquals(200, onB.statusCode(), EditorClient.summary(onB));
        assertTrue(onB.body().contains("nadia"), "B knows who is signed in");
        // the CSRF token of B's page is the session's: A accepts it for the sign-out
        HttpResponse<String> out = c.submit("/editor/logout", EditorClient.form());
        assertEquals(303, out.statusCode(), EditorClient.summary(out));
        HttpResponse<String> again = null;
        for (int i = 0; i < 100; i++) {
            again = c.get(b + "/editor");
            if (again.statusCode() != 200) break;
            Thread.sleep(100);
        }
        assertTrue(again.statusCode() == 303 || again.statusCode() == 302, "signed out on B too: " + EditorClient.summary(again));
    }
}
