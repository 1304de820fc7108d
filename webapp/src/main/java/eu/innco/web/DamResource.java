package eu.innco.web;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.assets.AssetService;
import eu.innco.web.api.FileResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * Published files, Magnolia's DAM way: {@code /dam/<id>/<file name>}, its allowed widths
 * {@code ?w=640}, and the light module's named renditions {@code /dam/<id>/renditions/<name>}. Drafts never.
 */
@Path("dam/{id}")
public final class DamResource {
    private static final String CACHE = "public, max-age=3600";
    private final AssetService assets;

    public DamResource(AssetService assets) {
        this.assets = assets;
    }

    @GET
    @Path("renditions/{name}")
    public Response rendition(@PathParam("id") String id, @PathParam("name") String name, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return FileResponses.of(assets.publishedFile(id, name).orElseThrow(() -> missing(id)), CACHE, ifNoneMatch);
    }

    @GET
    @Path("{file}")
    public Response file(@PathParam("id") String id, @QueryParam("w") String w, @HeaderParam("If-None-Match") String ifNoneMatch) {
        var width = w == null ? null : assets.renditions().width(w); // a width outside the list is refused before anything is read
        return FileResponses.of(assets.publishedRendition(id, width).orElseThrow(() -> missing(id)), CACHE, ifNoneMatch);
    }

    private static InncoException missing(String id) {
        return InncoException.notFound(ErrorCode.DAM_404, "There is no published file '" + id + "'.");
    }
}
