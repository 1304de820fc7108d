package eu.innco.web.editor;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.web.portal.PortalPreview;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The draft of an item in the portal's look, for signed-in editors who may read it: rendered from
 * the working copy by the preview service, never stored in the public page cache, never indexed.
 */
@Path("editor/content/{type}/{id}/preview")
public final class PreviewPage {
    private final Editor editor;
    private final PortalPreview portal;

    PreviewPage(Editor editor, PortalPreview portal) {
        this.editor = editor;
        this.portal = portal;
    }

    @GET
    public Response preview(@Context UriInfo uri, @Context HttpHeaders headers, @PathParam("type") String type, @PathParam("id") String id,
                            @QueryParam("lang") String lang) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        editor.types.require(type);
        String html = portal.page(call.actor(), type, id, lang == null ? call.locale() : lang, uri)
                .orElseThrow(() -> InncoException.notFound(ErrorCode.PREVIEW_404, "There is no portal page to preview for this item."));
        return Response.ok(DraftFileLinks.of(html), "text/html; charset=utf-8").header("Cache-Control", "private, no-store")
                .header("X-Robots-Tag", "noindex, nofollow").build();
    }
}
