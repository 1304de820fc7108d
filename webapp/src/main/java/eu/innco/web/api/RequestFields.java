package eu.innco.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.ErrorCode;
import eu.innco.FieldError;
import eu.innco.InncoException;
import eu.innco.contenttype.field.Dates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads the fields of small JSON request bodies (publish, schedule, release), collecting every
 * mistake with its path, and refusing unknown fields, so that a typo is an error rather than ignored.
 */
final class RequestFields {
    private final JsonNode body;
    private final String prefix;
    private final List<FieldError> errors;

    private RequestFields(JsonNode body, String prefix, List<FieldError> errors) {
        this.body = body;
        this.prefix = prefix;
        this.errors = errors;
    }

    /** A body that may be empty (no body means every default); only these fields are allowed. */
    static RequestFields of(JsonNode body, Set<String> allowed) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode b = body == null || body.isNull() || body.isMissingNode() ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode() : body;
        if (!b.isObject()) {
            throw InncoException.invalid(ErrorCode.REQUEST_005, "The body must be a JSON object.", List.of(new FieldError("", "must be an object")));
        }
        RequestFields f = new RequestFields(b, "", errors);
        f.unknown(allowed);
        return f;
    }

    RequestFields nested(JsonNode node, String path, Set<String> allowed) {
        RequestFields f = new RequestFields(node, path + ".", errors);
        if (!node.isObject()) errors.add(new FieldError(path, "must be an object"));
        else f.unknown(allowed);
        return f;
    }

    private void unknown(Set<String> allowed) {
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) errors.add(new FieldError(prefix + k, "is not a known field; expected one of " + allowed));
        }
    }

    List<String> strings(String name) {
        JsonNode n = body.get(name);
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) return out;
        if (!n.isArray()) {
            errors.add(new FieldError(prefix + name, "must be a list of strings"));
            return out;
        }
        for (JsonNode x : n) {
            if (x.isTextual()) out.add(x.textValue());
            else errors.add(new FieldError(prefix + name, "must be a list of strings"));
        }
        return out;
    }

    String text(String name) {
        JsonNode n = body.get(name);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual()) {
            errors.add(new FieldError(prefix + name, "must be a string"));
            return null;
        }
        return n.textValue();
    }

    boolean bool(String name) {
        JsonNode n = body.get(name);
        if (n == null || n.isNull()) return false;
        if (!n.isBoolean()) errors.add(new FieldError(prefix + name, "must be true or false"));
        return n.asBoolean();
    }

    Instant instant(String name) {
        String t = text(name);
        if (t == null) return null;
        return Dates.parse(t).orElseGet(() -> {
            errors.add(new FieldError(prefix + name, "must be an ISO-8601 date-time such as 2026-12-01T08:00:00Z"));
            return null;
        });
    }

    JsonNode node(String name) {
        return body.get(name);
    }

    /** Throws a 400 listing every mistake found so far. */
    void check() {
        if (!errors.isEmpty()) throw InncoException.invalid(ErrorCode.REQUEST_006, "The request has invalid fields.", errors);
    }
}
