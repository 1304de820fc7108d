package eu.innco.workspace;

import java.util.List;
import javax.jcr.PropertyType;

/**
 * A property value of an export in JCR's own string form: dates as ISO 8601 with their offset,
 * binaries in base64, booleans as {@code true}/{@code false}. {@code type} is a
 * {@link PropertyType} constant; {@code multiple} tells a one-value list from a single value.
 */
public record JcrValue(int type, List<String> values, boolean multiple) {
    public JcrValue {
        values = List.copyOf(values);
    }

    public static JcrValue single(int type, String value) {
        return new JcrValue(type, List.of(value), false);
    }

    public String first() {
        return values.isEmpty() ? "" : values.get(0);
    }

    public String typeName() {
        return PropertyType.nameFromValue(type);
    }
}
