package eu.innco.web.graphql;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code /.rest/graphql/explorer}: GraphiQL, served from the jar. Its bundle and React come from
 * WebJars on the class path, under addresses that carry their version (so they are cached for a
 * year); the page starts it from a served script, since the CSP allows no inline script. Nothing is
 * fetched from anywhere but this server.
 */
@Path(".rest/graphql/explorer")
public final class GraphqlExplorer {
    static final String BASE = "/.rest/graphql/explorer/";
    private static final long YEAR = 365L * 24 * 3600;
    /** The only library files served, per WebJar: what the page loads, nothing else of the jars. */
    private static final Map<String, String> LIBRARY = Map.of("react", "umd/react.production.min.js",
            "react-dom", "umd/react-dom.production.min.js", "graphiql", "graphiql.min.js|graphiql.min.css");
    private static final Map<String, String> OWN = Map.of("graphiql-start.js", "text/javascript; charset=utf-8",
            "graphiql-page.css", "text/css; charset=utf-8");
    private final Map<String, String> versions = new java.util.HashMap<>();
    private final byte[] page;

    public GraphqlExplorer() {
        String html = new String(read(GraphqlExplorer.class, "graphiql.html"), StandardCharsets.UTF_8);
        for (String jar : LIBRARY.keySet()) {
            versions.put(jar, version(jar));
            html = html.replace("{" + jar + "}", BASE + jar + "/" + versions.get(jar));
        }
        this.page = html.getBytes(StandardCharsets.UTF_8);
    }

    @GET
    public Response page() {
        return Response.ok(page, "text/html; charset=utf-8").build();
    }

    @GET
    @Path("{file}")
    public Response own(@PathParam("file") String file) {
        String type = OWN.get(file);
        if (type == null) throw new NotFoundException();
        return Response.ok(read(GraphqlExplorer.class, file), type).header("Cache-Control", "public, max-age=300").build();
    }

    @GET
    @Path("{jar}/{version}/{file: .+}")
    public Response library(@PathParam("jar") String jar, @PathParam("version") String version, @PathParam("file") String file) {
        String files = LIBRARY.get(jar);
        if (files == null || !version.equals(versions.get(jar)) || !("|" + files + "|").contains("|" + file + "|")) throw new NotFoundException();
        byte[] body = read(GraphqlExplorer.class, "/META-INF/resources/webjars/" + jar + "/" + version + "/" + file);
        String type = file.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
        // the address names the version, so what it serves never changes
        return Response.ok(body, type).header("Cache-Control", "public, max-age=" + YEAR + ", immutable").build();
    }

    /** The WebJar's version on the class path, from the Maven properties every WebJar carries. */
    private static String version(String jar) {
        var props = new java.util.Properties();
        try (InputStream in = new java.io.ByteArrayInputStream(read(GraphqlExplorer.class,
                "/META-INF/maven/org.webjars.npm/" + jar + "/pom.properties"))) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props.getProperty("version");
    }

    private static byte[] read(Class<?> base, String name) {
        try (InputStream in = base.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing from the jar: " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
