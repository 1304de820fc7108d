package eu.innco.web.exchange.abuse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.contenttype.field.Dates;
import eu.innco.exchange.abuse.Hold;
import eu.innco.network.Moderation;
import eu.innco.security.Actor;
import eu.innco.web.Services;
import eu.innco.web.api.Authentication;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.Optional;

/**
 * The review of abuse reports in the authoring API, country-scoped like the network's moderation:
 * {@code GET /.rest/authoring/v1/abuse} lists what waits, {@code POST .../abuse/{id}/decision}
 * with {@code {"decision": "restore"|"remove", "reason": "..."}} decides (audited, the owner mailed);
 * {@code POST /.rest/authoring/v1/initiatives/{id}/case-study} drafts a case study from a done initiative.
 */
@Path(".rest/authoring/v1")
@Produces(MediaType.APPLICATION_JSON)
public final class ReviewResource {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Services services;

    public ReviewResource(Services services) {
        this.services = services;
    }

    @GET
    @Path("abuse")
    public ObjectNode queue(@Context ContainerRequestContext req) {
        Actor a = reviewer(req);
        ObjectNode out = JSON.createObjectNode();
        ArrayNode results = out.putArray("results");
        for (Hold h : services.collaboration.abuse.queue(scope(a))) {
            ObjectNode o = results.addObject();
            o.put("id", h.id());
            o.put("kind", h.kind());
            o.put("title", h.title());
            o.put("country", h.country());
            o.put("organisation", h.organisation());
            o.put("reported", Dates.format(h.reported()));
            h.reasons().forEach(o.putArray("reasons")::add);
        }
        return out;
    }

    @POST
    @Path("abuse/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public ObjectNode decide(@Context ContainerRequestContext req, @PathParam("id") String id, String body) {
        Actor a = reviewer(req);
        JsonNode b = parse(body);
        String decision = b.path("decision").asText("");
        if (!decision.equals("restore") && !decision.equals("remove")) {
            throw InncoException.badRequest(ErrorCode.ABUSE_003, "decision: say \"restore\" or \"remove\".");
        }
        Hold h = services.collaboration.abuse.decide(a, scope(a), id, decision.equals("restore"), b.path("reason").asText(""));
        return JSON.createObjectNode().put("id", h.id()).put("kind", h.kind()).put("decision", decision);
    }

    @POST
    @Path("initiatives/{id}/case-study")
    public jakarta.ws.rs.core.Response caseStudy(@Context ContainerRequestContext req, @PathParam("id") String id) {
        Actor a = reviewer(req);
        String caseStudy = services.collaboration.caseStudies.draft(a, scope(a), id);
        return jakarta.ws.rs.core.Response.status(201).type(MediaType.APPLICATION_JSON)
                .entity(JSON.createObjectNode().put("id", caseStudy).put("initiative", id).toString()).build();
    }

    private Actor reviewer(ContainerRequestContext req) {
        Actor a = Authentication.actor(req);
        if (!Moderation.moderates(a)) throw InncoException.forbidden("Only partner editors, publishers and admins review the exchange.");
        return a;
    }

    private Optional<String> scope(Actor a) {
        return services.network.moderation.country(a);
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode n = JSON.readTree(body == null ? "" : body);
            if (n == null || !n.isObject()) throw InncoException.badRequest(ErrorCode.ABUSE_004, "The body is a JSON object.");
            return n;
        } catch (IOException e) {
            throw InncoException.badRequest(ErrorCode.ABUSE_004, "The body is not JSON.");
        }
    }
}
