package eu.innco.contenttype.field;

/**
 * The closed list of field types, one constant per class of the sealed {@link FieldType}. Code
 * that treats types differently switches over it with a switch expression and no {@code default},
 * so that a new constant is a compile error at every such place instead of a silent fallback.
 */
public enum FieldKind {
    TEXT, EMAIL, RICH_TEXT, BOOLEAN, LONG, DOUBLE, DECIMAL, DATE, REFERENCE, ASSET, GEO
}
