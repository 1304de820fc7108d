package eu.innco.web.editor;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

/** {@code /editor/first-steps}: a short guide for a partner's first work in the editor, in the user's language. */
@Path("editor/first-steps")
public final class FirstStepsPage {
    /** The steps, in order; each has a heading ({@code firstSteps.<step>}) and a text ({@code firstSteps.<step>.text}). */
    static final java.util.List<String> STEPS = java.util.List.of("language", "write", "images", "preview", "translate", "publish");

    private final Editor editor;

    FirstStepsPage(Editor editor) {
        this.editor = editor;
    }

    @GET
    public Response page(@Context UriInfo uri, @Context HttpHeaders headers) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        return Pages.html(call, "first-steps.ftlh", Map.of("steps", STEPS));
    }
}
