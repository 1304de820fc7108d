package eu.innco.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.exports.ExportSelection;
import eu.innco.exports.ExportSummary;
import eu.innco.exports.Exporter;
import eu.innco.exports.ImportOutcome;
import eu.innco.exports.ImportResult;
import eu.innco.exports.ImportedItem;
import eu.innco.exports.Importer;
import eu.innco.exports.ZipArchives;
import eu.innco.security.Actor;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * {@code GET /export} and {@code POST /import}: content in the content-exports format, as a zip
 * of its files. For administrators; a broken archive or broken files are a 400 listing every
 * problem at {@code file:line}.
 */
@Path(".rest/authoring/v1")
public final class ContentExportsResource {
    public static final String ZIP = "application/zip";

    private final Importer importer;
    private final Exporter exporter;

    public ContentExportsResource(Importer importer, Exporter exporter) {
        this.importer = importer;
        this.exporter = exporter;
    }

    @GET
    @Path("export")
    @Produces(ZIP)
    public Response export(@Context ContainerRequestContext req, @QueryParam("type") String type, @QueryParam("path") String path) {
        Actor actor = Authentication.actor(req);
        exporter.checkAllowed(actor);
        ExportSelection selection = ExportSelection.of(type, path);
        java.nio.file.Path folder = tempFolder("innco-export");
        try {
            ExportSummary summary = exporter.export(actor, selection, folder);
            StreamingOutput zip = out -> {
                try {
                    ZipArchives.zip(folder, summary.files(), out);
                } finally {
                    ZipArchives.deleteQuietly(folder);
                }
            };
            return Response.ok(zip, ZIP).header("Content-Disposition", "attachment; filename=\"inn-co-content.zip\"")
                    .header("X-Innco-Items", summary.items()).build();
        } catch (RuntimeException e) {
            ZipArchives.deleteQuietly(folder);
            throw e;
        }
    }

    @POST
    @Path("import")
    // any media type: a body that is not a zip gets our 400 that says so, not a generic 415
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importZip(@Context ContainerRequestContext req, @QueryParam("dryRun") String dryRun, InputStream body) {
        Actor actor = Authentication.actor(req);
        importer.checkAllowed(actor);
        boolean dry = flag("dryRun", dryRun);
        java.nio.file.Path folder = tempFolder("innco-import");
        try {
            ZipArchives.unzip(body, folder);
            return Response.ok(json(importer.importFolder(actor, folder, "the uploaded archive", dry))).build();
        } finally {
            ZipArchives.deleteQuietly(folder);
        }
    }

    public static ObjectNode json(ImportResult r) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("dryRun", r.dryRun());
        for (ImportOutcome outcome : ImportOutcome.values()) o.put(outcome.label(), r.count(outcome));
        ArrayNode items = o.putArray("items");
        for (ImportedItem i : r.items()) {
            ObjectNode item = items.addObject();
            item.put("file", i.file()).put("type", i.type()).put("id", i.id()).put("path", i.path()).put("outcome", i.outcome().label());
            ArrayNode publish = item.putArray("publish");
            i.publish().forEach(publish::add);
        }
        if (!r.ignored().isEmpty()) r.ignored().forEach(o.putArray("ignored")::add);
        return o;
    }

    public static boolean flag(String name, String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) return false;
        if (value.equalsIgnoreCase("true")) return true;
        throw InncoException.badRequest(ErrorCode.QUERY_003, "Parameter '" + name + "' must be true or false, got '" + value + "'.");
    }

    private static java.nio.file.Path tempFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
