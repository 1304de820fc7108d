package eu.innco.web.delivery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.assets.AssetService;
import eu.innco.web.api.Authentication;
import eu.innco.web.api.FileResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * {@code /.rest/preview/dam/<id>/<file name>} and {@code .../renditions/<name>}: the files of working
 * copies, in the shape of the public {@code /dam/}, for whoever may read drafts (users, API tokens,
 * preview tokens: {@link PreviewAuthentication} guards the whole {@code /.rest/preview/} path). A
 * preview of a draft shows its images; the public {@code /dam/} still serves published files only.
 */
@Path(".rest/preview/dam/{id}")
public final class PreviewFilesResource {
    private static final String NEVER_CACHED = "private, no-store";
    private final AssetService assets;

    public PreviewFilesResource(AssetService assets) {
        this.assets = assets;
    }

    @GET
    @Path("renditions/{name}")
    public Response rendition(@PathParam("id") String id, @PathParam("name") String name, @Context ContainerRequestContext request,
                              @HeaderParam("If-None-Match") String ifNoneMatch) {
        return FileResponses.of(assets.draftFile(Authentication.actor(request), id, name).orElseThrow(() -> missing(id)), NEVER_CACHED, ifNoneMatch);
    }

    @GET
    @Path("{file}")
    public Response file(@PathParam("id") String id, @jakarta.ws.rs.QueryParam("w") String w, @Context ContainerRequestContext request,
                         @HeaderParam("If-None-Match") String ifNoneMatch) {
        var width = w == null ? null : assets.renditions().width(w); // the public /dam/'s widths, so a preview shows what the portal will
        return FileResponses.of(assets.draftRendition(Authentication.actor(request), id, width).orElseThrow(() -> missing(id)), NEVER_CACHED, ifNoneMatch);
    }

    private static InncoException missing(String id) {
        return InncoException.notFound(ErrorCode.PREVIEW_404, "There is no asset '" + id + "' with such a file.");
    }

    /** The two paths in the OpenAPI document. */
    public static void addTo(ObjectNode doc) {
        ObjectNode paths = doc.with("paths");
        op(paths.putObject("/.rest/preview/dam/{id}/{file}"), "A draft asset's file (working copy), as /dam/ serves published ones (with ?w= as there)", "file");
        op(paths.putObject("/.rest/preview/dam/{id}/renditions/{name}"), "A named rendition of a draft asset's image (imaging/renditions.yaml)", "name");
    }

    private static void op(ObjectNode path, String summary, String second) {
        ObjectNode o = path.putObject("get");
        o.put("summary", summary);
        o.putArray("tags").add("preview");
        ArrayNode sec = o.putArray("security");
        sec.addObject().putArray("basic");
        sec.addObject().putArray("bearer");
        sec.addObject().putArray("previewToken");
        ArrayNode params = o.putArray("parameters");
        for (String p : new String[] {"id", second}) {
            params.addObject().put("name", p).put("in", "path").put("required", true).putObject("schema").put("type", "string");
        }
        if (second.equals("file")) {
            params.addObject().put("name", "w").put("in", "query").put("required", false)
                    .put("description", "one of the widths /dam/ allows (400 INNCO-RENDITION-001 otherwise)").putObject("schema").put("type", "integer");
        }
        o.with("responses").putObject("200").put("description", "the file's bytes, never cached");
        for (String s : new String[] {"401", "403", "404"}) {
            o.with("responses").putObject(s).put("description", "problem").putObject("content").putObject("application/problem+json")
                    .putObject("schema").put("$ref", "#/components/schemas/Problem");
        }
    }
}
