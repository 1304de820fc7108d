package eu.innco.web;

import static eu.innco.web.Http.j;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.innco.contenttype.field.Dates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two real servers on one PostgreSQL database, as a cluster runs them: what is published,
 * withdrawn or published on schedule through one is answered by the other's delivery API within
 * seconds, cached answers included; what must happen once happens once. Runs when the build names a
 * database ({@code -Dinnco.test.jdbc.url}).
 */
class TwoServersTest {
    static final String API = "/.rest/authoring/v1/";
    static final String ORGS = "/.rest/delivery/organisations";
    static final Duration SOON = Duration.ofSeconds(10);
    static ClusterServers cluster;
    static Http adminA;
    static Http adminB;
    static Http publicA;
    static Http publicB;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(ClusterServers.jdbcUrl() != null, "no PostgreSQL given (-Dinnco.test.jdbc.url)");
        cluster = ClusterServers.start();
        publicA = new Http(cluster.a.uri());
        publicB = new Http(cluster.b.uri());
        adminA = publicA.admin();
        adminB = publicB.admin();
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster == null) return;
        cluster.close();
        assertEquals(List.of(), cluster.tables(), "the servers' tables are dropped");
    }

    static String organisation(String name, String country) {
        Http.Res r = adminA.post(API + "items/organisation", j("{'properties': {'name': '" + name + "', 'country': '" + country
                + "', 'description': {'en': '<p>English</p>', 'pl': '<p>Polski</p>'}}}"));
        assertEquals(201, r.status(), r.body());
        return r.json().path("id").asText();
    }

    static void act(String action, String id, String locales) {
        Http.Res r = adminA.post(API + "items/organisation/" + id + "/" + action, j("{'locales': " + locales + "}"));
        assertEquals(200, r.status(), r.body());
    }

    /** Polls until the condition holds; how long that took, or a failure after {@link #SOON}. */
    static Duration await(String what, BooleanSupplier condition) throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - start > SOON.toNanos()) throw new AssertionError(what + ": not within " + SOON.toSeconds() + " s");
            Thread.sleep(10);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    static int total(Http.Res list) {
        assertEquals(200, list.status(), list.body());
        return list.json().path("total").asInt();
    }

    @Test
    void an_item_published_and_withdrawn_on_one_server_is_served_and_then_not_by_the_other() throws Exception {
        String id = organisation("Two servers", "PL");
        assertEquals(404, publicB.get(ORGS + "@" + id + "?lang=pl").status());
        act("publish", id, "['en', 'pl']");
        await("B serves the Polish text", () -> publicB.get(ORGS + "@" + id + "?lang=pl").status() == 200);
        assertEquals("<p>Polski</p>", publicB.get(ORGS + "@" + id + "?lang=pl").json().path("description").asText());
        act("unpublish", id, "['pl']");
        // the Polish answer B has cached goes with the index change: a Polish reader gets the English fallback, as on A
        await("B stops serving Polish", () -> publicB.get(ORGS + "@" + id + "?lang=pl").json().path("@locale").asText().equals("en"));
        assertEquals(publicA.get(ORGS + "@" + id + "?lang=pl").body(), publicB.get(ORGS + "@" + id + "?lang=pl").body());
        act("unpublish", id, "[]");
        await("B serves nothing of it", () -> publicB.get(ORGS + "@" + id + "?lang=en").status() == 404);
    }

    @Test
    void a_list_answer_cached_on_one_server_is_renewed_when_the_other_publishes() throws Exception {
        String list = ORGS + "?country=LU&lang=en";
        int before = total(publicB.get(list));
        Http.Res cached = publicB.get(list);
        assertEquals(before, total(cached));
        assertEquals(304, publicB.get(list, "If-None-Match", cached.header("ETag")).status(), "B answers from what it has");
        String id = organisation("Cached on B", "LU");
        act("publish", id, "['en']");
        await("B's list counts the new item", () -> total(publicB.get(list)) == before + 1);
        assertTrue(publicB.get(list).body().contains(id));
        assertEquals(200, publicB.get(list, "If-None-Match", cached.header("ETag")).status(), "the old answer is stale");
    }

    @Test
    void a_portal_page_cached_on_one_server_shows_what_the_other_publishes() throws Exception {
        String page = "/en/case-studies";
        assertEquals(200, publicB.get(page).status());
        assertFalse(publicB.get(page).body().contains("Kitchen of two servers"), "B has the page without it, cached");
        Http.Res r = adminA.post(API + "items/caseStudy", j("{'properties': {'title': {'en': 'Kitchen of two servers'}}}"));
        assertEquals(201, r.status(), r.body());
        String id = r.json().path("id").asText();
        Http.Res published = adminA.post(API + "items/caseStudy/" + id + "/publish", j("{'locales': ['en']}"));
        assertEquals(200, published.status(), published.body());
        await("B's portal lists it", () -> publicB.get(page).body().contains("Kitchen of two servers"));
    }

    @Test
    void a_publication_on_one_server_drops_on_the_other_only_the_answers_it_changes() throws Exception {
        String kept = organisation("Kept on B", "EE");
        act("publish", kept, "['en']");
        String keptAnswer = ORGS + "@" + kept + "?lang=en";
        // served, then answered from B's cache (an answer read while B's index change was being announced is made once more)
        await("B serves it from its cache", () -> {
            long before = cluster.b.services().deliveryDoors.cacheMade();
            return publicB.get(keptAnswer).status() == 200 && cluster.b.services().deliveryDoors.cacheMade() == before;
        });
        String list = ORGS + "?country=EE&lang=en";
        int before = total(publicB.get(list));
        String other = organisation("Published on A beside it", "EE");
        act("publish", other, "['en']");
        await("B's list counts the other item", () -> total(publicB.get(list)) == before + 1);
        long made = cluster.b.services().deliveryDoors.cacheMade();
        assertEquals(200, publicB.get(keptAnswer).status());
        assertEquals(made, cluster.b.services().deliveryDoors.cacheMade(), "B kept the answer of the item A did not publish");
        act("publish", kept, "['en']");
        await("B drops the answer of the item A published again", () -> {
            assertEquals(200, publicB.get(keptAnswer).status());
            return cluster.b.services().deliveryDoors.cacheMade() > made;
        });
    }

    @Test
    void with_both_servers_running_the_scheduler_a_scheduled_publication_happens_once_and_both_serve_it() throws Exception {
        String id = organisation("Scheduled for both", "IT");
        Http.Res s = adminA.post(API + "items/organisation/" + id + "/schedule",
                j("{'action': 'publish', 'at': '" + Dates.format(Instant.now().plusSeconds(2)) + "', 'locales': ['en']}"));
        assertEquals(201, s.status(), s.body());
        await("A serves it", () -> publicA.get(ORGS + "@" + id).status() == 200);
        await("B serves it", () -> publicB.get(ORGS + "@" + id).status() == 200);
        Thread.sleep(3_000); // three more scheduler rounds on each server: time for a second run, if there were one
        assertEquals(1, adminB.get(API + "audit?item=" + id + "&action=publish").json().path("total").asInt(), "published once");
        assertEquals(1, adminB.get(API + "items/organisation/" + id + "/versions").json().path("versions").size(), "one version");
        assertEquals("done", adminA.get(API + "schedules?item=" + id).json().path("schedules").get(0).path("state").asText());
    }

    @Test
    void a_release_published_through_both_servers_at_once_is_published_by_one() throws Exception {
        String id = organisation("Released through both", "BE");
        Http.Res created = adminA.post(API + "releases", j("{'name': 'Both at once', 'items': [{'type': 'organisation', 'id': '"
                + id + "', 'locales': ['en']}]}"));
        assertEquals(201, created.status(), created.body());
        String release = created.json().path("id").asText();
        await("B knows the release", () -> adminB.get(API + "releases/" + release).status() == 200);
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier barrier = new CyclicBarrier(2);
            List<Future<Http.Res>> tries = new ArrayList<>();
            for (Http on : List.of(adminA, adminB)) {
                tries.add(both.submit(() -> { barrier.await(); return on.post(API + "releases/" + release + "/publish", ""); }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Http.Res> t : tries) statuses.add(t.get().status());
            Collections.sort(statuses);
            assertEquals(List.of(200, 409), statuses, tries.get(0).get() + " / " + tries.get(1).get());
        } finally {
            both.shutdownNow();
        }
        await("B serves the release", () -> publicB.get(ORGS + "@" + id).status() == 200);
        // the release is marked published in a commit after the items': B may see the items first
        await("B sees the release published", () -> adminB.get(API + "releases/" + release).json().path("state").asText().equals("published"));
        assertEquals(1, adminA.get(API + "audit?item=" + id + "&action=publish").json().path("total").asInt(), "published once");
        assertEquals(1, adminA.get(API + "items/organisation/" + id + "/versions").json().path("versions").size(), "one version");
    }

    /**
     * The figure in docs/benchmarks.md: from a publish call's answer on A to B's first 200 for the item.
     * {@code -Dinnco.convergence.publications=50} measures more than the ten of an ordinary build.
     */
    @Test
    void convergence_from_one_server_to_the_other_is_measured() throws Exception {
        int n = Integer.getInteger("innco.convergence.publications", 10);
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = organisation("Convergence " + i, "NL");
            act("publish", id, "['en']");
            millis.add(await("B serves publication " + i, () -> publicB.get(ORGS + "@" + id).status() == 200).toMillis());
        }
        Collections.sort(millis);
        System.out.println("cluster convergence over HTTP (" + n + " publications on A, until B answers 200): min " + millis.get(0)
                + " ms, median " + millis.get(n / 2) + " ms, p90 " + millis.get(n * 9 / 10) + " ms, max " + millis.get(n - 1) + " ms");
        assertTrue(millis.get(n - 1) < SOON.toMillis());
    }
}
