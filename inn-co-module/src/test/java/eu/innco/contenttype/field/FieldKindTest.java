package eu.innco.contenttype.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The sealed field types and their kinds are the same closed list, one class per kind. */
class FieldKindTest {
    @Test
    void every_kind_has_exactly_one_field_type_class_and_every_class_a_kind_of_its_own() {
        List<FieldType> all = new ArrayList<>();
        collect(FieldType.class, all);
        Set<FieldKind> seen = EnumSet.noneOf(FieldKind.class);
        for (FieldType t : all) assertTrue(seen.add(t.kind()), t.getClass().getSimpleName() + " repeats kind " + t.kind());
        assertEquals(EnumSet.allOf(FieldKind.class), seen);
    }

    @Test
    void every_type_name_listed_for_yaml_resolves_to_a_field_type() {
        for (String name : FieldTypes.NAMES) {
            String concrete = name.replace("<type>", "organisation");
            assertTrue(FieldTypes.forName(concrete).isPresent(), name);
        }
    }

    /** Walks the sealed hierarchy: a type added without being permitted does not compile, one permitted is found here. */
    private static void collect(Class<?> type, List<FieldType> out) {
        if (!type.isInterface() && !java.lang.reflect.Modifier.isAbstract(type.getModifiers())) out.add(instance(type));
        Class<?>[] permitted = type.getPermittedSubclasses();
        if (permitted != null) for (Class<?> c : permitted) collect(c, out);
    }

    private static FieldType instance(Class<?> type) {
        try {
            return type == ReferenceField.class ? new ReferenceField("organisation")
                    : (FieldType) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type + " has no constructor the test knows", e);
        }
    }
}
