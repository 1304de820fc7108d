package eu.innco.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;

/** Browser libraries from WebJars on the class path: {@code /webjars/leaflet/1.9.4/dist/leaflet.js}. */
@Path("webjars/{file: .+}")
public final class WebJars {
    @GET
    public Response webjar(@PathParam("file") String file) throws IOException {
        if (file.contains("..")) throw StaticFiles.missing(file);
        try (InputStream in = StaticFiles.class.getResourceAsStream("/META-INF/resources/webjars/" + file)) {
            if (in == null) throw StaticFiles.missing(file);
            // a WebJar path carries its version, so its content never changes under the same address
            return Response.ok(in.readAllBytes(), StaticFiles.type(file)).header("Cache-Control", "public, max-age=" + StaticFiles.YEAR + ", immutable").build();
        }
    }

}
