package eu.innco.web;

import static eu.innco.web.Http.j;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.repository.ContentRepository;
import eu.innco.repository.RepositoryConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of a release: after the restart, all of it is published or none of it. */
class CrashDuringReleaseTest {
    static final int ITEMS = 150;

    @Test
    void a_release_killed_midway_is_all_or_nothing_after_restart(@TempDir Path temp) throws Exception {
        List<String> outcomes = new ArrayList<>();
        boolean killedDuringRelease = false;
        for (long delay : new long[] {100, 300, -1}) {
            Path home = temp.resolve("run-" + delay);
            boolean answered;
            try (ChildServer child = ChildServer.start(home, Map.of("INNCO_SCHEDULER", "false"))) {
                Http admin = new Http(child.uri()).admin();
                StringBuilder items = new StringBuilder();
                for (int i = 0; i < ITEMS; i++) {
                    Http.Res r = admin.post("/.rest/authoring/v1/items/caseStudy",
                            j("{'properties': {'title': {'en': 'Crash item " + i + "', 'fr': 'Élément " + i + "'}, 'summary': {'en': '"
                                    + "x".repeat(300) + "'}}}"));
                    assertEquals(201, r.status(), r.body());
                    items.append(i == 0 ? "" : ",").append(j("{'type': 'caseStudy', 'id': '" + r.json().path("id").asText() + "', 'locales': ['en', 'fr']}"));
                }
                Http.Res release = admin.post("/.rest/authoring/v1/releases", "{\"name\": \"crash\", \"items\": [" + items + "]}");
                assertEquals(201, release.status(), release.body());
                String id = release.json().path("id").asText();
                CompletableFuture<Integer> publishing = CompletableFuture.supplyAsync(() -> {
                    try {
                        return admin.post("/.rest/authoring/v1/releases/" + id + "/publish", "").status();
                    } catch (RuntimeException e) {
                        return -1; // the server died under the request
                    }
                });
                if (delay < 0) publishing.get(60, java.util.concurrent.TimeUnit.SECONDS); // the last run lets the release finish
                else Thread.sleep(delay);
                answered = publishing.isDone() && publishing.getNow(-1) == 200;
                child.kill();
            }
            killedDuringRelease |= !answered;
            try (ContentRepository repo = ContentRepository.start(RepositoryConfig.segment(home))) {
                long published = repo.read(s -> s.nodeExists("/innco:live/caseStudies") ? s.getNode("/innco:live/caseStudies").getNodes().getSize() : 0L);
                outcomes.add((delay < 0 ? "after the answer" : delay + " ms") + ": " + (answered ? "finished" : "killed during the release") + ", " + published + " published");
                assertTrue(published == 0 || published == ITEMS, "all or nothing, got " + published + " of " + ITEMS + ": " + outcomes);
                if (answered) assertEquals(ITEMS, published, "a release that answered 200 is durable: " + outcomes);
            }
        }
        assertTrue(killedDuringRelease, "at least one kill hit a release in progress: " + outcomes);
        assertTrue(outcomes.get(2).contains("finished"), "the last run lets the release finish first: " + outcomes);
        System.out.println("crash outcomes: " + outcomes);
    }
}
