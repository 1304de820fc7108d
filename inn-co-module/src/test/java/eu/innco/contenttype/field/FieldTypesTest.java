package eu.innco.contenttype.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One test per field type: what it accepts, what it refuses, and the key of the message it gives. */
class FieldTypesTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    static List<String> keys(FieldType t, String json, FieldRules rules) throws Exception {
        Violations v = new Violations();
        Object value = t.fromJson(json(json), "p", v);
        if (value != null) t.check(value, rules, "p", v);
        return v.list().stream().map(Violation::messageKey).toList();
    }

    static FieldRules rules(Integer maxLength, String pattern, List<String> options, boolean email, boolean url, Double min, Double max) {
        return new FieldRules(maxLength == null ? OptionalInt.empty() : OptionalInt.of(maxLength),
                Optional.ofNullable(pattern).map(Pattern::compile), options.stream().map(o -> new Option(o, Map.of())).toList(),
                email, url, Optional.ofNullable(min), Optional.ofNullable(max));
    }

    @Test
    void string_checks_type_length_pattern_options_email_and_url() throws Exception {
        StringField s = new StringField();
        assertEquals(List.of(), keys(s, "\"Łódź\"", rules(4, null, List.of(), false, false, null, null)), "counts code points");
        assertEquals(List.of("innco.field.type.string"), keys(s, "12", FieldRules.NONE));
        assertEquals(List.of("innco.field.maxLength"), keys(s, "\"abcdef\"", rules(5, null, List.of(), false, false, null, null)));
        assertEquals(List.of("innco.field.pattern"), keys(s, "\"fr\"", rules(null, "[A-Z]{2}", List.of(), false, false, null, null)));
        assertEquals(List.of("innco.field.option"), keys(s, "\"blue\"", rules(null, null, List.of("red"), false, false, null, null)));
        assertEquals(List.of("innco.field.email"), keys(s, "\"not-an-address\"", rules(null, null, List.of(), true, false, null, null)));
        assertEquals(List.of(), keys(s, "\"contact@arobase.example\"", rules(null, null, List.of(), true, false, null, null)));
        assertEquals(List.of("innco.field.url"), keys(s, "\"javascript:alert(1)\"", rules(null, null, List.of(), false, true, null, null)));
        assertEquals(List.of(), keys(s, "\"https://inn-co.example/fr\"", rules(null, null, List.of(), false, true, null, null)));
    }

    @Test
    void rich_text_keeps_formatting_and_drops_scripts_handlers_and_bad_links() throws Exception {
        Violations v = new Violations();
        Object html = new RichTextField().fromJson(json(
                "\"<p onclick='x()'>Hi <strong>all</strong><script>alert(1)</script><a href='javascript:x'>j</a>"
                        + "<a href='https://ok.example'>ok</a><img src=x onerror=alert(1)></p>\""), "p", v);
        assertTrue(v.isEmpty());
        String s = (String) html;
        assertTrue(s.contains("<strong>all</strong>"), s);
        assertTrue(!s.contains("script") && !s.contains("onclick") && !s.contains("onerror") && !s.contains("javascript"), s);
        assertTrue(s.contains("href=\"https://ok.example\""), s);
    }

    @Test
    void boolean_accepts_only_json_booleans() throws Exception {
        assertEquals(List.of(), keys(new BooleanField(), "true", FieldRules.NONE));
        assertEquals(List.of("innco.field.type.boolean"), keys(new BooleanField(), "\"true\"", FieldRules.NONE));
    }

    @Test
    void long_accepts_whole_numbers_within_range() throws Exception {
        LongField l = new LongField();
        assertEquals(List.of(), keys(l, "42", rules(null, null, List.of(), false, false, 1.0, 100.0)));
        assertEquals(List.of("innco.field.type.integer"), keys(l, "4.5", FieldRules.NONE));
        assertEquals(List.of("innco.field.type.integer"), keys(l, "99999999999999999999", FieldRules.NONE));
        assertEquals(List.of("innco.field.min"), keys(l, "0", rules(null, null, List.of(), false, false, 1.0, null)));
        assertEquals(List.of("innco.field.max"), keys(l, "101", rules(null, null, List.of(), false, false, null, 100.0)));
    }

    @Test
    void double_accepts_numbers() throws Exception {
        assertEquals(List.of(), keys(new DoubleField(), "4.5", FieldRules.NONE));
        assertEquals(List.of("innco.field.type.number"), keys(new DoubleField(), "\"4.5\"", FieldRules.NONE));
    }

    @Test
    void decimal_is_exact_and_accepts_numeric_strings() throws Exception {
        Violations v = new Violations();
        assertEquals(new BigDecimal("0.10"), new DecimalField().fromJson(json("\"0.10\""), "p", v));
        assertEquals(new BigDecimal("12345678901234567890.123456789"),
                new DecimalField().fromJson(JSON.reader().with(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                        .readTree("12345678901234567890.123456789"), "p", v));
        assertEquals(List.of("innco.field.type.number"), keys(new DecimalField(), "\"ten\"", FieldRules.NONE));
    }

    @Test
    void date_accepts_a_date_or_a_date_time_with_offset_and_stores_utc() throws Exception {
        Violations v = new Violations();
        assertEquals(Instant.parse("2022-12-14T00:00:00Z"), new DateField().fromJson(json("\"2022-12-14\""), "p", v));
        assertEquals(Instant.parse("2023-02-06T08:30:00Z"), new DateField().fromJson(json("\"2023-02-06T09:30:00+01:00\""), "p", v));
        assertEquals("2023-02-06T08:30:00.000Z", new DateField().toJson(Instant.parse("2023-02-06T08:30:00Z")).textValue());
        assertEquals(List.of("innco.field.date"), keys(new DateField(), "\"14/12/2022\"", FieldRules.NONE));
        assertEquals(List.of("innco.field.date"), keys(new DateField(), "\"2022-02-30\"", FieldRules.NONE));
    }

    @Test
    void asset_and_reference_take_item_ids() throws Exception {
        String id = "\"0b0c1f2e-1234-4abc-9def-0123456789ab\"";
        assertEquals(List.of(), keys(new AssetField(), id, FieldRules.NONE));
        assertEquals("asset", new AssetField().targetType());
        assertEquals(List.of("innco.field.reference"), keys(new ReferenceField("organisation"), "\"la-ruche\"", FieldRules.NONE));
        assertEquals(List.of(), keys(new ReferenceField("organisation"), id.toUpperCase(), FieldRules.NONE));
    }

    @Test
    void geo_takes_a_lat_lon_point_in_range() throws Exception {
        Violations v = new Violations();
        assertEquals(new GeoPoint(45.764, 4.8357), new GeoField().fromJson(json("{\"lat\": 45.764, \"lon\": 4.8357}"), "p", v));
        assertEquals(new GeoPoint(45.764, 4.8357), GeoPoint.parseStored(new GeoPoint(45.764, 4.8357).stored()));
        v = new Violations();
        assertNull(new GeoField().fromJson(json("{\"lat\": 91, \"lon\": -181}"), "p", v));
        assertEquals(List.of("p.lat", "p.lon"), v.list().stream().map(Violation::path).toList());
        assertEquals(List.of("innco.field.geo"), keys(new GeoField(), "[4.8, 45.7]", FieldRules.NONE));
        assertEquals(List.of("innco.field.geo"), keys(new GeoField(), "{\"lat\": 1, \"lon\": 2, \"alt\": 3}", FieldRules.NONE));
    }
}
