package eu.innco.contenttype.field;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Pattern;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.ValueFactory;

/**
 * A link to another item by its id ({@code reference:organisation}). Stored as the id string, as
 * Magnolia does, so that deleting a target is our decision, not a JCR integrity error; whether the
 * target exists is checked by the content layer, which can see the repository.
 */
public sealed class ReferenceField implements FieldType permits AssetField {
    static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final String targetType;

    public ReferenceField(String targetType) {
        this.targetType = targetType;
    }

    /** The content type the reference points to. */
    public String targetType() { return targetType; }

    @Override public String name() { return "reference:" + targetType; }

    @Override public FieldKind kind() { return FieldKind.REFERENCE; }

    @Override
    public Object fromJson(JsonNode json, String path, Violations v) {
        if (!json.isTextual() || !UUID.matcher(json.textValue()).matches()) {
            v.add(path, "innco.field.reference", "target", targetType);
            return null;
        }
        return json.textValue().toLowerCase();
    }

    @Override public JsonNode toJson(Object value) { return Json.NODES.textNode((String) value); }

    @Override public Value toJcr(Object value, ValueFactory f) { return f.createValue((String) value); }

    @Override public Object fromJcr(Value value) throws RepositoryException { return value.getString(); }

    @Override
    public ObjectNode jsonSchema(FieldRules rules) {
        ObjectNode s = Json.schema("string", "uuid");
        s.put("description", "the id of a " + targetType + " item");
        return s;
    }

    @Override public boolean isReference() { return true; }
}
