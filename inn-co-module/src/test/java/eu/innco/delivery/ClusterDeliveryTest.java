package eu.innco.delivery;

import static eu.innco.ClusterNode.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.ClusterNode;
import eu.innco.publishing.ExternalPublications;
import eu.innco.publishing.PublicationEvent;
import eu.innco.publishing.PublishTarget;
import eu.innco.repository.RepositoryConfig;
import eu.innco.repository.Stores;
import eu.innco.security.Actor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers on one PostgreSQL database, each with its own delivery index: what one publishes or
 * unpublishes, the other's delivery answers within seconds, through Oak's observation of external
 * changes. Runs when the build names a database ({@code -Dinnco.test.jdbc.url}).
 */
class ClusterDeliveryTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration SOON = Duration.ofSeconds(10);
    @TempDir static Path temp;
    // two servers for the whole class (starting one on PostgreSQL takes seconds); each test uses its own items
    static ClusterNode a;
    static ClusterNode b;

    @BeforeAll
    static void start() {
        assumeTrue(Stores.jdbcUrl() != null, "no PostgreSQL given (-Dinnco.test.jdbc.url)");
        RepositoryConfig shared = Stores.postgres();
        a = new ClusterNode(shared.withClusterId(1), temp.resolve("a-index"), Duration.ofHours(1));
        b = new ClusterNode(shared.withClusterId(2), temp.resolve("b-index"), Duration.ofHours(1));
    }

    @AfterAll
    static void stop() {
        if (b != null) b.close();
        if (a != null) a.close();
    }

    static String org(ClusterNode on, String name) throws Exception {
        return on.content.create(Actor.SYSTEM, "organisation", JSON.readTree("{\"properties\":{\"name\":\"" + name
                + "\",\"country\":\"BE\",\"description\":{\"en\":\"<p>en</p>\",\"pl\":\"<p>pl</p>\"}}}")).id();
    }

    static Optional<JsonNode> served(ClusterNode on, String locale, String id) {
        return on.delivery.byId("organisations", locale, id).map(n -> {
            try {
                return JSON.readTree(n.json());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void what_one_server_publishes_the_other_serves_within_seconds() throws Exception {
        String id = org(a, "Published on A");
        a.publishing.publication.publish(Actor.SYSTEM, "organisation", id, List.of("en", "pl"), null, false);
        assertTrue(served(a, "pl", id).isPresent(), "A serves it when the publication returns");
        Duration took = await("B serves A's publication", SOON, () -> served(b, "pl", id).isPresent());
        assertEquals("pl", served(b, "pl", id).orElseThrow().path("@locale").asText());
        System.out.println("cluster convergence: B served A's publication after " + took.toMillis() + " ms");
    }

    @Test
    void a_locale_unpublished_on_one_server_stops_being_served_by_the_other() throws Exception {
        String id = org(a, "Withdrawn in Polish");
        a.publishing.publication.publish(Actor.SYSTEM, "organisation", id, List.of("en", "pl"), null, false);
        await("B serves Polish", SOON, () -> served(b, "pl", id).map(j -> j.path("@locale").asText().equals("pl")).orElse(false));
        a.publishing.publication.unpublish(Actor.SYSTEM, "organisation", id, List.of("pl"), false);
        // a Polish reader now gets the English fallback, as on A, and never the withdrawn Polish text
        Duration took = await("B stops serving Polish", SOON,
                () -> served(b, "pl", id).map(j -> j.path("@locale").asText().equals("en")).orElse(false));
        assertEquals("[\"en\"]", served(b, "en", id).orElseThrow().path("@availableLocales").toString());
        a.publishing.publication.unpublish(Actor.SYSTEM, "organisation", id, List.of(), false);
        await("B serves nothing of it", SOON, () -> served(b, "en", id).isEmpty());
        System.out.println("cluster convergence: B stopped serving a withdrawn locale after " + took.toMillis() + " ms");
    }

    @Test
    void a_release_and_a_deletion_on_one_server_reach_the_other() throws Exception {
        String one = org(a, "Release one");
        String two = org(a, "Release two");
        a.publishing.releases.create(Actor.SYSTEM, "Launch", List.of(new PublishTarget("organisation", one, List.of("en")),
                new PublishTarget("organisation", two, List.of("en"))), false, "", null, true);
        await("B serves both items of the release", SOON, () -> served(b, "en", one).isPresent() && served(b, "en", two).isPresent());
        a.content.delete(Actor.SYSTEM, "organisation", one, eu.innco.content.Precondition.ANY, true);
        await("B drops the deleted item", SOON, () -> served(b, "en", one).isEmpty());
        assertTrue(served(b, "en", two).isPresent());
    }

    @Test
    void a_servers_own_publications_are_not_reported_to_it_again_as_external() throws Exception {
        List<PublicationEvent> heardOnB = new CopyOnWriteArrayList<>();
        b.external.subscribe(heardOnB::add);
        String local = org(b, "Published on B");
        b.publishing.publication.publish(Actor.SYSTEM, "organisation", local, List.of("en"), null, false);
        String remote = org(a, "Published on A");
        a.publishing.publication.publish(Actor.SYSTEM, "organisation", remote, List.of("en"), null, false);
        // A's publication comes after B's own: once B has heard it, B would have heard its own too
        await("B hears A's publication", SOON, () -> heardOnB.stream().anyMatch(e -> e.id().equals(remote)));
        assertTrue(heardOnB.stream().noneMatch(e -> e.id().equals(local)), "heard " + heardOnB);
        PublicationEvent e = heardOnB.stream().filter(x -> x.id().equals(remote)).findFirst().orElseThrow();
        assertEquals(PublicationEvent.Kind.PUBLISHED, e.kind());
        assertEquals(List.of("en"), e.locales());
        assertEquals("organisation", e.type());
    }

    @Test
    void a_publication_made_before_the_watch_starts_is_handed_over_at_start() throws Exception {
        try (ExternalPublications late = ExternalPublications.watch(b.repository, Clock.systemUTC())) {
            List<PublicationEvent> heard = new CopyOnWriteArrayList<>();
            late.subscribe(heard::add);
            String id = org(a, "Between watch and start");
            a.publishing.publication.publish(Actor.SYSTEM, "organisation", id, List.of("en"), null, false);
            await("B's repository has A's publication", SOON, () -> b.publishing.reader.byId("organisation", id).isPresent());
            assertTrue(heard.isEmpty(), "nothing is delivered before start");
            late.start();
            await("the watch hands it over at start", SOON, () -> heard.stream().anyMatch(e -> e.id().equals(id)));
        }
    }
}
