package eu.innco.contenttype.field;

import java.util.List;
import java.util.Optional;

/** Picks the field type class for a YAML {@code type} name. Sub-models are resolved by the loader. */
public final class FieldTypes {
    /** The scalar type names accepted in YAML, for error messages. */
    public static final List<String> NAMES = List.of(StringField.NAME, EmailField.NAME, RichTextField.NAME, BooleanField.NAME,
            LongField.NAME, DoubleField.NAME, DecimalField.NAME, DateField.NAME, AssetField.NAME, "reference:<type>");

    private FieldTypes() {}

    public static Optional<FieldType> forName(String name) {
        if (name.startsWith("reference:") && name.length() > "reference:".length()) {
            return Optional.of(new ReferenceField(name.substring("reference:".length())));
        }
        return Optional.ofNullable(switch (name) {
            case "String", "string", "text" -> new StringField();
            case "Email", "email" -> new EmailField();
            case "richText", "richtext" -> new RichTextField();
            case "Boolean", "boolean" -> new BooleanField();
            case "Long", "long", "Integer" -> new LongField();
            case "Double", "double" -> new DoubleField();
            case "Decimal", "decimal" -> new DecimalField();
            case "Date", "date", "DateTime" -> new DateField();
            case "asset", "Asset" -> new AssetField();
            default -> null;
        });
    }
}
