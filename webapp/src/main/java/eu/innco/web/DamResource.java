package eu.innco.web;

import eu.innco.InncoException;
import eu.innco.assets.AssetService;
import eu.innco.web.api.FileResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** Published files, Magnolia's DAM way: {@code /dam/<id>/<file name>} and {@code /dam/<id>/renditions/<name>}. Drafts never. */
@Path("dam/{id}")
public final class DamResource {
    private final AssetService assets;

    public DamResource(AssetService assets) {
        this.assets = assets;
    }

    @GET
    @Path("renditions/{name}")
    public Response rendition(@PathParam("id") String id, @PathParam("name") String name,
                              @jakarta.ws.rs.HeaderParam("If-None-Match") String ifNoneMatch) {
        return FileResponses.of(assets.publishedFile(id, name).orElseThrow(() -> missing(id)), "public, max-age=3600", ifNoneMatch);
    }

    @GET
    @Path("{file}")
    public Response file(@PathParam("id") String id, @jakarta.ws.rs.HeaderParam("If-None-Match") String ifNoneMatch) {
        return FileResponses.of(assets.publishedFile(id, null).orElseThrow(() -> missing(id)), "public, max-age=3600", ifNoneMatch);
    }

    private static InncoException missing(String id) {
        return InncoException.notFound("INNCO-DAM-404", "There is no published file '" + id + "'.");
    }
}
