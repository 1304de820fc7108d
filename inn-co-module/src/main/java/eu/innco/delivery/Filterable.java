package eu.innco.delivery;

import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.contenttype.field.FieldType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A property that queries may filter and sort on, with how its values are indexed: top-level
 * scalar properties of the type plus {@code @name}, {@code @id} and Magnolia's dates. Rich text
 * and map points are searched or drawn, not filtered.
 */
public record Filterable(String name, Kind kind) {
    /** How a property's values are indexed and compared. */
    public enum Kind { KEYWORD, BOOLEAN, LONG, DOUBLE, DATE }

    /** The filterable properties of a content type, by the names clients use. */
    public static Map<String, Filterable> of(ContentTypeDefinition type) {
        Map<String, Filterable> out = new LinkedHashMap<>();
        out.put("@name", new Filterable("@name", Kind.KEYWORD));
        out.put("@id", new Filterable("@id", Kind.KEYWORD));
        out.put("mgnl:created", new Filterable("mgnl:created", Kind.DATE));
        out.put("mgnl:lastModified", new Filterable("mgnl:lastModified", Kind.DATE));
        out.put("mgnl:lastActivated", new Filterable("mgnl:lastActivated", Kind.DATE));
        for (PropertyDefinition p : type.properties()) {
            if (p.isSubModel()) continue;
            kind(p.fieldType()).ifPresent(k -> out.put(p.name(), new Filterable(p.name(), k)));
        }
        return out;
    }

    /** No default arm: a new field type does not compile until it is decided here how it is filtered. */
    static Optional<Kind> kind(FieldType t) {
        return Optional.ofNullable(switch (t.kind()) {
            case TEXT, EMAIL, REFERENCE, ASSET -> Kind.KEYWORD;
            case BOOLEAN -> Kind.BOOLEAN;
            case LONG -> Kind.LONG;
            case DOUBLE, DECIMAL -> Kind.DOUBLE;
            case DATE -> Kind.DATE;
            case RICH_TEXT, GEO -> null;
        });
    }

    /** Exact keyword terms. */
    String exactField() { return "k." + name; }

    /** Lower-cased keyword terms with sorted doc values: {@code like} and ordering. */
    String foldedField() { return "l." + name; }

    /** Points and sorted numeric doc values. */
    String numericField() { return "n." + name; }

    boolean numeric() { return kind == Kind.LONG || kind == Kind.DOUBLE || kind == Kind.DATE; }
}
