package eu.innco.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.publishing.webhook.WebhookDefinition;
import eu.innco.publishing.webhook.WebhookDelivery;
import eu.innco.publishing.webhook.WebhookDispatcher;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Action;
import eu.innco.security.Ownership;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** The configured webhooks (never their secrets) and each one's delivery log. */
@Path(".rest/authoring/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
public final class WebhooksResource {
    private final WebhookDispatcher webhooks;
    private final AccessPolicy policy;

    public WebhooksResource(WebhookDispatcher webhooks, AccessPolicy policy) {
        this.webhooks = webhooks;
        this.policy = policy;
    }

    @GET
    public ObjectNode list(@Context ContainerRequestContext req) {
        policy.check(Authentication.actor(req), Action.READ_AUDIT, Ownership.NEW);
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        ArrayNode a = o.putArray("webhooks");
        for (WebhookDefinition w : webhooks.webhooks()) {
            ObjectNode x = a.addObject().put("name", w.name()).put("url", w.url().toString()).put("enabled", w.enabled())
                    .put("maxAttempts", w.maxAttempts());
            w.events().forEach(x.putArray("events")::add);
            w.contentTypes().forEach(x.putArray("contentTypes")::add);
        }
        return o;
    }

    @GET
    @Path("{name}/deliveries")
    public ObjectNode deliveries(@Context ContainerRequestContext req, @PathParam("name") String name, @QueryParam("limit") String limit) {
        policy.check(Authentication.actor(req), Action.READ_AUDIT, Ownership.NEW);
        if (webhooks.webhooks().stream().noneMatch(w -> w.name().equals(name))) {
            throw InncoException.notFound(ErrorCode.WEBHOOK_404, "There is no webhook '" + name + "'.");
        }
        Integer l = Params.integer("limit", limit);
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        ArrayNode a = o.putArray("deliveries");
        for (WebhookDelivery d : webhooks.deliveries(name, l == null ? 50 : Math.max(1, Math.min(l, 500)))) a.add(PublishingJson.delivery(d));
        return o;
    }
}
