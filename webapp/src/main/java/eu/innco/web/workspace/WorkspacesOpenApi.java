package eu.innco.web.workspace;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.delivery.EndpointRegistry;
import eu.innco.workspace.WorkspaceEndpoint;

/**
 * Magnolia's plain workspaces in the OpenAPI document: the import and export of Magnolia's export
 * files, the template annotations, and the delivery endpoints over workspaces no content type declares.
 */
public final class WorkspacesOpenApi {
    private static final String BASE = "/.rest/authoring/v1/workspaces/{workspace}";
    private final EndpointRegistry endpoints;

    public WorkspacesOpenApi(EndpointRegistry endpoints) {
        this.endpoints = endpoints;
    }

    public void addTo(ObjectNode doc) {
        ObjectNode paths = doc.with("paths");
        ObjectNode imp = op(paths.putObject(BASE + "/import"), "post", "Import a Magnolia export (system view XML or YAML) into a workspace "
                + "no content type declares, below ?path= (default /); a node of the same name there is replaced. Into a content type's "
                + "workspace, the export's items (among mgnl:folders, many per file) come in as items, kept at Magnolia's path, "
                + "published when mgnl:activationStatus is true; the answer is then the content-exports import's. Administrators.", true);
        ArrayNode ip = imp.putArray("parameters");
        pathParam(ip, "workspace");
        queryParam(ip, "path", "the parent node's path inside the workspace, default /");
        queryParam(ip, "dryRun", "true: a content type's workspace only says what the import would do");
        ObjectNode body = imp.putObject("requestBody").put("required", true).putObject("content");
        body.putObject("application/xml").putObject("schema").put("type", "string").put("description", "JCR system view");
        body.putObject("application/yaml").putObject("schema").put("type", "string").put("description", "Magnolia's YAML export");
        json(imp, "200", "{workspace, imported: [paths of the top nodes]}; into a content type's workspace "
                + "{workspace, dryRun, created, changed, unchanged, items: [...], ignored: [properties no content type defines]}");
        problems(imp, "400", "403", "404", "409", "415");
        ObjectNode exp = op(paths.putObject(BASE + "/export"), "get", "Export a node and what is below it as Magnolia imports it: "
                + "a plain workspace's tree, or a content type's item (its node type, typed dates, asset ids as jcr:<id>)", true);
        ArrayNode ep = exp.putArray("parameters");
        pathParam(ep, "workspace");
        queryParam(ep, "path", "the node's path inside the workspace, e.g. /react-minimal");
        queryParam(ep, "format", "yaml (default) or xml");
        ObjectNode files = exp.with("responses").putObject("200").put("description", "<workspace>.<path with dots>.yaml or .xml").putObject("content");
        files.putObject("application/yaml").putObject("schema").put("type", "string");
        files.putObject("application/xml").putObject("schema").put("type", "string");
        problems(exp, "400", "403", "404");
        ObjectNode ann = op(paths.putObject("/.rest/template-annotations/v1/{path}"), "get", "Magnolia's template annotations of a page "
                + "of the website workspace: node path to its cms:page, cms:area or cms:component comment", false);
        pathParam(ann.putArray("parameters"), "path");
        json(ann, "200", "{<node path>: <annotation>}");
        problems(ann, "404");
        nodes(paths.putObject("/.rest/nodes/v1/{workspace}/{path}"));
        for (WorkspaceEndpoint e : endpoints.workspaceEndpoints()) endpoint(paths, e);
        ObjectNode page = doc.with("components").with("schemas").putObject("WorkspaceNodesPage").put("type", "object");
        ObjectNode pp = page.putObject("properties");
        for (String n : new String[] {"offset", "limit", "total"}) pp.putObject(n).put("type", "integer");
        pp.putObject("results").put("type", "array").putObject("items").put("$ref", "#/components/schemas/DeliveryNode");
        page.putArray("required").add("offset").add("limit").add("total").add("results");
    }

    /** Magnolia's nodes API over plain workspaces. */
    private static void nodes(ObjectNode path) {
        String node = "{name, type, path, identifier, properties: [{name, type, multiple, values}], nodes: [...]}";
        ObjectNode get = op(path, "get", "A node of a plain workspace in the JSON of Magnolia's nodes API, children to ?depth= (0 to 20);"
                + " mgnl: and jcr: properties with ?includeMetadata=true", true);
        ArrayNode gp = get.putArray("parameters");
        pathParam(gp, "workspace");
        pathParam(gp, "path");
        queryParam(gp, "depth", "levels of children, default 0");
        queryParam(gp, "includeMetadata", "true to include mgnl: and jcr: properties");
        json(get, "200", node);
        problems(get, "400", "403", "404");
        for (String[] m : new String[][] {{"put", "Create a child node (with its children) below the node at path. Administrators."},
                {"post", "Set the given properties of the node at path, the others unchanged. Administrators."}}) {
            ObjectNode o = op(path, m[0], m[1], true);
            ArrayNode p = o.putArray("parameters");
            pathParam(p, "workspace");
            pathParam(p, "path");
            o.putObject("requestBody").put("required", true).putObject("content").putObject("application/json").putObject("schema")
                    .put("type", "object").put("description", node);
            json(o, "200", "the node as written");
            problems(o, "400", "403", "404", "409");
        }
        ObjectNode del = op(path, "delete", "Delete the node at path and what is below it. Administrators.", true);
        ArrayNode dp = del.putArray("parameters");
        pathParam(dp, "workspace");
        pathParam(dp, "path");
        del.with("responses").putObject("204").put("description", "deleted");
        problems(del, "400", "403", "404");
    }

    private static void endpoint(ObjectNode paths, WorkspaceEndpoint e) {
        String base = "/.rest/delivery/" + e.name();
        String what = (e.nodeTypes().isEmpty() ? "nodes" : String.join(", ", e.nodeTypes()) + " nodes") + " of workspace " + e.workspace();
        ObjectNode q = op(paths.putObject(base), "get", "Query " + what + " in tree order (Magnolia's delivery v2)", false);
        ArrayNode qp = q.putArray("parameters");
        queryParam(qp, "limit", "page size, 1 to 100 (default " + e.defaultLimit() + ")");
        queryParam(qp, "offset", "results to skip");
        queryParam(qp, "@ancestor", "only nodes below this path");
        queryParam(qp, "orderBy", "'<property> [asc|desc]'");
        queryParam(qp, "lang", "a site locale, or all for every _<locale> variant");
        json(q, "200", "{offset, limit, total, results: [nodes]}; other parameters filter: name=value, name[eq|ne|like]=value")
                .put("$ref", "#/components/schemas/WorkspaceNodesPage").remove("type");
        problems(q, "400");
        ObjectNode one = op(paths.putObject(base + "/{path}"), "get", "One node of workspace " + e.workspace() + " by its @path below "
                + e.rootPath() + " (with its child nodes to depth " + e.depth() + "); <path>@nodes: its children", false);
        pathParam(one.putArray("parameters"), "path");
        json(one, "200", "@name, @path, @id, @nodeType, the properties as strings, child nodes, @nodes")
                .put("$ref", "#/components/schemas/DeliveryNode").remove("type");
        problems(one, "404");
        ObjectNode byId = op(paths.putObject(base + "@{id}"), "get", "One node of workspace " + e.workspace() + " by @id", false);
        pathParam(byId.putArray("parameters"), "id");
        json(byId, "200", "the node").put("$ref", "#/components/schemas/DeliveryNode").remove("type");
        problems(byId, "404");
    }

    private static ObjectNode op(ObjectNode path, String method, String summary, boolean secured) {
        ObjectNode o = path.putObject(method);
        o.put("summary", summary);
        o.putArray("tags").add(secured ? "magnolia-exports" : "delivery");
        if (secured) {
            ArrayNode sec = o.putArray("security");
            sec.addObject().putArray("basic");
            sec.addObject().putArray("bearer");
            problems(o, "401");
        }
        return o;
    }

    private static void pathParam(ArrayNode params, String name) {
        params.addObject().put("name", name).put("in", "path").put("required", true).putObject("schema").put("type", "string");
    }

    private static void queryParam(ArrayNode params, String name, String description) {
        params.addObject().put("name", name).put("in", "query").put("description", description).putObject("schema").put("type", "string");
    }

    /** The answer's schema, for the caller to make more precise. */
    private static ObjectNode json(ObjectNode op, String status, String description) {
        return op.with("responses").putObject(status).put("description", description).putObject("content").putObject("application/json")
                .putObject("schema").put("type", "object");
    }

    private static void problems(ObjectNode op, String... statuses) {
        for (String s : statuses) {
            op.with("responses").putObject(s).put("description", "problem").putObject("content").putObject("application/problem+json")
                    .putObject("schema").put("$ref", "#/components/schemas/Problem");
        }
    }
}
