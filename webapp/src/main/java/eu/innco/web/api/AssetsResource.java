package eu.innco.web.api;

import eu.innco.ErrorCode;
import eu.innco.web.FormText;
import eu.innco.InncoException;
import eu.innco.assets.AssetService;
import eu.innco.assets.StoredFile;
import eu.innco.content.ContentItem;
import eu.innco.content.ItemJson;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.site.SiteLocales;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

/**
 * {@code POST /assets}: a multipart upload ({@code file}, and optionally {@code title}, {@code alt},
 * {@code locale}) that becomes an asset item; {@code GET /assets/{id}/file} serves a draft's file and
 * {@code PUT /assets/{id}/file} (same form, If-Match required) replaces it, item and bytes in one commit.
 */
@Path(".rest/authoring/v1/assets")
public final class AssetsResource {
    private final AssetService assets;
    private final ItemJson itemJson;
    private final ContentTypeRegistry types;
    private final SiteLocales locales;

    public AssetsResource(AssetService assets, ItemJson itemJson, ContentTypeRegistry types, SiteLocales locales) {
        this.assets = assets;
        this.itemJson = itemJson;
        this.types = types;
        this.locales = locales;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@Context ContainerRequestContext req, @HeaderParam("Content-Length") long length, FormDataMultiPart form) {
        FormDataBodyPart file = filePart(length, form);
        String locale = locale(form);
        ContentItem item = assets.upload(Authentication.actor(req), UploadNames.of(file),
                file.getValueAs(InputStream.class), locale, text(form, "title", null), text(form, "alt", null));
        return Response.status(201).entity(itemJson.write(item, types.require(AssetService.TYPE))).header("ETag", item.etag()).build();
    }

    @PUT
    @Path("{id}/file")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response replaceFile(@Context ContainerRequestContext req, @PathParam("id") String id, @HeaderParam("Content-Length") long length,
                                @HeaderParam("If-Match") String ifMatch, FormDataMultiPart form) {
        FormDataBodyPart file = filePart(length, form);
        ContentItem item = assets.replaceFile(Authentication.actor(req), id, UploadNames.of(file), file.getValueAs(InputStream.class),
                locale(form), text(form, "alt", null), eu.innco.content.Precondition.ifMatch(ifMatch));
        return Response.ok(itemJson.write(item, types.require(AssetService.TYPE))).header("ETag", item.etag()).build();
    }

    private FormDataBodyPart filePart(long length, FormDataMultiPart form) {
        if (length > assets.maxBytes() + 64 * 1024) {
            throw new InncoException(ErrorCode.ASSET_413, "File too large",
                    "Files may be at most " + (assets.maxBytes() / (1024 * 1024)) + " MiB.", java.util.List.of());
        }
        FormDataBodyPart file = form.getField("file");
        if (file == null) throw InncoException.badRequest(ErrorCode.ASSET_400, "Send the file in a form field named 'file'.");
        return file;
    }

    private String locale(FormDataMultiPart form) {
        String locale = text(form, "locale", locales.defaultLocale());
        if (!locales.contains(locale)) throw InncoException.badRequest(ErrorCode.ASSET_402, "'" + locale + "' is not a site locale.");
        return locale;
    }

    @GET
    @Path("{id}/file")
    public Response file(@Context ContainerRequestContext req, @PathParam("id") String id, @QueryParam("rendition") String rendition) {
        StoredFile f = assets.draftFile(Authentication.actor(req), id, rendition)
                .orElseThrow(() -> InncoException.notFound(ErrorCode.ASSET_404, "This asset has no such file."));
        return FileResponses.of(f, "private, no-store", null);
    }

    private static String text(FormDataMultiPart form, String name, String dflt) {
        String v = FormText.of(form.getField(name));
        return v == null || v.isBlank() ? dflt : v;
    }
}
