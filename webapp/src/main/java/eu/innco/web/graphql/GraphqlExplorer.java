package eu.innco.web.graphql;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * {@code /.rest/graphql/explorer}: a small query page served from the jar (a query, variables, an
 * optional preview token, the answer), because no GraphiQL build is served as a WebJar and the
 * project loads nothing from a CDN. Its script and style are files, as the CSP wants.
 */
@Path(".rest/graphql/explorer")
public final class GraphqlExplorer {
    private static final Map<String, String> FILES = Map.of("explorer.js", "text/javascript; charset=utf-8",
            "explorer.css", "text/css; charset=utf-8");

    @GET
    public Response page() {
        return Response.ok(read("explorer.html"), "text/html; charset=utf-8").build();
    }

    @GET
    @Path("{file}")
    public Response file(@PathParam("file") String file) {
        String type = FILES.get(file);
        if (type == null) throw new NotFoundException();
        return Response.ok(read(file), type).header("Cache-Control", "public, max-age=300").build();
    }

    private static byte[] read(String name) {
        try (InputStream in = GraphqlExplorer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing from the jar: " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
