package eu.innco.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.ErrorKind;
import eu.innco.InncoException;
import eu.innco.TestModule;
import eu.innco.content.ContentItem;
import eu.innco.content.Precondition;
import eu.innco.security.Actor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same repository tests on every store kind (PostgreSQL when the build names a database). */
class RepositoryStoresTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path temp;

    static List<RepositoryConfig> stores() {
        return Stores.all(temp);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void an_item_is_written_read_back_and_keeps_magnolias_system_properties(RepositoryConfig config) throws Exception {
        try (TestModule m = new TestModule(config)) {
            ContentItem created = m.content.create(Actor.SYSTEM, "organisation",
                    JSON.readTree("{\"properties\":{\"name\":\"Arobase\",\"country\":\"FR\"}}"));
            Thread.sleep(5);
            ContentItem changed = m.content.replace(new Actor("editor1", java.util.Set.of(eu.innco.security.Role.ADMIN), "", java.util.Set.of(), true),
                    "organisation", created.id(), JSON.readTree("{\"properties\":{\"name\":\"Arobase\",\"country\":\"FR\",\"city\":\"Toulon\"}}"),
                    Precondition.etag(created.etag()));
            assertEquals(created.created(), changed.created());
            assertEquals("system", changed.createdBy());
            assertEquals("editor1", changed.lastModifiedBy());
            assertTrue(changed.lastModified().isAfter(created.lastModified()));
            assertEquals(created.revision() + 1, changed.revision());
            m.repository.read(s -> {
                javax.jcr.Node n = s.getNodeByIdentifier(created.id());
                assertEquals("innco:organisation", n.getPrimaryNodeType().getName());
                assertTrue(n.isNodeType("mgnl:created") && n.isNodeType("mgnl:lastModified") && n.isNodeType("mgnl:activatable"));
                assertEquals("editor1", n.getProperty("mgnl:lastModifiedBy").getString());
                return null;
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void content_written_before_a_restart_is_there_after_it(RepositoryConfig config) throws Exception {
        if (config.store() == StoreKind.MEMORY) return; // nothing outlives a memory store, by design
        String id;
        try (TestModule m = new TestModule(config)) {
            id = m.content.create(Actor.SYSTEM, "organisation", JSON.readTree("{\"properties\":{\"name\":\"Persisted\",\"country\":\"BE\"}}")).id();
        }
        try (TestModule m = new TestModule(config)) {
            assertEquals("Persisted", m.content.get(Actor.SYSTEM, "organisation", id).values().get("name").orElseThrow());
        }
    }

    @Test
    void a_second_opening_of_the_same_segment_folder_fails_with_a_clear_message(@TempDir Path home) {
        try (ContentRepository first = ContentRepository.start(RepositoryConfig.segment(home))) {
            InncoException e = assertThrows(InncoException.class, () -> ContentRepository.start(RepositoryConfig.segment(home)));
            assertEquals(ErrorKind.UNAVAILABLE, e.kind());
            assertEquals("INNCO-REPOSITORY-001", e.code());
            assertTrue(e.detail().contains("is in use by another process"), e.detail());
            assertTrue(first.reachable());
        }
        try (ContentRepository again = ContentRepository.start(RepositoryConfig.segment(home))) {
            assertTrue(again.reachable(), "closing released the lock");
        }
    }

    @Test
    void a_second_server_with_the_same_cluster_id_is_refused_with_the_setting_to_change() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Stores.jdbcUrl() != null, "no PostgreSQL given (-Dinnco.test.jdbc.url)");
        RepositoryConfig config = Stores.postgres().withClusterId(3);
        try (ContentRepository first = ContentRepository.start(config)) {
            InncoException e = assertThrows(InncoException.class, () -> ContentRepository.start(config));
            assertEquals("INNCO-REPOSITORY-012", e.code());
            assertTrue(e.detail().startsWith("INNCO_CLUSTER_ID=3 "), e.detail());
            assertTrue(first.reachable());
        }
    }

    @Test
    void a_postgres_store_without_a_url_is_refused_with_the_settings_to_set() {
        InncoException e = assertThrows(InncoException.class,
                () -> ContentRepository.start(RepositoryConfig.postgres("", "u", "p", "x_")));
        assertTrue(e.detail().contains("INNCO_JDBC_URL"), e.detail());
    }
}
