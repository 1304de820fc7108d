package eu.innco.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.publishing.AuditEntry;
import eu.innco.publishing.AuditLog;
import eu.innco.publishing.AuditQuery;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Action;
import eu.innco.security.Ownership;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /audit?item=&user=&action=&since=&until=&offset=&limit=}: the audit log, newest first. Read-only for everyone. */
@Path(".rest/authoring/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public final class AuditResource {
    private final AuditLog audit;
    private final AccessPolicy policy;

    public AuditResource(AuditLog audit, AccessPolicy policy) {
        this.audit = audit;
        this.policy = policy;
    }

    @GET
    public ObjectNode query(@Context ContainerRequestContext req, @QueryParam("item") String item, @QueryParam("user") String user,
                            @QueryParam("action") String action, @QueryParam("since") String since, @QueryParam("until") String until,
                            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        policy.check(Authentication.actor(req), Action.READ_AUDIT, Ownership.NEW);
        AuditLog.AuditPage page = audit.query(AuditQuery.of(item, user, action, since, until,
                Params.integer("offset", offset), Params.integer("limit", limit)));
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("offset", page.offset()).put("limit", page.limit()).put("total", page.total());
        ArrayNode a = o.putArray("entries");
        for (AuditEntry e : page.entries()) a.add(PublishingJson.audit(e));
        return o;
    }
}
