package eu.innco.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.publishing.PublishTarget;
import eu.innco.publishing.Release;
import eu.innco.publishing.ReleaseService;
import eu.innco.security.Action;
import eu.innco.security.Ownership;
import eu.innco.web.JsonBodies;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Releases: {@code POST /releases} with a name, items ({@code type}, {@code id}, {@code locales}),
 * and either {@code at} (scheduled), {@code publish: true} (now) or neither (a draft to publish later).
 */
@Path(".rest/authoring/v1/releases")
@Produces(MediaType.APPLICATION_JSON)
public final class ReleasesResource {
    private final ReleaseService releases;
    private final eu.innco.security.AccessPolicy policy;
    private final JsonBodies bodies;

    public ReleasesResource(ReleaseService releases, eu.innco.security.AccessPolicy policy, JsonBodies bodies) {
        this.releases = releases;
        this.policy = policy;
        this.bodies = bodies;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
    public Response create(@Context ContainerRequestContext req, InputStream body) {
        RequestFields f = RequestFields.of(bodies.read(body), Set.of("name", "items", "at", "publish", "comment", "includeReferences"));
        String name = f.text("name");
        var at = f.instant("at");
        boolean now = f.bool("publish");
        String comment = f.text("comment");
        boolean together = f.bool("includeReferences");
        List<PublishTarget> items = new ArrayList<>();
        JsonNode list = f.node("items");
        if (list != null && list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                RequestFields item = f.nested(list.get(i), "items." + i, Set.of("type", "id", "locales"));
                if (list.get(i).isObject()) items.add(new PublishTarget(String.valueOf(item.text("type")), String.valueOf(item.text("id")), item.strings("locales")));
            }
        } else if (list != null) {
            f.nested(list, "items", Set.of());
        }
        f.check();
        Release r = releases.create(Authentication.actor(req), name, items, together, comment, at, now);
        return Response.status(201).entity(PublishingJson.release(r)).build();
    }

    @GET
    public ObjectNode list(@Context ContainerRequestContext req) {
        policy.check(Authentication.actor(req), Action.MANAGE_RELEASES, Ownership.NEW);
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        ArrayNode a = o.putArray("releases");
        for (Release r : releases.all()) a.add(PublishingJson.release(r));
        return o;
    }

    @GET
    @Path("{id}")
    public ObjectNode get(@Context ContainerRequestContext req, @PathParam("id") String id) {
        policy.check(Authentication.actor(req), Action.MANAGE_RELEASES, Ownership.NEW);
        return PublishingJson.release(releases.get(id));
    }

    @POST
    @Path("{id}/publish")
    public ObjectNode publish(@Context ContainerRequestContext req, @PathParam("id") String id) {
        return PublishingJson.release(releases.publish(Authentication.actor(req), id));
    }

    @DELETE
    @Path("{id}")
    public ObjectNode cancel(@Context ContainerRequestContext req, @PathParam("id") String id) {
        return PublishingJson.release(releases.cancel(Authentication.actor(req), id));
    }
}
