package eu.innco.contenttype.field;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.ValueFactory;

/** true or false. */
public final class BooleanField implements FieldType {
    public static final String NAME = "Boolean";

    @Override public String name() { return NAME; }

    @Override public FieldKind kind() { return FieldKind.BOOLEAN; }

    @Override
    public Object fromJson(JsonNode json, String path, Violations v) {
        if (!json.isBoolean()) {
            v.add(path, "innco.field.type.boolean");
            return null;
        }
        return json.booleanValue();
    }

    @Override public JsonNode toJson(Object value) { return Json.NODES.booleanNode((Boolean) value); }

    @Override public Value toJcr(Object value, ValueFactory f) { return f.createValue((Boolean) value); }

    @Override public Object fromJcr(Value value) throws RepositoryException { return value.getBoolean(); }

    @Override public ObjectNode jsonSchema(FieldRules rules) { return Json.schema("boolean"); }
}
