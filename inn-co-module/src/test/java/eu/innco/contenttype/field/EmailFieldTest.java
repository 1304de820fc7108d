package eu.innco.contenttype.field;

import static eu.innco.contenttype.field.FieldTypesTest.json;
import static eu.innco.contenttype.field.FieldTypesTest.keys;
import static eu.innco.contenttype.field.FieldTypesTest.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The e-mail type: an address or nothing, whatever rules the property adds. */
class EmailFieldTest {
    final EmailField email = new EmailField();

    @Test
    void an_address_is_accepted_without_the_spaces_pasted_around_it() throws Exception {
        assertEquals("contact@arobase.example", email.fromJson(json("\"  contact@arobase.example \""), "p", new Violations()));
        assertEquals(List.of(), keys(email, "\"contact@arobase.example\"", FieldRules.NONE));
    }

    @Test
    void anything_else_is_refused_with_the_e_mail_message_even_without_an_email_rule() throws Exception {
        assertEquals(List.of("innco.field.email"), keys(email, "\"not-an-address\"", FieldRules.NONE));
        assertEquals(List.of("innco.field.email"), keys(email, "\"a@b\"", FieldRules.NONE));
        assertEquals(List.of("innco.field.email"), keys(email, "\"" + "a".repeat(250) + "@b.example\"", FieldRules.NONE));
        assertEquals(List.of("innco.field.type.string"), keys(email, "42", FieldRules.NONE));
    }

    @Test
    void the_property_s_own_rules_still_apply_to_a_valid_address() throws Exception {
        assertEquals(List.of("innco.field.maxLength"), keys(email, "\"contact@arobase.example\"",
                rules(10, null, List.of(), false, false, null, null)));
    }

    @Test
    void yaml_names_it_email_and_the_schema_says_so() {
        assertInstanceOf(EmailField.class, FieldTypes.forName("Email").orElseThrow());
        assertInstanceOf(EmailField.class, FieldTypes.forName("email").orElseThrow());
        assertEquals("email", email.jsonSchema(FieldRules.NONE).path("format").asText());
        assertEquals(254, email.jsonSchema(FieldRules.NONE).path("maxLength").asInt());
    }
}
