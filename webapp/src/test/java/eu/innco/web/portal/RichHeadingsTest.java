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
}
