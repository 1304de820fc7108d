package eu.innco.contenttype.field;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.ValueFactory;

/**
 * An e-mail address ({@code type: Email}), e.g. a network member's contact. Unlike a String with
 * {@code email: true}, the type itself says what the value is: delivery filters it as one exact
 * term, the editor offers an e-mail input, and translators never receive it.
 */
public final class EmailField implements FieldType {
    public static final String NAME = "Email";

    @Override public String name() { return NAME; }

    @Override public FieldKind kind() { return FieldKind.EMAIL; }

    @Override
    public Object fromJson(JsonNode json, String path, Violations v) {
        if (!json.isTextual()) {
            v.add(path, "innco.field.type.string");
            return null;
        }
        // surrounding spaces come from pasting; they are never part of an address
        return json.textValue().strip();
    }

    @Override
    public void check(Object value, FieldRules rules, String path, Violations v) {
        String address = (String) value;
        if (!TextRules.isEmail(address)) {
            v.add(path, "innco.field.email");
            return;
        }
        TextRules.check(address, rules, path, v);
    }

    @Override public JsonNode toJson(Object value) { return Json.NODES.textNode((String) value); }

    @Override public Value toJcr(Object value, ValueFactory f) { return f.createValue((String) value); }

    @Override public Object fromJcr(Value value) throws RepositoryException { return value.getString(); }

    @Override
    public ObjectNode jsonSchema(FieldRules rules) {
        ObjectNode s = Json.schema("string", "email");
        s.put("maxLength", rules.maxLength().orElse(TextRules.EMAIL_MAX));
        return s;
    }
}
