package eu.innco.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.innco.contenttype.field.FieldTypes;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How each field type is filtered is decided for that type, never by falling through to keyword. */
class FilterableKindsTest {
    static Optional<Filterable.Kind> kindOf(String yamlType) {
        return Filterable.kind(FieldTypes.forName(yamlType).orElseThrow());
    }

    @Test
    void addresses_are_exact_terms_numbers_and_dates_are_ranges_and_prose_and_points_are_not_filtered() {
        assertEquals(Optional.of(Filterable.Kind.KEYWORD), kindOf("Email"));
        assertEquals(Optional.of(Filterable.Kind.KEYWORD), kindOf("reference:organisation"));
        assertEquals(Optional.of(Filterable.Kind.LONG), kindOf("Long"));
        assertEquals(Optional.of(Filterable.Kind.DOUBLE), kindOf("Decimal"));
        assertEquals(Optional.of(Filterable.Kind.DATE), kindOf("Date"));
        assertEquals(Optional.empty(), kindOf("richText"));
    }
}
