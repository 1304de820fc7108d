package eu.innco.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.contenttype.field.Dates;
import eu.innco.security.ApiToken;
import eu.innco.security.ApiTokens;
import eu.innco.security.Actor;
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

/** The caller's own API tokens: create (the secret is in this answer only), list, revoke. */
@Path(".rest/authoring/v1/tokens")
@Produces(MediaType.APPLICATION_JSON)
public final class TokensResource {
    private final ApiTokens tokens;
    private final JsonBodies bodies;

    public TokensResource(ApiTokens tokens, JsonBodies bodies) {
        this.tokens = tokens;
        this.bodies = bodies;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
    public Response create(@Context ContainerRequestContext req, InputStream body) {
        Actor actor = Authentication.actor(req);
        if (!Authentication.byPassword(req)) {
            // a token that could make tokens would outlive its own revocation
            throw eu.innco.InncoException.forbidden("New API tokens are created with a password, not with another token.");
        }
        JsonNode json = bodies.read(body);
        String label = json.path("label").asText("").trim();
        if (label.length() > 100) label = label.substring(0, 100);
        String token = tokens.create(actor.username(), label);
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", token.split("_")[1]);
        o.put("label", label);
        o.put("token", token);
        o.put("note", "This is the only time the token is shown; store it safely.");
        return Response.status(201).entity(o).header("Cache-Control", "no-store").build();
    }

    @GET
    public ObjectNode list(@Context ContainerRequestContext req) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        ArrayNode a = o.putArray("tokens");
        for (ApiToken t : tokens.list(Authentication.actor(req).username())) {
            a.addObject().put("id", t.id()).put("label", t.label()).put("created", Dates.format(t.created()));
        }
        return o;
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@Context ContainerRequestContext req, @PathParam("id") String id) {
        tokens.revoke(Authentication.actor(req).username(), id);
        return Response.noContent().build();
    }
}
