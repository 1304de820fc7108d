package eu.innco.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.ErrorCode;
import eu.innco.publishing.Publishing;
import eu.innco.publishing.Schedule;
import eu.innco.web.JsonBodies;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Set;

/**
 * Publishing one item: publish, unpublish and schedule locales, and its schedules. The path names
 * its actions so that it never shadows the item itself ({@code items/{type}/{id}}).
 */
@Path(".rest/authoring/v1/items/{type}/{id}/{action: publish|unpublish|schedule|schedules}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", MediaType.WILDCARD})
public final class PublicationResource {
    private final Publishing publishing;
    private final JsonBodies bodies;

    public PublicationResource(Publishing publishing, JsonBodies bodies) {
        this.publishing = publishing;
        this.bodies = bodies;
    }

    @POST
    public Response post(@Context ContainerRequestContext req, @PathParam("type") String type, @PathParam("id") String id,
                         @PathParam("action") String action, InputStream body) {
        return switch (action) {
            case "publish" -> Response.ok(publish(req, type, id, body)).build();
            case "unpublish" -> Response.ok(unpublish(req, type, id, body)).build();
            case "schedule" -> schedule(req, type, id, body);
            default -> throw new jakarta.ws.rs.NotAllowedException("GET");
        };
    }

    @GET
    public ObjectNode get(@Context ContainerRequestContext req, @PathParam("type") String type, @PathParam("id") String id,
                          @PathParam("action") String action) {
        if (!action.equals("schedules")) throw new jakarta.ws.rs.NotAllowedException("POST");
        return schedules(req, type, id);
    }

    private ObjectNode publish(ContainerRequestContext req, String type, String id, InputStream body) {
        RequestFields f = RequestFields.of(optional(body), Set.of("locales", "comment", "includeReferences"));
        var locales = f.strings("locales");
        String comment = f.text("comment");
        boolean together = f.bool("includeReferences");
        f.check();
        return PublishingJson.published(publishing.publication.publish(Authentication.actor(req), type, id, locales, comment, together));
    }

    private ObjectNode unpublish(ContainerRequestContext req, String type, String id, InputStream body) {
        RequestFields f = RequestFields.of(optional(body), Set.of("locales", "force"));
        var locales = f.strings("locales");
        boolean force = f.bool("force");
        f.check();
        return PublishingJson.published(java.util.List.of(publishing.publication.unpublish(Authentication.actor(req), type, id, locales, force)));
    }

    private Response schedule(ContainerRequestContext req, String type, String id, InputStream body) {
        RequestFields f = RequestFields.of(bodies.read(body), Set.of("action", "at", "locales"));
        String action = f.text("action");
        var at = f.instant("at");
        var locales = f.strings("locales");
        f.check();
        Schedule s = publishing.scheduling.schedule(Authentication.actor(req), type, id, action, at, locales);
        return Response.status(201).entity(PublishingJson.schedule(s)).build();
    }

    private ObjectNode schedules(ContainerRequestContext req, String type, String id) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        ArrayNode a = o.putArray("schedules");
        for (Schedule s : publishing.scheduling.list(Authentication.actor(req), id, null)) a.add(PublishingJson.schedule(s));
        return o;
    }

    /** Publish and unpublish may be sent without a body: every default then applies. */
    private com.fasterxml.jackson.databind.JsonNode optional(InputStream body) {
        try {
            if (body == null) return null;
            java.io.PushbackInputStream in = new java.io.PushbackInputStream(body, 1);
            int first = in.read();
            if (first < 0) return null;
            in.unread(first);
            return bodies.read(in);
        } catch (java.io.IOException e) {
            throw eu.innco.InncoException.badRequest(ErrorCode.REQUEST_003, "The request body could not be read.");
        }
    }
}
