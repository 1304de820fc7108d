package eu.innco.web;

import static eu.innco.web.Http.j;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a server on the segment store while eight clients create and publish organisations
 * and a release is being published: after a restart on the same folder, every write that was
 * answered with a 2xx is there, the delivery index holds exactly what the repository says is
 * published, and the release is public entirely or not at all.
 */
class KillDuringWritesTest {
    static final String API = "/.rest/authoring/v1/";
    static final Map<String, String> ENV = Map.of("INNCO_SCHEDULER", "false", "INNCO_RATE_LIMIT_PER_MINUTE", "0");
    static final int RELEASE_ITEMS = 30;

    @Test
    void every_write_answered_before_a_kill_is_there_after_restart_and_delivery_matches_the_repository(@TempDir Path home)
            throws Exception {
        WriteLoad load;
        CompletableFuture<Integer> releasing;
        String release;
        try (ChildServer child = ChildServer.start(home, ENV)) {
            Http admin = new Http(child.uri()).admin();
            Http api = new Http(child.uri()).bearer(admin.post(API + "tokens", j("{'label': 'crash'}")).json().path("token").asText());
            release = prepareRelease(api);
            load = WriteLoad.start(api, 8, 2);
            for (int i = 0; i < 320 && load.createdCount() < 200; i++) Thread.sleep(25);
            releasing = CompletableFuture.supplyAsync(() -> status(api, API + "releases/" + release + "/publish"));
            awaitPublishing(api, release, releasing);
            child.kill();
            load.close();
        }
        assertEquals(Map.of(), load.refused(), "no write was refused while the server was running");
        assertTrue(load.created().size() >= 40, "the clients wrote before the kill: " + load.created().size());
        try (ChildServer restarted = ChildServer.start(home, ENV)) {
            Http admin = new Http(restarted.uri()).admin();
            Set<String> lost = missing(load.created(), ids(admin, "organisation", ""));
            assertTrue(lost.isEmpty(), lost.size() + " of " + load.created().size() + " acknowledged creates lost, like " + first(lost));
            Set<String> published = ids(admin, "organisation", "&status=published");
            Set<String> unpublished = missing(load.published(), published);
            assertTrue(unpublished.isEmpty(),
                    unpublished.size() + " of " + load.published().size() + " acknowledged publications lost, like " + first(unpublished));
            assertEquals(published, delivered(restarted, "organisations"), "delivery holds exactly the published organisations");
            // the index was brought up to date from Oak's diff since its checkpoint, not by walking every item (issue 18)
            assertTrue(restarted.log().contains("Delivery index caught up from its checkpoint"), "the start-up check of the index: "
                    + restarted.log().lines().filter(l -> l.contains("Delivery index")).toList());

            Set<String> live = ids(admin, "caseStudy", "&status=published");
            int answered = releasing.get();
            assertTrue(live.isEmpty() || live.size() == RELEASE_ITEMS, "a release is public entirely or not at all: " + live.size());
            if (answered / 100 == 2) assertEquals(RELEASE_ITEMS, live.size(), "the release was answered " + answered);
            String state = admin.get(API + "releases/" + release).json().path("state").asText();
            assertEquals(live.size() == RELEASE_ITEMS, state.equals("published"), "release " + state + " with " + live.size() + " items live");
            assertEquals(live, delivered(restarted, "caseStudies"), "delivery holds exactly the published case studies");
        }
    }

    private static String prepareRelease(Http api) {
        StringBuilder targets = new StringBuilder();
        for (int i = 0; i < RELEASE_ITEMS; i++) {
            Http.Res r = api.post(API + "items/caseStudy", j("{'properties': {'title': {'en': 'Release item " + i + "', 'fr': 'Élément " + i + "'}}}"));
            assertEquals(201, r.status(), r.body());
            targets.append(i == 0 ? "" : ",").append(j("{'type': 'caseStudy', 'id': '" + r.json().path("id").asText() + "', 'locales': ['en', 'fr']}"));
        }
        Http.Res created = api.post(API + "releases", "{\"name\": \"killed\", \"items\": [" + targets + "]}");
        assertEquals(201, created.status(), created.body());
        return created.json().path("id").asText();
    }

    /** Waits until the release is being published (or already answered), so that the kill falls inside it where it can. */
    private static void awaitPublishing(Http api, String release, CompletableFuture<Integer> releasing) throws InterruptedException {
        for (int i = 0; i < 400 && !releasing.isDone(); i++) {
            if (api.get(API + "releases/" + release).json().path("state").asText().equals("publishing")) return;
            Thread.sleep(5);
        }
    }

    private static int status(Http api, String path) {
        try {
            return api.post(path, "").status();
        } catch (RuntimeException e) {
            return -1; // the server died under the request
        }
    }

    /** Every id the authoring API lists for a type, page by page. */
    static Set<String> ids(Http admin, String type, String filter) {
        Set<String> ids = new HashSet<>();
        for (int offset = 0; ; offset += 200) {
            JsonNode page = admin.get(API + "items/" + type + "?limit=200&offset=" + offset + filter).json();
            page.path("results").forEach(item -> ids.add(item.path("id").asText()));
            if (offset + 200 >= page.path("total").asInt()) return ids;
        }
    }

    /** Every id the delivery API lists on an endpoint, page by page. */
    static Set<String> delivered(ChildServer server, String endpoint) {
        Http visitor = new Http(server.uri());
        Set<String> ids = new HashSet<>();
        for (int offset = 0; ; offset += 100) {
            JsonNode page = visitor.get("/.rest/delivery/" + endpoint + "?lang=en&orderBy=mgnl:created&limit=100&offset=" + offset).json();
            page.path("results").forEach(item -> ids.add(item.path("@id").asText()));
            if (offset + 100 >= page.path("total").asInt()) return ids;
        }
    }

    static Set<String> missing(Set<String> expected, Set<String> found) {
        Set<String> lost = new TreeSet<>(expected);
        lost.removeAll(found);
        return lost;
    }

    static List<String> first(Set<String> ids) { return ids.stream().sorted().limit(5).toList(); }
}
