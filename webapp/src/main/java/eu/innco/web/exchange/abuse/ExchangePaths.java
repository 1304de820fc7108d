package eu.innco.web.exchange.abuse;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The exchange's review operations in the OpenAPI document: the abuse queue, a decision, a case study from an initiative. */
public final class ExchangePaths {
    private static final String BASE = "/.rest/authoring/v1";

    private ExchangePaths() {}

    public static void addTo(ObjectNode doc) {
        ObjectNode paths = doc.with("paths");
        ObjectNode queue = op(paths, BASE + "/abuse", "get", "Reported items and messages waiting for a decision, oldest first:"
                + " for a partner editor those of their partner's country, for admins and publishers all");
        response(queue, "200", "{results: [{id, kind, title, country, organisation, reported, reasons}]}");
        ObjectNode decide = op(paths, BASE + "/abuse/{id}/decision", "post", "Restores or removes a held item with a reason,"
                + " mailed to its organisation's people and audited (abuse.restore, abuse.remove)");
        id(decide);
        ObjectNode body = decide.putObject("requestBody").put("required", true).putObject("content").putObject("application/json")
                .putObject("schema").put("type", "object");
        body.putArray("required").add("decision").add("reason");
        ObjectNode props = body.putObject("properties");
        props.putObject("decision").put("type", "string").putArray("enum").add("restore").add("remove");
        props.putObject("reason").put("type", "string").put("minLength", 3).put("maxLength", 1000);
        response(decide, "200", "{id, kind, decision}");
        problems(decide, "400", "404", "409");
        ObjectNode draft = op(paths, BASE + "/initiatives/{id}/case-study", "post", "Turns a done initiative into a draft case study"
                + " that references it (audited as exchange.initiative.caseStudy)");
        id(draft);
        response(draft, "201", "{id, initiative}");
        problems(draft, "404", "409");
    }

    private static ObjectNode op(ObjectNode paths, String path, String method, String summary) {
        // not paths.with(path): Jackson reads a name starting with '/' as a JSON pointer
        ObjectNode node = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
        ObjectNode o = node.putObject(method);
        o.put("summary", summary);
        o.putArray("tags").add("exchange");
        ArrayNode security = o.putArray("security");
        security.addObject().putArray("basic");
        security.addObject().putArray("bearer");
        problems(o, "401", "403");
        return o;
    }

    private static void problems(ObjectNode op, String... statuses) {
        for (String s : statuses) {
            ObjectNode r = op.with("responses").putObject(s);
            r.put("description", "problem");
            r.putObject("content").putObject("application/problem+json").putObject("schema").put("$ref", "#/components/schemas/Problem");
        }
    }

    private static void id(ObjectNode op) {
        op.putArray("parameters").addObject().put("name", "id").put("in", "path").put("required", true).putObject("schema").put("type", "string");
    }

    private static void response(ObjectNode op, String status, String description) {
        ObjectNode r = op.with("responses").putObject(status);
        r.put("description", description);
        r.putObject("content").putObject("application/json").putObject("schema").put("type", "object");
    }
}
