package eu.innco.web;

import static eu.innco.web.Http.j;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.RepositoryConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 inside a release's commit. The child server runs with the test-only pause of
 * {@code eu.innco.publishing.CrashTestPause}: the release stops with half its items written and
 * nothing saved, says so in a marker file, and the test kills the process right then.
 */
class CrashDuringReleaseTest {
    static final String API = "/.rest/authoring/v1/";
    static final int ITEMS = 40;
    static final Map<String, String> ENV = Map.of("INNCO_SCHEDULER", "false");

    @Test
    void a_release_killed_inside_its_commit_is_not_public_at_all_and_can_be_published_again_after_restart(@TempDir Path home)
            throws Exception {
        Path marker = home.resolve("paused-inside-the-release");
        List<String> items = new ArrayList<>();
        String release;
        try (ChildServer child = ChildServer.start(home, ENV, List.of("-Dinnco.test.pauseInRelease=" + marker))) {
            Http admin = new Http(child.uri()).admin();
            release = prepareRelease(admin, items);
            CompletableFuture<Integer> publishing = CompletableFuture.supplyAsync(() -> status(admin, API + "releases/" + release + "/publish"));
            waitFor(marker, child);
            assertTrue(Files.readString(marker).contains(ITEMS / 2 + " of " + ITEMS + " item(s) written, nothing saved yet"),
                    Files.readString(marker));
            assertFalse(publishing.isDone(), "the publication is held inside its commit");
            assertEquals("publishing", admin.get(API + "releases/" + release).json().path("state").asText(), "the release is claimed");
            assertEquals(409, admin.post(API + "releases/" + release + "/publish", "").status(), "and nobody else may publish it meanwhile");
            child.kill();
            assertEquals(-1, (int) publishing.get(), "the publication never answered");
        }
        try (ChildServer restarted = ChildServer.start(home, ENV)) {
            Http admin = new Http(restarted.uri()).admin();
            JsonNode interrupted = admin.get(API + "releases/" + release).json();
            assertEquals("failed", interrupted.path("state").asText(), interrupted.toString());
            assertTrue(interrupted.path("result").asText().startsWith("interrupted"), interrupted.toString());
            assertEquals(0, publishedCount(admin), "none of the release is public: the half written before the kill is gone");
            assertEquals(0, admin.get(API + "audit?action=release-publish").json().path("total").asInt());
            JsonNode retried = admin.post(API + "releases/" + release + "/publish", "").json();
            assertEquals("published", retried.path("state").asText(), retried.toString());
            assertEquals(ITEMS, publishedCount(admin));
            restarted.kill(); // at once after the answer: what was answered must be on disk
        }
        try (ContentRepository repo = ContentRepository.start(RepositoryConfig.segment(home))) {
            long live = repo.read(s -> s.getNode("/innco:live/caseStudies").getNodes().getSize());
            assertEquals(ITEMS, live, "all of the release survived the second kill");
            assertEquals("published", repo.read(s -> s.getNode("/innco:system/releases/" + release).getProperty("state").getString()));
            for (String id : items) assertTrue(repo.read(s -> s.getNodeByIdentifier(id).hasProperty("mgnl:lastActivated")).booleanValue(), id);
        }
    }

    private static String prepareRelease(Http admin, List<String> ids) {
        StringBuilder targets = new StringBuilder();
        for (int i = 0; i < ITEMS; i++) {
            Http.Res r = admin.post(API + "items/caseStudy", j("{'properties': {'title': {'en': 'Crash item " + i + "', 'fr': 'Élément " + i + "'}}}"));
            assertEquals(201, r.status(), r.body());
            ids.add(r.json().path("id").asText());
            targets.append(i == 0 ? "" : ",").append(j("{'type': 'caseStudy', 'id': '" + ids.get(i) + "', 'locales': ['en', 'fr']}"));
        }
        Http.Res created = admin.post(API + "releases", "{\"name\": \"crash\", \"items\": [" + targets + "]}");
        assertEquals(201, created.status(), created.body());
        return created.json().path("id").asText();
    }

    private static int publishedCount(Http admin) {
        return admin.get(API + "items/caseStudy?status=published&limit=200").json().path("total").asInt();
    }

    private static int status(Http admin, String path) {
        try {
            return admin.post(path, "").status();
        } catch (RuntimeException e) {
            return -1; // the server died under the request
        }
    }

    private static void waitFor(Path marker, ChildServer child) throws Exception {
        for (int i = 0; i < 300 && !Files.exists(marker); i++) Thread.sleep(100);
        assertTrue(Files.exists(marker), "the release never reached the pause: " + child.log());
    }
}
