package eu.innco.contenttype;

import eu.innco.contenttype.field.FieldRules;
import eu.innco.contenttype.field.FieldType;
import java.util.Objects;
import java.util.Optional;

/**
 * One property of a content type or sub-model, as read from YAML: either a scalar field type or a
 * sub-model, with {@code required}, {@code i18n}, {@code multiple} and the extra rules.
 */
public final class PropertyDefinition {
    private final String name;
    private final String label;
    private final FieldType fieldType;
    private final SubModelDefinition subModel;
    private final boolean required;
    private final boolean i18n;
    private final boolean multiple;
    private final FieldRules rules;
    private final String location;

    PropertyDefinition(String name, String label, FieldType fieldType, SubModelDefinition subModel, boolean required,
                       boolean i18n, boolean multiple, FieldRules rules, String location) {
        if ((fieldType == null) == (subModel == null)) throw new IllegalArgumentException("scalar xor sub-model");
        this.name = Objects.requireNonNull(name);
        this.label = label;
        this.fieldType = fieldType;
        this.subModel = subModel;
        this.required = required;
        this.i18n = i18n;
        this.multiple = multiple;
        this.rules = Objects.requireNonNull(rules);
        this.location = location;
    }

    public String name() { return name; }
    /** The label written in YAML, when any; editors take labels from the message bundles first. */
    public Optional<String> label() { return Optional.ofNullable(label); }
    public boolean isSubModel() { return subModel != null; }
    /** The scalar type; only for properties that are not sub-models. */
    public FieldType fieldType() {
        if (fieldType == null) throw new IllegalStateException(name + " is a sub-model");
        return fieldType;
    }
    public SubModelDefinition subModel() {
        if (subModel == null) throw new IllegalStateException(name + " is not a sub-model");
        return subModel;
    }
    public boolean required() { return required; }
    public boolean i18n() { return i18n; }
    public boolean multiple() { return multiple; }
    public FieldRules rules() { return rules; }
    /** File and line of the definition, for messages. */
    public String location() { return location; }

    /** The type name as written in YAML. */
    public String typeName() {
        return subModel != null ? subModel.name() : fieldType.name();
    }

    @Override
    public String toString() {
        return name + ":" + typeName() + (i18n ? " i18n" : "") + (multiple ? " multiple" : "") + (required ? " required" : "");
    }
}
