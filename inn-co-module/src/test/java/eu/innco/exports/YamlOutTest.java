package eu.innco.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.innco.exports.YamlOut.Scalar;
import eu.innco.yaml.YamlNode;
import eu.innco.yaml.YamlReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlOutTest {
    static final List<String> TRICKY = List.of(
            "plain", "l'apostrophe", "", " leading and trailing ", "# not a comment", "key: value", "- not a list",
            "true", "null", "42", "tab\there", "«guillemets» ζωή Łódź",
            "<p>one</p>\n<p>two</p>", "ends with a break\n", "two breaks\n\n", "\nstarts with a break",
            "  indented first line\nsecond", "blank line\n\nbetween", "spaces only\n   \nline", "windows\r\nline",
            "nul\u0000char", "bom\uFEFF", "line\u2028separator", "emoji 🐝 and more", "trailing spaces  \nkept  ");

    @Test
    void every_string_reads_back_exactly_as_it_was_written() {
        YamlOut out = new YamlOut();
        out.mapping(0, "item");
        for (int i = 0; i < TRICKY.size(); i++) out.string(2, "k" + i, TRICKY.get(i));
        out.list(2, "list", TRICKY.stream().map(Scalar::string).toList());
        YamlNode item = YamlReader.read(out.text(), "test.yaml").get("item").orElseThrow();
        for (int i = 0; i < TRICKY.size(); i++) {
            YamlNode n = item.get("k" + i).orElseThrow();
            assertEquals(TRICKY.get(i), n.isNull() ? "" : n.text(), "k" + i + " in\n" + out.text());
        }
        List<YamlNode> items = item.get("list").orElseThrow().items();
        for (int i = 0; i < TRICKY.size(); i++) assertEquals(TRICKY.get(i), items.get(i).text(), "list item " + i);
    }

    @Test
    void strings_are_single_quoted_and_text_with_breaks_is_a_literal_block() {
        YamlOut out = new YamlOut();
        out.string(0, "a", "l'apostrophe");
        out.string(0, "b", "<p>one</p>\n<p>two</p>");
        out.string(0, "c", "nul\u0000char");
        assertEquals("a: 'l''apostrophe'\nb: |-\n  <p>one</p>\n  <p>two</p>\nc: \"nul\\u0000char\"\n", out.text());
    }

    @Test
    void short_simple_lists_are_inline_and_others_one_item_a_line() {
        YamlOut out = new YamlOut();
        out.list(0, "short", List.of(Scalar.string("en"), Scalar.string("fr"), Scalar.plain("42")));
        out.list(0, "broken", List.of(Scalar.string("one\ntwo")));
        out.list(0, "long", List.of(Scalar.string("x".repeat(60)), Scalar.string("y".repeat(40))));
        assertEquals("short: ['en', 'fr', 42]\nbroken:\n  - |-\n    one\n    two\nlong:\n  - '" + "x".repeat(60) + "'\n  - '"
                + "y".repeat(40) + "'\n", out.text());
    }

    @Test
    void keys_that_yaml_could_take_for_something_else_are_quoted() {
        assertEquals("jcr:primaryType", YamlText.key("jcr:primaryType"));
        assertEquals("title_fr", YamlText.key("title_fr"));
        assertEquals("'0'", YamlText.key("0"));
        assertEquals("'2024-report'", YamlText.key("2024-report"));
        assertEquals("'yes'", YamlText.key("yes"));
    }
}
