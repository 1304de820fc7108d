package eu.innco.contenttype.field;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.ValueFactory;

/** A floating-point number. */
public final class DoubleField implements FieldType {
    public static final String NAME = "Double";

    @Override public String name() { return NAME; }

    @Override public FieldKind kind() { return FieldKind.DOUBLE; }

    @Override
    public Object fromJson(JsonNode json, String path, Violations v) {
        if (!json.isNumber() || !Double.isFinite(json.doubleValue())) {
            v.add(path, "innco.field.type.number");
            return null;
        }
        return json.doubleValue();
    }

    @Override
    public void check(Object value, FieldRules rules, String path, Violations v) {
        NumberRules.check((Double) value, rules, path, v);
    }

    @Override public JsonNode toJson(Object value) { return Json.NODES.numberNode((Double) value); }

    @Override public Value toJcr(Object value, ValueFactory f) { return f.createValue((Double) value); }

    @Override public Object fromJcr(Value value) throws RepositoryException { return value.getDouble(); }

    @Override
    public ObjectNode jsonSchema(FieldRules rules) {
        ObjectNode s = Json.schema("number", "double");
        NumberRules.addRange(s, rules);
        return s;
    }
}
