package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RichHeadingsTest {
    @Test
    void the_highest_heading_moves_to_the_level_asked_and_the_others_keep_their_distance() {
        assertEquals("<h2>A</h2><p>x</p><h3 id=\"b\">B</h3>", RichHeadings.from("<h3>A</h3><p>x</p><h4 id=\"b\">B</h4>", 2));
        assertEquals("<h3>A</h3><h4>B</h4>", RichHeadings.from("<h2>A</h2><h3>B</h3>", 3));
    }

    @Test
    void text_without_headings_or_already_right_is_returned_as_it_is_and_nothing_goes_past_h6() {
        assertEquals("<p>h3 <header>x</header></p>", RichHeadings.from("<p>h3 <header>x</header></p>", 2));
        assertEquals("<h2>A</h2>", RichHeadings.from("<h2>A</h2>", 2));
        assertEquals("<h5>A</h5><h6>B</h6>", RichHeadings.from("<h2>A</h2><h6>B</h6>", 5));
        assertEquals("", RichHeadings.from(null, 2));
    }

    @Test
    void the_scan_moves_exactly_what_the_regular_expression_did() {
        java.util.regex.Pattern tag = java.util.regex.Pattern.compile("<(/?)h([1-6])(?=[\\s>])", java.util.regex.Pattern.CASE_INSENSITIVE);
        String[] parts = {"<h3>", "</h3>", "<H4 class=\"x\">", "</H4\n>", "<h7>", "<hr>", "<h3x>", "<h2\t>", "</h5>", "<p>", "text é ", "<", "<h", "<h3"};
        java.util.Random random = new java.util.Random(18);
        for (int n = 0; n < 2000; n++) {
            StringBuilder html = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) html.append(parts[random.nextInt(parts.length)]);
            for (int top = 1; top <= 6; top++) assertEquals(byPattern(tag, html.toString(), top), RichHeadings.from(html.toString(), top), html + " at " + top);
        }
    }

    /** The way it was done before the scan (issue 18), as the reference. */
    private static String byPattern(java.util.regex.Pattern tag, String html, int top) {
        int highest = 7;
        java.util.regex.Matcher m = tag.matcher(html);
        while (m.find()) highest = Math.min(highest, Integer.parseInt(m.group(2)));
        if (highest == 7 || highest == top) return html;
        StringBuilder out = new StringBuilder();
        m.reset();
        while (m.find()) m.appendReplacement(out, "<" + m.group(1) + "h" + Math.max(1, Math.min(6, Integer.parseInt(m.group(2)) + top - highest)));
        m.appendTail(out);
        return out.toString();
    }
}
