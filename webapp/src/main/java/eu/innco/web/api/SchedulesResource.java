package eu.innco.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.publishing.Schedule;
import eu.innco.publishing.SchedulingService;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** Every schedule (filter by item and state), and cancelling one. */
@Path(".rest/authoring/v1/schedules")
@Produces(MediaType.APPLICATION_JSON)
public final class SchedulesResource {
    private final SchedulingService scheduling;

    public SchedulesResource(SchedulingService scheduling) {
        this.scheduling = scheduling;
    }

    @GET
    public ObjectNode list(@Context ContainerRequestContext req, @QueryParam("item") String item, @QueryParam("state") String state) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        ArrayNode a = o.putArray("schedules");
        for (Schedule s : scheduling.list(Authentication.actor(req), item, state)) a.add(PublishingJson.schedule(s));
        return o;
    }

    @DELETE
    @Path("{id}")
    public ObjectNode cancel(@Context ContainerRequestContext req, @PathParam("id") String id) {
        return PublishingJson.schedule(scheduling.cancel(Authentication.actor(req), id));
    }
}
