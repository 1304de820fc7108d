package eu.innco.web.workspace;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.workspace.TemplateAnnotations;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /.rest/template-annotations/v1/<page path>}: the annotations Magnolia's SPA editors
 * read for a page of the {@code website} workspace, public like the page itself.
 */
@Path(".rest/template-annotations/v1")
public final class TemplateAnnotationsResource {
    private final TemplateAnnotations annotations;

    public TemplateAnnotationsResource(TemplateAnnotations annotations) {
        this.annotations = annotations;
    }

    @GET
    @Path("{path: .+}")
    public Response page(@PathParam("path") String path) {
        byte[] body = annotations.page("website", "/" + path).orElseThrow(() -> InncoException.notFound(ErrorCode.ANNOTATIONS_404,
                "There is no page /" + (path.length() > 80 ? path.substring(0, 80) + "..." : path) + " in workspace website."));
        return Response.ok(body, "application/json").build();
    }
}
