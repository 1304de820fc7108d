package eu.innco.web.editor;

import eu.innco.ErrorCode;
import eu.innco.web.FormText;
import eu.innco.assets.AssetService;
import eu.innco.content.ContentService;
import eu.innco.ErrorKind;
import eu.innco.InncoException;
import eu.innco.content.ContentItem;
import eu.innco.content.ListQuery;
import eu.innco.web.api.FileResponses;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import eu.innco.web.api.UploadNames;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

/** The asset library: upload files and images (alt text required for images), browse them with thumbnails. */
@Path("editor/assets")
public final class AssetPages {
    private final Editor editor;
    private final AssetService assets;
    private final ContentService content;

    public AssetPages(Editor editor, AssetService assets, ContentService content) {
        this.editor = editor;
        this.assets = assets;
        this.content = content;
    }

    @GET
    public Response library(@Context UriInfo uri, @Context HttpHeaders headers, @QueryParam("q") String q) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        return Pages.html(call, "assets.ftlh", model(call, q, null));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@Context UriInfo uri, @Context HttpHeaders headers, FormDataMultiPart form) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        MultivaluedHashMap<String, String> csrf = new MultivaluedHashMap<>();
        FormDataBodyPart token = form.getField("_csrf");
        if (token != null) csrf.add("_csrf", FormText.of(token));
        call.checkCsrf(csrf);
        FormDataBodyPart file = form.getField("file");
        // an item form uploading in place asks for JSON: the new asset's (value, label) to add to its picker
        boolean json = String.valueOf(headers.getHeaderString("Accept")).startsWith(MediaType.APPLICATION_JSON);
        try {
            if (file == null || UploadNames.of(file) == null || UploadNames.of(file).isBlank()) {
                return refused(call, json, 400, call.t("assets.chooseFile"));
            }
            ContentItem item = assets.upload(call.actor(), UploadNames.of(file),
                    file.getValueAs(InputStream.class), textLocale(call, value(form, "_locale")), value(form, "title"), value(form, "alt"));
            if (json) {
                return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("value", item.id(), "label", new ReferenceChoices(content, call).labelOf("asset", item.id()))).build();
            }
            call.flash(call.t("assets.uploaded", item.values().get("fileName").orElse("")));
            return Pages.redirect("/editor/assets");
        } catch (InncoException e) {
            if (e.kind() == ErrorKind.FORBIDDEN) throw e;
            String message = ProblemTexts.of(call, "asset").describe(e, 4, " · ");
            int status = e.kind() == ErrorKind.PAYLOAD_TOO_LARGE ? 413 : e.kind() == ErrorKind.UNSUPPORTED_MEDIA_TYPE ? 415 : 400;
            return refused(call, json, status, message);
        }
    }

    /**
     * The language the title and alt text were written in: the one the uploading form names (the
     * item form's edited language, the library's choice). It used to be the interface language, so
     * a French alt text typed in a French form under an English interface was stored as English.
     */
    private String textLocale(EditorCall call, String asked) {
        return asked != null && editor.locales.contains(asked) ? asked : call.locale();
    }

    private Response refused(EditorCall call, boolean json, int status, String message) {
        if (json) return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("message", message)).build();
        return Pages.html(call, status, "assets.ftlh", model(call, null, message));
    }

    @GET
    @Path("{id}/file")
    public Response file(@Context UriInfo uri, @Context HttpHeaders headers, @PathParam("id") String id, @QueryParam("rendition") String rendition) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        return FileResponses.of(assets.draftFile(call.actor(), id, rendition)
                .orElseThrow(() -> InncoException.notFound(ErrorCode.ASSET_404, "This asset has no such file.")), "private, no-store", null);
    }

    private Map<String, Object> model(EditorCall call, String q, String error) {
        List<Map<String, Object>> assets = new ArrayList<>();
        for (ContentItem i : content.list(call.actor(), "asset", ListQuery.of(100, 0, q, null, null, null, "-lastModified")).items()) {
            Map<String, Object> a = new HashMap<>();
            a.put("id", i.id());
            a.put("fileName", String.valueOf(i.values().get("fileName").orElse(i.name())));
            a.put("mimeType", String.valueOf(i.values().get("mimeType").orElse("")));
            a.put("image", String.valueOf(i.values().get("mimeType").orElse("")).startsWith("image/"));
            Object alt = i.values().get("alt", call.locale()).or(() -> i.values().get("alt", i.sourceLocale())).orElse("");
            a.put("alt", String.valueOf(alt));
            assets.add(a);
        }
        Map<String, Object> m = new HashMap<>();
        m.put("assets", assets);
        m.put("q", q == null ? "" : q);
        m.put("maxMb", this.assets.maxBytes() / (1024 * 1024));
        m.put("textLocale", EditorLanguage.firstLanguage(call));
        if (error != null) m.put("error", error);
        return m;
    }

    private static String value(FormDataMultiPart form, String name) {
        return FormText.of(form.getField(name));
    }
}
