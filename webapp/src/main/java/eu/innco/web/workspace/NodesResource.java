package eu.innco.web.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Action;
import eu.innco.security.Actor;
import eu.innco.security.Ownership;
import eu.innco.web.api.Authentication;
import eu.innco.workspace.JcrTree;
import eu.innco.workspace.WorkspaceNodesEditor;
import eu.innco.workspace.WorkspaceStore;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Magnolia's nodes API over plain workspaces ({@code /.rest/nodes/v1/<workspace>/<path>}): read a
 * node with its children to {@code depth}, create a child ({@code PUT} on the parent), set
 * properties ({@code POST}), delete. This is how pages are authored node by node here.
 */
@Path(".rest/nodes/v1/{workspace}")
public final class NodesResource {
    private final WorkspaceStore store;
    private final WorkspaceNodesEditor editor;
    private final AccessPolicy policy;

    public NodesResource(WorkspaceStore store, WorkspaceNodesEditor editor, AccessPolicy policy) {
        this.store = store;
        this.editor = editor;
        this.policy = policy;
    }

    @GET
    @Path("{path: .*}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@Context ContainerRequestContext req, @PathParam("workspace") String workspace, @PathParam("path") String path,
                        @QueryParam("depth") String depth, @QueryParam("includeMetadata") String metadata) {
        policy.check(Authentication.actor(req), Action.EXPORT, Ownership.NEW);
        String p = "/" + path;
        JcrTree t = store.tree(workspace, p).orElseThrow(() -> missing(workspace, p));
        int d;
        try {
            d = depth == null || depth.isBlank() ? 0 : Integer.parseInt(depth);
        } catch (NumberFormatException e) {
            d = -1;
        }
        if (d < 0 || d > 20) throw InncoException.badRequest(ErrorCode.WORKSPACE_009, "depth is a whole number from 0 to 20.");
        return Response.ok(NodesJson.write(t, p, d, "true".equals(metadata))).build();
    }

    @PUT
    @Path("{path: .*}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context ContainerRequestContext req, @PathParam("workspace") String workspace, @PathParam("path") String path,
                           JsonNode body) {
        Actor actor = Authentication.actor(req);
        String created = editor.create(actor, workspace, "/" + path, NodesJson.tree(body == null ? com.fasterxml.jackson.databind.node.NullNode.instance : body));
        return Response.ok(NodesJson.write(store.tree(workspace, created).orElseThrow(), created, 0, true)).build();
    }

    @POST
    @Path("{path: .*}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@Context ContainerRequestContext req, @PathParam("workspace") String workspace, @PathParam("path") String path,
                           JsonNode body) {
        Actor actor = Authentication.actor(req);
        editor.update(actor, workspace, "/" + path, NodesJson.properties(body == null ? com.fasterxml.jackson.databind.node.NullNode.instance
                : body.path("properties")));
        return Response.ok(NodesJson.write(store.tree(workspace, "/" + path).orElseThrow(), "/" + path, 0, true)).build();
    }

    @DELETE
    @Path("{path: .+}")
    public Response delete(@Context ContainerRequestContext req, @PathParam("workspace") String workspace, @PathParam("path") String path) {
        editor.delete(Authentication.actor(req), workspace, "/" + path);
        return Response.noContent().build();
    }

    private static InncoException missing(String workspace, String path) {
        return InncoException.notFound(ErrorCode.WORKSPACE_404, "There is no node " + (path.length() > 80 ? path.substring(0, 80) + "..." : path)
                + " in workspace '" + workspace + "'.");
    }
}
