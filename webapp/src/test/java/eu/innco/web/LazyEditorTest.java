package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
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

    /**
     * The editor's filter takes everything below its paths: a site resource there would never be
     * reached, an editor resource elsewhere never initialised. (Templates that start with a variable,
     * the portal's {@code {locale}}, cannot match these literal prefixes.)
     */
    @Test
    void every_route_below_the_editor_paths_belongs_to_the_editor_application_and_no_other() throws Exception {
        try (InncoServer server = TestServer.start()) {
            RestApplication.Applications applications = RestApplication.build(server.services());
            List<String> site = paths(applications.site());
            List<String> editor = paths(applications.editor());
            assertTrue(site.size() > 50 && editor.size() > 50, site.size() + " site and " + editor.size() + " editor paths");
            for (String p : site) assertFalse(editors(p), "a site resource below the editor's paths: " + p);
            for (String p : editor) assertTrue(editors(p), "an editor resource outside the editor's paths: " + p);
        }
    }

    private static boolean editors(String path) {
        for (String mapping : RestApplication.EDITOR_PATHS) {
            String prefix = mapping.substring(0, mapping.length() - 2); // "/editor/*" -> "/editor"
            if (path.equals(prefix) || path.startsWith(prefix + "/")) return true;
        }
        return false;
    }

    private static List<String> paths(ResourceConfig rc) {
        List<String> out = new ArrayList<>();
        for (Object o : rc.getInstances()) {
            if (o.getClass().isAnnotationPresent(jakarta.ws.rs.Path.class)) walk(Resource.from(o.getClass()), "", out);
        }
        for (Class<?> c : rc.getClasses()) if (c.isAnnotationPresent(jakarta.ws.rs.Path.class)) walk(Resource.from(c), "", out);
        return out;
    }

    private static void walk(Resource r, String parent, List<String> out) {
        String path = (parent + "/" + r.getPath()).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        if (!r.getResourceMethods().isEmpty()) out.add(path);
        for (Resource child : r.getChildResources()) walk(child, path, out);
    }
}
