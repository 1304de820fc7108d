package eu.innco.web.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.repository.ContentRepository;
import eu.innco.web.Version;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /.rest/health}: whether the repository answers and can write (DOWN, with the reason,
 * when the disk is below {@code INNCO_MIN_FREE_MB} or the store failed to write), which store it
 * is, which version runs.
 */
@Path(".rest/health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {
    private final ContentRepository repository;

    public HealthResource(ContentRepository repository) {
        this.repository = repository;
    }

    @GET
    public Response health() {
        boolean reachable = repository.reachable();
        java.util.Optional<String> writeProblem = repository.writeProblem();
        boolean up = reachable && writeProblem.isEmpty();
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("status", up ? "UP" : "DOWN");
        o.put("repository", reachable ? "reachable" : "unreachable");
        o.put("writable", writeProblem.isEmpty());
        writeProblem.ifPresent(p -> o.put("reason", p));
        o.put("store", repository.kind().label());
        o.put("version", Version.VALUE);
        return Response.status(up ? 200 : 503).entity(o).header("Cache-Control", "no-store").build();
    }
}
