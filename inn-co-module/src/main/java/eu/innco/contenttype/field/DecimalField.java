package eu.innco.contenttype.field;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.ValueFactory;

/** An exact decimal (amounts of money, figures that must not round). Accepts a number or a numeric string. */
public final class DecimalField implements FieldType {
    public static final String NAME = "Decimal";

    @Override public String name() { return NAME; }

    @Override public FieldKind kind() { return FieldKind.DECIMAL; }

    /** Enough for any figure a case study reports; bounded so that a value like 1e999999999 cannot blow up a plain-text export. */
    static final int MAX_PRECISION = 40;
    static final int MAX_SCALE = 20;

    @Override
    public Object fromJson(JsonNode json, String path, Violations v) {
        BigDecimal d = null;
        if (json.isNumber()) d = json.decimalValue();
        else if (json.isTextual() && json.textValue().trim().length() <= 80) {
            try {
                d = new BigDecimal(json.textValue().trim());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        if (d != null) {
            if (d.precision() - d.scale() <= MAX_PRECISION && d.scale() <= MAX_SCALE) return d;
            v.add(path, "innco.field.decimal", java.util.Map.of("digits", MAX_PRECISION, "decimals", MAX_SCALE));
            return null;
        }
        v.add(path, "innco.field.type.number");
        return null;
    }

    @Override
    public void check(Object value, FieldRules rules, String path, Violations v) {
        NumberRules.check(((BigDecimal) value).doubleValue(), rules, path, v);
    }

    @Override public JsonNode toJson(Object value) { return Json.NODES.numberNode((BigDecimal) value); }

    @Override public Value toJcr(Object value, ValueFactory f) { return f.createValue((BigDecimal) value); }

    @Override public Object fromJcr(Value value) throws RepositoryException { return value.getDecimal(); }

    @Override
    public ObjectNode jsonSchema(FieldRules rules) {
        ObjectNode s = Json.schema("number");
        NumberRules.addRange(s, rules);
        return s;
    }
}
