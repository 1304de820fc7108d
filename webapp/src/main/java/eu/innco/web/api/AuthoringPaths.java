package eu.innco.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.site.SiteLocales;

/** The authoring API's operations in the OpenAPI document, one set of item paths per content type. */
final class AuthoringPaths {
    static final String BASE = "/.rest/authoring/v1";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    void addItemPaths(ObjectNode paths, ContentTypeDefinition t) {
        String props = ContentSchemas.propertiesName(t.name());
        ObjectNode list = paths.putObject(BASE + "/items/" + t.name());
        ObjectNode get = op(list, "get", "List " + t.name() + " working copies", t.name());
        query(get, "limit", "integer", "page size, 1 to 200 (default 20)");
        query(get, "offset", "integer", "items to skip (default 0)");
        query(get, "q", "string", "text to find in names and text values");
        query(get, "status", "string", "draft, published or modified");
        query(get, "locale", "string", "only items with a state in this locale");
        query(get, "translation", "string", "with locale: missing, draft, translated, reviewed or outdated");
        response(get, "200", "a page of items", pageSchema(props));
        ObjectNode post = op(list, "post", "Create a " + t.name(), t.name());
        body(post, itemWriteSchema(props));
        response(post, "201", "created; Location and ETag headers", itemSchema(props));
        problems(post, "400", "401", "403", "409", "413");

        ObjectNode one = paths.putObject(BASE + "/items/" + t.name() + "/{id}");
        ArrayNode params = one.putArray("parameters");
        params.addObject().put("name", "id").put("in", "path").put("required", true).putObject("schema").put("type", "string");
        response(op(one, "get", "Read a " + t.name() + " working copy", t.name()), "200", "the item; ETag header", itemSchema(props));
        ObjectNode put = op(one, "put", "Replace a " + t.name(), t.name());
        ifMatch(put);
        body(put, itemWriteSchema(props));
        response(put, "200", "the saved item", itemSchema(props));
        problems(put, "400", "404", "412", "428");
        ObjectNode patch = op(one, "patch", "Change a " + t.name() + " with a JSON Merge Patch (RFC 7396)", t.name());
        ifMatch(patch);
        patch.putObject("requestBody").put("required", true).putObject("content").putObject("application/merge-patch+json")
                .putObject("schema").put("type", "object");
        response(patch, "200", "the saved item", itemSchema(props));
        problems(patch, "400", "404", "412", "428");
        ObjectNode del = op(one, "delete", "Delete a " + t.name() + " (unpublished everywhere first)", t.name());
        ifMatch(del);
        del.with("responses").putObject("204").put("description", "deleted");
        problems(del, "404", "412", "428");
    }

    void addCommonPaths(ObjectNode paths) {
        ObjectNode types = paths.putObject(BASE + "/types");
        response(op(types, "get", "The content-type definitions", "types"), "200", "definitions", obj());
        ObjectNode health = paths.putObject("/.rest/health").putObject("get");
        health.put("summary", "Whether the repository answers, the store kind and the version");
        health.putArray("tags").add("operations");
        health.putArray("security");
        health.putObject("responses").putObject("200").put("description", "up");
        AssetAndExportPaths.addTo(paths);
    }

    ObjectNode itemStatusSchema(SiteLocales locales) {
        ObjectNode s = obj();
        ObjectNode p = s.putObject("properties");
        p.putObject("translation").putArray("enum").add("missing").add("draft").add("translated").add("reviewed");
        p.putObject("outdated").put("type", "boolean");
        p.putObject("published").putArray("type").add("string").add("null");
        p.putObject("modifiedSincePublished").put("type", "boolean");
        ObjectNode fields = p.putObject("fields");
        fields.put("type", "object").put("description", "Per localised value path (body, whatHelped.1): its own state and whether its "
                + "source changed since it was translated. A request may set one: {\"fields\": {\"body\": \"reviewed\"}}.");
        ObjectNode field = fields.putObject("additionalProperties").put("type", "object").putObject("properties");
        field.putObject("state").putArray("enum").add("missing").add("draft").add("translated").add("reviewed");
        field.putObject("outdated").put("type", "boolean");
        return s;
    }

    private static ObjectNode op(ObjectNode path, String method, String summary, String tag) {
        ObjectNode o = path.putObject(method);
        o.put("summary", summary);
        o.putArray("tags").add("authoring: " + tag);
        ArrayNode sec = o.putArray("security");
        sec.addObject().putArray("basic");
        sec.addObject().putArray("bearer");
        problems(o, "401", "403");
        return o;
    }

    private static void query(ObjectNode op, String name, String type, String description) {
        ObjectNode p = op.withArray("parameters").addObject();
        p.put("name", name).put("in", "query").put("description", description);
        p.putObject("schema").put("type", type);
    }

    private static void ifMatch(ObjectNode op) {
        ObjectNode p = op.withArray("parameters").addObject();
        p.put("name", "If-Match").put("in", "header").put("required", true)
                .put("description", "the ETag of the version being changed, or *");
        p.putObject("schema").put("type", "string");
    }

    private static void body(ObjectNode op, ObjectNode schema) {
        op.putObject("requestBody").put("required", true).putObject("content").putObject("application/json").set("schema", schema);
    }

    private static void response(ObjectNode op, String status, String description, ObjectNode schema) {
        ObjectNode r = op.with("responses").putObject(status);
        r.put("description", description);
        r.putObject("content").putObject("application/json").set("schema", schema);
    }

    static void problems(ObjectNode op, String... statuses) {
        for (String s : statuses) {
            ObjectNode r = op.with("responses").putObject(s);
            r.put("description", "problem");
            r.putObject("content").putObject("application/problem+json").set("schema", ContentSchemas.ref("Problem"));
        }
    }

    private static ObjectNode itemWriteSchema(String props) {
        ObjectNode s = obj();
        ObjectNode p = s.putObject("properties");
        p.putObject("name").put("type", "string").put("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$");
        p.putObject("sourceLocale").put("type", "string");
        p.set("properties", ContentSchemas.ref(props));
        return s;
    }

    private static ObjectNode itemSchema(String props) {
        ObjectNode s = obj();
        ObjectNode p = s.putObject("properties");
        for (String k : new String[] {"id", "type", "name", "path", "sourceLocale", "createdBy", "lastModifiedBy"}) {
            p.putObject(k).put("type", "string");
        }
        p.putObject("created").put("type", "string").put("format", "date-time");
        p.putObject("lastModified").put("type", "string").put("format", "date-time");
        p.set("properties", ContentSchemas.ref(props));
        p.putObject("locales").put("type", "object").set("additionalProperties", ContentSchemas.ref("ItemStatus"));
        return s;
    }

    private static ObjectNode pageSchema(String props) {
        ObjectNode s = obj();
        ObjectNode p = s.putObject("properties");
        p.putObject("offset").put("type", "integer");
        p.putObject("limit").put("type", "integer");
        p.putObject("total").put("type", "integer");
        p.putObject("results").put("type", "array").set("items", itemSchema(props));
        return s;
    }

    private static ObjectNode obj() {
        ObjectNode s = F.objectNode();
        s.put("type", "object");
        return s;
    }
}
