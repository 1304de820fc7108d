package eu.innco.contenttype.field;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.ValueFactory;

/** A point in time; a bare date means midnight UTC. Stored as a JCR DATE. */
public final class DateField implements FieldType {
    public static final String NAME = "Date";

    @Override public String name() { return NAME; }

    @Override public FieldKind kind() { return FieldKind.DATE; }

    @Override
    public Object fromJson(JsonNode json, String path, Violations v) {
        Optional<Instant> parsed = json.isTextual() ? Dates.parse(json.textValue()) : Optional.empty();
        if (parsed.isEmpty()) {
            v.add(path, "innco.field.date");
            return null;
        }
        return parsed.get();
    }

    @Override public JsonNode toJson(Object value) { return Json.NODES.textNode(Dates.format((Instant) value)); }

    @Override public Value toJcr(Object value, ValueFactory f) { return f.createValue(Dates.calendar((Instant) value)); }

    @Override public Object fromJcr(Value value) throws RepositoryException { return value.getDate().toInstant(); }

    @Override public ObjectNode jsonSchema(FieldRules rules) { return Json.schema("string", "date-time"); }
}
