package eu.innco.web.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.contenttype.field.Dates;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Action;
import eu.innco.security.Actor;
import eu.innco.security.Ownership;
import eu.innco.security.PreviewTokens;
import eu.innco.web.JsonBodies;
import eu.innco.web.api.Authentication;
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
import java.time.Duration;

/** Preview tokens of the caller: create ({@code {"label", "ttlSeconds"}}; the token is in this answer only), list, revoke. */
@Path(".rest/authoring/v1/preview-tokens")
@Produces(MediaType.APPLICATION_JSON)
public final class PreviewTokensResource {
    static final long DEFAULT_TTL_SECONDS = 7 * 24 * 3600;
    private final PreviewTokens tokens;
    private final AccessPolicy policy;
    private final JsonBodies bodies;

    public PreviewTokensResource(PreviewTokens tokens, AccessPolicy policy, JsonBodies bodies) {
        this.tokens = tokens;
        this.policy = policy;
        this.bodies = bodies;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
    public Response create(@Context ContainerRequestContext req, InputStream body) {
        Actor actor = Authentication.actor(req);
        policy.check(actor, Action.PREVIEW_TOKENS, Ownership.NEW);
        JsonNode json = bodies.read(body);
        JsonNode ttl = json.path("ttlSeconds");
        if (!ttl.isMissingNode() && !ttl.canConvertToLong()) {
            throw InncoException.badRequest(ErrorCode.PREVIEW_002, "ttlSeconds must be a whole number of seconds.");
        }
        String label = json.path("label").asText("").trim();
        PreviewTokens.Created c = tokens.create(actor.username(), label.length() > 100 ? label.substring(0, 100) : label,
                Duration.ofSeconds(ttl.isMissingNode() ? DEFAULT_TTL_SECONDS : ttl.asLong()));
        ObjectNode o = describe(c.info());
        o.put("token", c.token());
        o.put("note", "This is the only time the token is shown. It reads /.rest/preview/ only, until it expires or is revoked.");
        return Response.status(201).entity(o).header("Cache-Control", "no-store").build();
    }

    @GET
    public ObjectNode list(@Context ContainerRequestContext req) {
        Actor actor = Authentication.actor(req);
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        ArrayNode a = o.putArray("tokens");
        tokens.list(actor.isAdmin() ? null : actor.username()).forEach(t -> a.add(describe(t)));
        return o;
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@Context ContainerRequestContext req, @PathParam("id") String id) {
        Actor actor = Authentication.actor(req);
        tokens.revoke(actor.isAdmin() ? null : actor.username(), id);
        return Response.noContent().build();
    }

    private static ObjectNode describe(PreviewTokens.Info t) {
        return JsonNodeFactory.instance.objectNode().put("id", t.id()).put("user", t.user()).put("label", t.label())
                .put("created", Dates.format(t.created())).put("expires", Dates.format(t.expires()));
    }
}
