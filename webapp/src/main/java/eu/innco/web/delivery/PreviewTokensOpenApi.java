package eu.innco.web.delivery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The preview-token operations ({@link PreviewTokensResource}) in the OpenAPI document. */
final class PreviewTokensOpenApi {
    private static final String BASE = "/.rest/authoring/v1/preview-tokens";

    private PreviewTokensOpenApi() {}

    static void addTo(ObjectNode paths) {
        ObjectNode tokens = paths.putObject(BASE);
        ObjectNode create = op(tokens, "post", "Create a preview token for yourself: read-only, for /.rest/preview/, shown once");
        create.putObject("requestBody").putObject("content").putObject("application/json").putObject("schema").put("type", "object")
                .put("description", "{label?: string, ttlSeconds?: integer (default " + PreviewTokensResource.DEFAULT_TTL_SECONDS + ")}");
        json(create, "201", "the token's id, label, created, expires, and the token itself (only here)");
        problems(create, "400", "403");
        json(op(tokens, "get", "Your preview tokens (an administrator's: everyone's)"), "200", "{tokens: [{id, user, label, created, expires}]}");
        ObjectNode revoke = op(paths.putObject(BASE + "/{id}"), "delete", "Revoke one of your preview tokens");
        revoke.putArray("parameters").addObject().put("name", "id").put("in", "path").put("required", true)
                .putObject("schema").put("type", "string");
        revoke.with("responses").putObject("204").put("description", "revoked");
        problems(revoke, "404");
    }

    private static ObjectNode op(ObjectNode path, String method, String summary) {
        ObjectNode o = path.putObject(method);
        o.put("summary", summary);
        o.putArray("tags").add("preview");
        ArrayNode sec = o.putArray("security");
        sec.addObject().putArray("basic");
        sec.addObject().putArray("bearer");
        problems(o, "401");
        return o;
    }

    private static void json(ObjectNode op, String status, String description) {
        op.with("responses").putObject(status).put("description", description).putObject("content").putObject("application/json")
                .putObject("schema").put("type", "object");
    }

    private static void problems(ObjectNode op, String... statuses) {
        for (String s : statuses) {
            op.with("responses").putObject(s).put("description", "problem").putObject("content").putObject("application/problem+json")
                    .putObject("schema").put("$ref", "#/components/schemas/Problem");
        }
    }
}
