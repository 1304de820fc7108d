package eu.innco.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.web.logging.RequestIds;
import java.util.Set;

/**
 * Declares {@code X-Request-Id} on every operation of the OpenAPI document, as a header a caller may
 * send and one every answer carries ({@link RequestIds} sets it on all of them, errors included), so
 * that a generated client can send its own id and read the server's back. Added after every
 * contributor, so that no feature has to remember it.
 */
final class RequestIdInOpenApi {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final String NAME = "RequestId";

    private RequestIdInOpenApi() {}

    static void addTo(ObjectNode doc) {
        ObjectNode components = doc.with("components");
        String pattern = "^[A-Za-z0-9._:;=+/-]{1,128}$";
        components.with("parameters").putObject(NAME).put("name", RequestIds.HEADER).put("in", "header")
                .put("description", "your id for this request (letters, digits and ._:;=+/-, up to 128); "
                        + "kept in the answer and the server's log lines, else the server makes one")
                .putObject("schema").put("type", "string").put("pattern", pattern);
        components.with("headers").putObject(NAME).put("required", true)
                .put("description", "the request's id: the one sent in X-Request-Id when it was valid, else one the server made; "
                        + "quote it when reporting a problem")
                .putObject("schema").put("type", "string");
        for (JsonNode item : doc.path("paths")) {
            item.fields().forEachRemaining(op -> {
                if (!METHODS.contains(op.getKey()) || !op.getValue().isObject()) return;
                ObjectNode operation = (ObjectNode) op.getValue();
                ArrayNode params = operation.has("parameters") ? (ArrayNode) operation.get("parameters") : operation.putArray("parameters");
                params.addObject().put("$ref", "#/components/parameters/" + NAME);
                for (JsonNode response : operation.path("responses")) {
                    if (response.isObject() && !response.has("$ref")) {
                        ((ObjectNode) response).with("headers").putObject(RequestIds.HEADER).put("$ref", "#/components/headers/" + NAME);
                    }
                }
            });
        }
    }
}
