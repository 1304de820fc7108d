package eu.innco.contenttype.field;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.ValueFactory;

/** Plain text: the default type when YAML names none. */
public final class StringField implements FieldType {
    public static final String NAME = "String";

    @Override public String name() { return NAME; }

    @Override public FieldKind kind() { return FieldKind.TEXT; }

    @Override
    public Object fromJson(JsonNode json, String path, Violations v) {
        if (!json.isTextual()) {
            v.add(path, "innco.field.type.string");
            return null;
        }
        return json.textValue();
    }

    @Override
    public void check(Object value, FieldRules rules, String path, Violations v) {
        TextRules.check((String) value, rules, path, v);
    }

    @Override public JsonNode toJson(Object value) { return Json.NODES.textNode((String) value); }

    @Override
    public Value toJcr(Object value, ValueFactory f) { return f.createValue((String) value); }

    @Override
    public Object fromJcr(Value value) throws RepositoryException { return value.getString(); }

    @Override
    public ObjectNode jsonSchema(FieldRules rules) {
        ObjectNode s = Json.schema("string");
        rules.maxLength().ifPresent(m -> s.put("maxLength", m));
        rules.pattern().ifPresent(p -> s.put("pattern", p.pattern()));
        if (rules.email()) s.put("format", "email");
        if (rules.url()) s.put("format", "uri");
        if (rules.hasOptions()) {
            ArrayNode e = s.putArray("enum");
            rules.options().forEach(o -> e.add(o.value()));
        }
        return s;
    }

    @Override public boolean isText() { return true; }
}
