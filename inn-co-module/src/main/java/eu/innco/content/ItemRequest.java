package eu.innco.content;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.contenttype.field.Violations;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * The top level of a create or replace body: an optional node name, an optional source locale
 * and the properties. Read-only keys that a client echoes back from a GET are ignored; any other
 * key is reported.
 */
record ItemRequest(Optional<String> name, Optional<String> sourceLocale, JsonNode properties) {
    private static final Set<String> WRITABLE = Set.of("name", "properties", "sourceLocale");
    private static final Set<String> READ_ONLY = Set.of("id", "type", "path", "locales", "created", "createdBy",
            "lastModified", "lastModifiedBy");

    static ItemRequest read(JsonNode body, Violations v) {
        if (body == null || !body.isObject()) {
            v.add("", "innco.field.type.object");
            return new ItemRequest(Optional.empty(), Optional.empty(), null);
        }
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!WRITABLE.contains(k) && !READ_ONLY.contains(k)) v.add(k, "innco.field.unknown", "known", "name, properties, sourceLocale");
        }
        Optional<String> name = text(body, "name", v);
        name.ifPresent(n -> { if (!Slugs.isValid(n)) v.add("name", "innco.field.name"); });
        Optional<String> source = text(body, "sourceLocale", v);
        return new ItemRequest(name, source, body.get("properties"));
    }

    private static Optional<String> text(JsonNode body, String key, Violations v) {
        JsonNode n = body.get(key);
        if (n == null || n.isNull()) return Optional.empty();
        if (!n.isTextual()) {
            v.add(key, "innco.field.type.string");
            return Optional.empty();
        }
        return n.textValue().isBlank() ? Optional.empty() : Optional.of(n.textValue().trim());
    }
}
