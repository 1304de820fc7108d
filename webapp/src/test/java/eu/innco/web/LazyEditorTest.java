package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The editor's Jersey application is built at its first request ({@link LazyJersey}): requests that
 * race to be first all get their answers, each path below the editor's prefixes is answered by it
 * (404s too, in the API's own form), and the site's paths are untouched.
 */
class LazyEditorTest {
    @Test
    void concurrent_first_requests_to_the_editor_and_the_authoring_api_are_all_answered() throws Exception {
        try (InncoServer server = TestServer.start()) {
            Http admin = new Http(server.uri()).admin();
            Http anonymous = new Http(server.uri());
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Callable<String>> first = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    first.add(() -> admin.get("/.rest/authoring/v1/types").status() + " types");
                    first.add(() -> anonymous.get("/editor/login").status() + " login");
                }
                List<String> answers = new ArrayList<>();
                for (Future<String> f : pool.invokeAll(first)) answers.add(f.get());
                assertEquals(List.of("200 types", "200 login", "200 types", "200 login", "200 types", "200 login", "200 types", "200 login"), answers);
            } finally {
                pool.shutdownNow();
            }
            Http.Res missing = admin.get("/.rest/authoring/v1/no-such-thing");
            assertEquals(404, missing.status(), missing.body());
            assertEquals("application/problem+json", missing.contentType());
            assertEquals(401, anonymous.get("/.rest/authoring/v1/types").status(), "the API still asks who is calling");
            assertEquals(200, anonymous.get("/.rest/health").status());
            assertTrue(anonymous.get("/en/").status() == 200, "the site's pages are the site's application's");
        }
    }
}
