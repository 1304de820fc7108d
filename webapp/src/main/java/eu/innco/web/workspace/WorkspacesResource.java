package eu.innco.web.workspace;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.security.Actor;
import eu.innco.web.api.Authentication;
import eu.innco.workspace.BootstrapYamlReader;
import eu.innco.workspace.BootstrapYamlWriter;
import eu.innco.workspace.JcrTree;
import eu.innco.workspace.SystemViewReader;
import eu.innco.workspace.SystemViewWriter;
import eu.innco.workspace.WorkspaceStore;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Magnolia's exports in and out of workspaces: {@code POST .../import}
 * takes a system view {@code .xml} or a YAML {@code .yaml} export (by Content-Type) and puts its
 * nodes below {@code path} (into a content type's workspace as items, see {@code Importer.importMagnolia}); {@code GET .../export} gives a subtree back in either format, named as
 * Magnolia names its export files ({@code website.react-minimal.yaml}); a content type's item
 * exports the same way, for Magnolia to import. Administrators import; whoever may export content exports.
 */
@Path(".rest/authoring/v1/workspaces/{workspace}")
public final class WorkspacesResource {
    private final WorkspaceStore store;
    private final eu.innco.workspace.ItemTrees items;
    private final eu.innco.security.AccessPolicy policy;

    private final eu.innco.exports.Importer importer;

    public WorkspacesResource(WorkspaceStore store, eu.innco.workspace.ItemTrees items, eu.innco.security.AccessPolicy policy,
                              eu.innco.exports.Importer importer) {
        this.store = store;
        this.importer = importer;
        this.items = items;
        this.policy = policy;
    }

    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importExport(@Context ContainerRequestContext req, @PathParam("workspace") String workspace,
                                 @QueryParam("path") String path, @QueryParam("dryRun") String dryRun,
                                 @HeaderParam("Content-Type") String contentType, InputStream body) {
        Actor actor = Authentication.actor(req);
        policy.check(actor, eu.innco.security.Action.IMPORT, eu.innco.security.Ownership.NEW);
        String label = "the uploaded export";
        eu.innco.workspace.NodeLines lines = new eu.innco.workspace.NodeLines();
        List<JcrTree> trees = switch (format(contentType)) {
            case "xml" -> SystemViewReader.read(body, label, lines);
            default -> BootstrapYamlReader.read(new InputStreamReader(body, StandardCharsets.UTF_8), label, lines);
        };
        String parent = path == null || path.isBlank() ? "/" : path;
        if (store.typed(workspace)) {
            // a content type's workspace: its items (among Magnolia's folders) come in as items, validated and published as Magnolia had them
            ObjectNode r = eu.innco.web.api.ContentExportsResource.json(importer.importMagnolia(actor, workspace, parent, trees, lines, label,
                    eu.innco.web.api.ContentExportsResource.flag("dryRun", dryRun)));
            return Response.ok(r.put("workspace", workspace)).build();
        }
        List<String> paths = store.importTrees(actor, workspace, path == null || path.isBlank() ? "/" : path, trees);
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("workspace", workspace);
        paths.forEach(o.putArray("imported")::add);
        return Response.ok(o).build();
    }

    @GET
    @Path("export")
    public Response export(@Context ContainerRequestContext req, @PathParam("workspace") String workspace,
                           @QueryParam("path") String path, @QueryParam("format") String format) {
        Actor actor = Authentication.actor(req);
        policy.check(actor, eu.innco.security.Action.EXPORT, eu.innco.security.Ownership.NEW);
        String p = path == null || path.isBlank() ? "/" : path;
        if (p.equals("/")) throw InncoException.badRequest(ErrorCode.WORKSPACE_006, "Name the node to export with path=/<node>.");
        // a content type's item exports as Magnolia writes such a node; a plain workspace's tree as it was imported
        JcrTree tree = (store.typed(workspace) ? items.item(workspace, p) : store.tree(workspace, p)).orElseThrow(() -> InncoException.notFound(ErrorCode.WORKSPACE_404,
                "There is no node " + p + " in workspace '" + workspace + "'."));
        String fileName = workspace + p.replace('/', '.');
        if ("xml".equals(format)) {
            StreamingOutput out = o -> SystemViewWriter.write(tree, store.namespaces(tree), o);
            return file(out, "application/xml", fileName + ".xml");
        }
        if (format != null && !format.isBlank() && !format.equals("yaml")) {
            throw InncoException.badRequest(ErrorCode.WORKSPACE_007, "format is yaml (the default) or xml.");
        }
        return file(BootstrapYamlWriter.write(tree).getBytes(StandardCharsets.UTF_8), "application/yaml; charset=UTF-8", fileName + ".yaml");
    }

    private static Response file(Object body, String type, String name) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name.replace("\"", "") + "\"").build();
    }

    /** xml for system view, yaml for Magnolia's YAML; anything else is a 415 that says which two work. */
    static String format(String contentType) {
        String t = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("application/xml") || t.equals("text/xml")) return "xml";
        if (t.equals("application/yaml") || t.equals("text/yaml") || t.equals("application/x-yaml") || t.equals("text/x-yaml")) return "yaml";
        throw new InncoException(ErrorCode.WORKSPACE_415, "Unsupported media type",
                "Send a Magnolia export as application/xml (system view) or application/yaml.");
    }
}
