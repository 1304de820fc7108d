package eu.innco.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.innco.contenttype.field.RichTextSanitizer;
import org.junit.jupiter.api.Test;

class ReadableHtmlTest {
    @Test
    void apostrophes_and_other_plain_characters_are_written_as_people_type_them() {
        String stored = RichTextSanitizer.sanitize("<p>L'économie sociale + solidaire: contact@example.org, \"1 = 1\"</p>");
        assertEquals("<p>L&#39;économie sociale &#43; solidaire: contact&#64;example.org, &#34;1 &#61; 1&#34;</p>", stored);
        String readable = ReadableHtml.of(stored);
        assertEquals("<p>L'économie sociale + solidaire: contact@example.org, \"1 = 1\"</p>", readable);
        assertEquals(stored, RichTextSanitizer.sanitize(readable), "an import stores the same bytes");
    }

    @Test
    void list_items_are_written_one_a_line() {
        String stored = RichTextSanitizer.sanitize("<p>Two:</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>");
        assertEquals("<p>Two:</p>\n<ul><li>one</li><li>two</li></ul>", stored);
        assertEquals("<p>Two:</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>", ReadableHtml.of(stored));
    }

    @Test
    void text_that_would_not_come_back_the_same_is_written_as_stored() {
        // a quote inside an attribute must stay a reference: unescaped it would end the attribute
        String stored = RichTextSanitizer.sanitize("<p><abbr title=\"the &#34;INN-CO&#34; project\">INN-CO</abbr> it's</p>");
        assertEquals(stored, ReadableHtml.of(stored));
        String typedReference = RichTextSanitizer.sanitize("<p>write &amp;#39; for '</p>");
        assertEquals("<p>write &amp;#39; for '</p>", ReadableHtml.of(typedReference));
    }
}
