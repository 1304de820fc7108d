package eu.innco.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Uploads ({@link AssetsResource}) and the content exchange ({@link ContentExportsResource}) in the OpenAPI document. */
final class AssetAndExportPaths {
    private static final String BASE = AuthoringPaths.BASE;

    private AssetAndExportPaths() {}

    static void addTo(ObjectNode paths) {
        ObjectNode upload = op(paths.putObject(BASE + "/assets"), "post", "assets", "Upload a file; it becomes an asset item (type "
                + "checked from its bytes, thumbnails made for images)");
        ObjectNode form = upload.putObject("requestBody").put("required", true).putObject("content").putObject("multipart/form-data")
                .putObject("schema").put("type", "object");
        form.putArray("required").add("file");
        ObjectNode fields = form.putObject("properties");
        fields.putObject("file").put("type", "string").put("format", "binary");
        fields.putObject("title").put("type", "string");
        fields.putObject("alt").put("type", "string").put("description", "alternative text (required for images before publication)");
        fields.putObject("locale").put("type", "string").put("description", "locale of title and alt (default: the default locale)");
        content(upload, "201", "application/json", "the asset item; ETag header");
        AuthoringPaths.problems(upload, "400", "413", "415");
        ObjectNode file = op(paths.putObject(BASE + "/assets/{id}/file"), "get", "assets", "A draft asset's file, or one of its renditions");
        ArrayNode params = file.putArray("parameters");
        params.addObject().put("name", "id").put("in", "path").put("required", true).putObject("schema").put("type", "string");
        params.addObject().put("name", "rendition").put("in", "query").put("description", "a thumbnail's name; none: the original")
                .putObject("schema").put("type", "string");
        content(file, "200", "application/octet-stream", "the file, with its own media type");
        AuthoringPaths.problems(file, "404");
        ObjectNode replace = op((ObjectNode) paths.get(BASE + "/assets/{id}/file"), "put", "assets", "Replace an asset's file (bytes, "
                + "type, size and thumbnails change together, or nothing does); the same form as an upload, title left as it is");
        replace.putArray("parameters").add(params.get(0));
        replace.withArray("parameters").addObject().put("name", "If-Match").put("in", "header").put("required", true)
                .put("description", "the asset's ETag").putObject("schema").put("type", "string");
        replace.putObject("requestBody").put("required", true).putObject("content").putObject("multipart/form-data").set("schema", form);
        content(replace, "200", "application/json", "the asset item; ETag header");
        AuthoringPaths.problems(replace, "400", "404", "412", "413", "415", "428");

        ObjectNode export = op(paths.putObject(BASE + "/export"), "get", "content exchange", "Export working copies in the "
                + "content-exports format, as a zip (administrators)");
        ArrayNode ep = export.putArray("parameters");
        ep.addObject().put("name", "type").put("in", "query").put("description", "only this content type").putObject("schema").put("type", "string");
        ep.addObject().put("name", "path").put("in", "query").put("description", "only below this path").putObject("schema").put("type", "string");
        content(export, "200", ContentExportsResource.ZIP, "the files; X-Innco-Items gives how many items");
        AuthoringPaths.problems(export, "400");
        ObjectNode imp = op(paths.putObject(BASE + "/import"), "post", "content exchange", "Import a zip in the content-exports "
                + "format (administrators); every problem is listed at file:line");
        imp.putArray("parameters").addObject().put("name", "dryRun").put("in", "query").put("description", "true: check, write nothing")
                .putObject("schema").put("type", "boolean");
        imp.putObject("requestBody").put("required", true).putObject("content").putObject(ContentExportsResource.ZIP)
                .putObject("schema").put("type", "string").put("format", "binary");
        content(imp, "200", "application/json", "counts per outcome and each item's outcome");
        AuthoringPaths.problems(imp, "400", "413");

        ObjectNode self = paths.putObject("/.rest/openapi.json").putObject("get");
        self.put("summary", "This document");
        self.putArray("tags").add("operations");
        self.putArray("security");
        content(self, "200", "application/json", "OpenAPI 3.1");
    }

    private static ObjectNode op(ObjectNode path, String method, String tag, String summary) {
        ObjectNode o = path.putObject(method);
        o.put("summary", summary);
        o.putArray("tags").add(tag);
        ArrayNode sec = o.putArray("security");
        sec.addObject().putArray("basic");
        sec.addObject().putArray("bearer");
        AuthoringPaths.problems(o, "401", "403");
        return o;
    }

    private static void content(ObjectNode op, String status, String media, String description) {
        op.with("responses").putObject(status).put("description", description).putObject("content").putObject(media)
                .putObject("schema").put("type", media.endsWith("json") ? "object" : "string");
    }
}
