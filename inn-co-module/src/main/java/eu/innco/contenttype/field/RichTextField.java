package eu.innco.contenttype.field;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.ValueFactory;

/**
 * HTML written in a WYSIWYG editor. Every value is sanitised when it is read from a client or a
 * file, so what is stored, published and rendered is only ever the allow-listed subset.
 */
public final class RichTextField implements FieldType {
    public static final String NAME = "richText";

    @Override public String name() { return NAME; }

    @Override public FieldKind kind() { return FieldKind.RICH_TEXT; }

    @Override
    public Object fromJson(JsonNode json, String path, Violations v) {
        if (!json.isTextual()) {
            v.add(path, "innco.field.type.string");
            return null;
        }
        return RichTextSanitizer.sanitize(json.textValue());
    }

    @Override
    public void check(Object value, FieldRules rules, String path, Violations v) {
        rules.maxLength().ifPresent(max -> {
            if (((String) value).length() > max) v.add(path, "innco.field.maxLength", "max", max);
        });
    }

    @Override public JsonNode toJson(Object value) { return Json.NODES.textNode((String) value); }

    @Override public Value toJcr(Object value, ValueFactory f) { return f.createValue((String) value); }

    @Override public Object fromJcr(Value value) throws RepositoryException { return value.getString(); }

    @Override
    public ObjectNode jsonSchema(FieldRules rules) {
        ObjectNode s = Json.schema("string");
        s.put("contentMediaType", "text/html");
        s.put("description", "HTML; sanitised on save to an allow-list of tags and attributes");
        return s;
    }

    @Override public boolean isText() { return true; }
}
