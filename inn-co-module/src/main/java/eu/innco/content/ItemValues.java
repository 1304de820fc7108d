package eu.innco.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The property values of an item or sub-model, by property name, in definition order. A
 * localised property holds a map from locale to value; a multiple property a list; a sub-model
 * another {@code ItemValues}. A missing property has no entry: empty strings and nulls are not kept.
 */
public final class ItemValues {
    private final Map<String, Object> values = new LinkedHashMap<>();

    public void put(String property, Object value) {
        values.put(property, value);
    }

    public Optional<Object> get(String property) {
        return Optional.ofNullable(values.get(property));
    }

    public boolean has(String property) {
        return values.containsKey(property);
    }

    /** The value of a localised property in one locale, when present. */
    @SuppressWarnings("unchecked")
    public Optional<Object> get(String property, String locale) {
        Object v = values.get(property);
        return v instanceof Map<?, ?> m ? Optional.ofNullable(((Map<String, Object>) m).get(locale)) : Optional.empty();
    }

    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ItemValues other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
