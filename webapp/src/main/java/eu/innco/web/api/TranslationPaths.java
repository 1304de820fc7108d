package eu.innco.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The translation operations in the OpenAPI document. */
public final class TranslationPaths {
    private static final String BASE = AuthoringPaths.BASE + "/translations";

    private TranslationPaths() {}

    public static void addTo(ObjectNode doc) {
        ObjectNode paths = doc.with("paths");
        ObjectNode overview = op(paths, BASE + "/overview", "get", "Per content type and locale: total, missing, draft, translated,"
                + " reviewed, outdated, complete (?type= for one type)");
        response(overview, "200", "application/json", "the counts");
        ObjectNode item = op(paths, BASE + "/items/{type}/{id}", "get", "Per locale of one item: state, outdated, translatedFrom, complete"
                + " and the values needing work (missing or outdated, with the source as it was when translated)");
        response(item, "200", "application/json", "the item's work per locale");
        AuthoringPaths.problems(item, "404");
        ObjectNode export = op(paths, BASE + "/export", "get", "XLIFF 2.0 of what needs translation: ?locale= (target, required),"
                + " source= (default: the default locale), type=, items= (ids), states= (missing,draft,translated,reviewed,outdated;"
                + " default missing,draft,outdated), comma-separated");
        response(export, "200", TranslationsResource.XLIFF, "one <file> per item, one unit per localised value");
        export.with("responses").putObject("204").put("description", "nothing matched: no file");
        AuthoringPaths.problems(export, "400");
        ObjectNode imp = op(paths, BASE + "/import", "post", "An XLIFF 2 file back in: per unit applied, unchanged, sourceChanged,"
                + " unknown, invalid or forbidden; all accepted values in one commit; DTDs and entities refused");
        imp.putObject("requestBody").put("required", true).putObject("content").putObject(TranslationsResource.XLIFF)
                .putObject("schema").put("type", "string");
        response(imp, "200", "application/json", "what happened to each unit");
        AuthoringPaths.problems(imp, "400", "413");
    }

    private static ObjectNode op(ObjectNode paths, String path, String method, String summary) {
        // not paths.with(path): Jackson reads a name starting with '/' as a JSON pointer
        ObjectNode node = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
        ObjectNode o = node.putObject(method);
        o.put("summary", summary);
        o.putArray("tags").add("translations");
        o.putArray("security").addObject().putArray("basic");
        ((com.fasterxml.jackson.databind.node.ArrayNode) o.get("security")).addObject().putArray("bearer");
        AuthoringPaths.problems(o, "401", "403");
        return o;
    }

    private static void response(ObjectNode op, String status, String media, String description) {
        ObjectNode r = op.with("responses").putObject(status);
        r.put("description", description);
        r.putObject("content").putObject(media).putObject("schema").put("type", media.endsWith("json") ? "object" : "string");
    }
}
