package eu.innco.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.TestModule;
import eu.innco.repository.RepositoryConfig;
import eu.innco.repository.Stores;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Two publishers acting on the same item at once: a consistent result, both in the audit log. */
class ConcurrentPublicationTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path temp;

    static List<RepositoryConfig> stores() {
        return Stores.all(temp);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void two_publishers_at_once_end_consistent_and_both_are_audited(RepositoryConfig config) throws Exception {
        try (TestModule m = new TestModule(config)) {
            String id = m.content.create(Actor.SYSTEM, "organisation", JSON.readTree("{\"properties\":{\"name\":\"Race\",\"country\":\"PL\","
                    + "\"description\":{\"en\":\"<p>e</p>\",\"fr\":\"<p>f</p>\",\"pl\":\"<p>p</p>\"}}}")).id();
            Actor anna = new Actor("anna", Set.of(Role.PUBLISHER), "", Set.of(), true);
            Actor piotr = new Actor("piotr", Set.of(Role.PUBLISHER), "", Set.of(), true);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> f = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                f.add(pool.submit(() -> { go.await(); return m.publication.publish(anna, "organisation", id, List.of("en", "fr"), null, false); }));
                f.add(pool.submit(() -> { go.await(); return m.publication.publish(piotr, "organisation", id, List.of("pl"), null, false); }));
            }
            go.countDown();
            for (Future<?> x : f) x.get();
            pool.shutdown();
            PublishedItem p = m.reader.byId("organisation", id).orElseThrow();
            assertEquals(List.of("en", "fr", "pl"), p.locales(), "no publication lost the other's locales");
            assertEquals("<p>p</p>", p.values().get("description", "pl").orElseThrow());
            assertEquals("<p>e</p>", p.values().get("description", "en").orElseThrow());
            List<AuditEntry> audit = m.audit.query(AuditQuery.of(id, null, "publish", null, null, 0, 100)).entries();
            assertEquals(10, audit.size());
            assertEquals(5, audit.stream().filter(e -> e.user().equals("anna")).count());
            List<VersionInfo> versions = m.versions.list(Actor.SYSTEM, "organisation", id);
            assertEquals(10, versions.size());
            assertTrue(versions.stream().map(VersionInfo::number).distinct().count() == 10, "every version has its own number");
        }
    }
}
