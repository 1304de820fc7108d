package eu.innco.web.editor;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * What a reference picker offers when the type holds more items than the form lists: the items
 * matching what the user typed, as (value, label) pairs, read with the user's own rights.
 */
@Path("editor/content/{type}/choices")
public final class ChoicesResource {
    private static final int LONGEST_QUERY = 200;
    private final Editor editor;
    private final eu.innco.content.ContentService content;

    public ChoicesResource(Editor editor, eu.innco.content.ContentService content) {
        this.editor = editor;
        this.content = content;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response search(@Context UriInfo uri, @Context HttpHeaders headers, @PathParam("type") String type, @QueryParam("q") String q) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        editor.types.require(type);
        String words = q == null ? "" : q.strip();
        if (words.length() > LONGEST_QUERY) words = words.substring(0, LONGEST_QUERY);
        CacheControl private_ = new CacheControl();
        private_.setPrivate(true);
        private_.setNoStore(true);
        return Response.ok(new ReferenceChoices(content, call).search(type, words)).cacheControl(private_).build();
    }
}
