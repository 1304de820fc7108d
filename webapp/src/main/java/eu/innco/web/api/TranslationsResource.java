package eu.innco.web.api;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.i18n.Languages;
import eu.innco.i18n.xliff.XliffExport;
import eu.innco.i18n.xliff.XliffSelection;
import eu.innco.security.Actor;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The translation endpoints of the authoring API: the overview per type and locale, one item's work
 * per locale, and translators' files (XLIFF 2.0) out and back in.
 */
@Path(".rest/authoring/v1/translations")
public final class TranslationsResource {
    public static final String XLIFF = "application/xliff+xml";
    /** The largest translators' file accepted; far above the whole INN-CO content in one language. */
    static final int MAX_XLIFF_BYTES = 32 * 1024 * 1024;

    private final Languages languages;
    private final eu.innco.content.ContentService content;

    public TranslationsResource(Languages languages, eu.innco.content.ContentService content) {
        this.languages = languages;
        this.content = content;
    }

    @GET
    @Path("overview")
    @Produces(MediaType.APPLICATION_JSON)
    public Response overview(@Context ContainerRequestContext req, @QueryParam("type") String type) {
        String t = type == null || type.isBlank() ? null : type.trim();
        return Response.ok(TranslationsJson.overview(languages.overview.overview(Authentication.actor(req), t))).build();
    }

    @GET
    @Path("items/{type}/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response item(@Context ContainerRequestContext req, @PathParam("type") String type, @PathParam("id") String id) {
        return Response.ok(TranslationsJson.item(languages.overview.item(Authentication.actor(req), type, id))).build();
    }

    @GET
    @Path("export")
    @Produces({XLIFF, MediaType.APPLICATION_JSON})
    public Response export(@Context ContainerRequestContext req, @QueryParam("locale") String locale, @QueryParam("source") String source,
                           @QueryParam("type") String type, @QueryParam("items") String items, @QueryParam("states") String states) {
        Actor actor = Authentication.actor(req);
        XliffSelection sel = XliffSelection.of(content.locales(), content.types(), locale, source, type, items, states);
        XliffExport export = languages.xliffExport.export(actor, sel);
        // XLIFF has no valid document without a unit: nothing to translate is an empty answer
        if (export.isEmpty()) return Response.noContent().header("X-Innco-Units", 0).build();
        StreamingOutput body = export::writeTo;
        return Response.ok(body, XLIFF + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"inn-co-" + sel.source() + "-" + sel.target() + ".xlf\"")
                .header("X-Innco-Items", export.items()).header("X-Innco-Units", export.units()).build();
    }

    @POST
    @Path("import")
    // any media type: CAT tools send XLIFF as application/xliff+xml, application/xml or text/xml
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importFile(@Context ContainerRequestContext req, InputStream body) {
        Actor actor = Authentication.actor(req);
        return Response.ok(TranslationsJson.report(languages.xliffImport.importFile(actor, read(body)))).build();
    }

    private static byte[] read(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(MAX_XLIFF_BYTES + 1);
            if (bytes.length > MAX_XLIFF_BYTES) {
                throw new InncoException(ErrorCode.XLIFF_413, "Payload too large",
                        "Translators' files may be at most " + MAX_XLIFF_BYTES / (1024 * 1024) + " MiB; export fewer items at a time.", List.of());
            }
            if (bytes.length == 0) throw InncoException.badRequest(ErrorCode.XLIFF_002, "The request body is empty; send an XLIFF 2 file.");
            return bytes;
        } catch (IOException e) {
            throw InncoException.badRequest(ErrorCode.REQUEST_003, "The request body could not be read: " + e.getMessage());
        }
    }
}
