package eu.innco.contenttype.field;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.ValueFactory;

/** A whole number (64 bit). */
public final class LongField implements FieldType {
    public static final String NAME = "Long";

    @Override public String name() { return NAME; }

    @Override public FieldKind kind() { return FieldKind.LONG; }

    @Override
    public Object fromJson(JsonNode json, String path, Violations v) {
        if (!json.isIntegralNumber() || !json.canConvertToLong()) {
            v.add(path, "innco.field.type.integer");
            return null;
        }
        return json.longValue();
    }

    @Override
    public void check(Object value, FieldRules rules, String path, Violations v) {
        NumberRules.check(((Long) value).doubleValue(), rules, path, v);
    }

    @Override public JsonNode toJson(Object value) { return Json.NODES.numberNode((Long) value); }

    @Override public Value toJcr(Object value, ValueFactory f) { return f.createValue((Long) value); }

    @Override public Object fromJcr(Value value) throws RepositoryException { return value.getLong(); }

    @Override
    public ObjectNode jsonSchema(FieldRules rules) {
        ObjectNode s = Json.schema("integer", "int64");
        NumberRules.addRange(s, rules);
        return s;
    }
}
