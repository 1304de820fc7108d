package eu.innco.contenttype.field;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.ValueFactory;

/**
 * One kind of scalar value a content-type property may hold (String, richText, Date, ...): how it
 * is read from JSON, checked, stored in JCR and written back. The YAML {@code type} picks the class;
 * {@code multiple} and {@code i18n} are handled around it by the content layer.
 *
 * <p>Sealed: the types are a closed list, so that code elsewhere that treats them differently
 * (filters, editor widgets, YAML, translation) can switch over {@link #kind()} exhaustively and
 * the compiler names every place a new type must be handled. A new type is a class here, a
 * {@link FieldKind} constant, a name in {@link FieldTypes}, and the arms the compiler asks for.
 */
public sealed interface FieldType permits StringField, EmailField, RichTextField, BooleanField, LongField,
        DoubleField, DecimalField, DateField, ReferenceField, GeoField {
    /** The name used in YAML, as Magnolia writes it. */
    String name();

    /** Which of the closed list of types this is, for exhaustive switches. */
    FieldKind kind();

    /**
     * Reads one JSON value. A value of the wrong JSON type is reported on {@code path} and gives
     * {@code null}; the caller never sees a half-converted value.
     */
    Object fromJson(JsonNode json, String path, Violations violations);

    /** Checks the rules beyond the type (length, pattern, options, range). */
    default void check(Object value, FieldRules rules, String path, Violations violations) {}

    JsonNode toJson(Object value);

    Value toJcr(Object value, ValueFactory factory) throws RepositoryException;

    Object fromJcr(Value value) throws RepositoryException;

    /** The JSON Schema of one value, for the OpenAPI document. */
    ObjectNode jsonSchema(FieldRules rules);

    /** True for references to other items, whose values are item ids. */
    default boolean isReference() { return false; }

    /** True for text that full-text search should read. */
    default boolean isText() { return false; }
}
