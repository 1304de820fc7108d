package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.uri.PathTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /.rest/openapi.json} and the application's Jersey resource model agree: every route under
 * {@code /.rest/} is documented with its method, and every documented operation is a route.
 */
class OpenApiCoverageTest {
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    static InncoServer server;
    static List<Route> routes;
    static List<Route> documented;

    /** A method on a path template, as Jersey or OpenAPI spells it. */
    record Route(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        RestApplication.Applications applications = RestApplication.build(server.services());
        routes = new ArrayList<>(jerseyRoutes(applications.site()));
        routes.addAll(jerseyRoutes(applications.editor()));
        documented = openApiOperations(new Http(server.uri()).get("/.rest/openapi.json").json());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Every resource method of the registered root resources, with its full path template, below {@code /.rest/}. */
    static List<Route> jerseyRoutes(ResourceConfig rc) {
        Set<Class<?>> classes = new LinkedHashSet<>(rc.getClasses());
        rc.getInstances().forEach(o -> classes.add(o.getClass()));
        List<Route> out = new ArrayList<>();
        for (Class<?> c : classes) {
            if (c.isAnnotationPresent(Path.class)) walk(Resource.from(c), "", out);
        }
        return out.stream().filter(r -> r.path().startsWith("/.rest/") || r.path().startsWith("/dam/")).toList();
    }

    private static void walk(Resource r, String parent, List<Route> out) {
        String path = (parent + "/" + r.getPath()).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        for (ResourceMethod m : r.getResourceMethods()) out.add(new Route(m.getHttpMethod().toLowerCase(Locale.ROOT), path));
        for (Resource child : r.getChildResources()) walk(child, path, out);
    }

    static List<Route> openApiOperations(JsonNode doc) {
        List<Route> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            p.getValue().fieldNames().forEachRemaining(m -> {
                if (METHODS.contains(m)) out.add(new Route(m, p.getKey()));
            });
        }
        return out;
    }

    /** A concrete path for an OpenAPI path: each {parameter} filled with a plain value. */
    static String sample(String openApiPath) {
        return openApiPath.replaceAll("\\{[^}]+}", "p1");
    }

    static boolean matches(Route jersey, Route doc) {
        return jersey.method().equals(doc.method()) && new PathTemplate(jersey.path()).match(sample(doc.path()), new ArrayList<>());
    }

    @Test
    void the_resource_model_is_read_and_the_document_is_not_empty() {
        assertTrue(routes.size() > 40, "routes found: " + routes);
        assertTrue(routes.contains(new Route("post", "/.rest/authoring/v1/assets")), routes.toString());
        assertTrue(documented.size() > routes.size(), "one path per content type and endpoint: " + documented.size());
    }

    @Test
    void every_route_under_rest_is_documented_with_its_method() {
        List<Route> missing = routes.stream().filter(r -> documented.stream().noneMatch(d -> matches(r, d))).toList();
        assertEquals(List.of(), missing, "routes missing from /.rest/openapi.json");
    }

    @Test
    void every_path_parameter_is_declared_as_openapi_requires() {
        JsonNode paths = new Http(server.uri()).get("/.rest/openapi.json").json().path("paths");
        List<String> undeclared = new ArrayList<>();
        for (Route op : documented) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(op.path());
            while (m.find()) {
                String name = m.group(1);
                JsonNode item = paths.path(op.path());
                if (!declares(item.path("parameters"), name) && !declares(item.path(op.method()).path("parameters"), name)) {
                    undeclared.add(op + " {" + name + "}");
                }
            }
        }
        assertEquals(List.of(), undeclared);
    }

    static boolean declares(JsonNode params, String name) {
        for (JsonNode p : params) {
            if (p.path("name").asText().equals(name) && p.path("in").asText().equals("path") && p.path("required").asBoolean()) return true;
        }
        return false;
    }

    @Test
    void every_documented_operation_is_a_route() {
        List<Route> phantom = documented.stream().filter(d -> routes.stream().noneMatch(r -> matches(r, d))).toList();
        assertEquals(List.of(), phantom, "operations in /.rest/openapi.json that no resource answers");
    }
}
