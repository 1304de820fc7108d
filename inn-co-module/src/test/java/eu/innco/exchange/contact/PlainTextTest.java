package eu.innco.exchange.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What members may write to each other: plain text with links, within its length; no markup, no control characters. */
class PlainTextTest {
    @Test
    void plain_text_with_links_and_line_breaks_is_accepted() {
        assertEquals(Optional.empty(), PlainText.problem("Bonjour,\nvoir https://example.be/ateliers?x=1&y=2 — à bientôt < 5 km", 10, 100));
    }

    @Test
    void html_tags_comments_and_entities_are_refused_rather_than_cleaned() {
        for (String t : new String[] {"Bonjour <b>vous</b> là", "Bonjour <!-- x --> là-bas", "Bonjour &amp; bonsoir à tous", "Un < a href=x>lien</a>",
                "Bonjour &#60;script&#62; là"}) {
            assertEquals(Optional.of("exchange.error.html"), PlainText.problem(t, 5, 100), t);
        }
    }

    @Test
    void control_characters_other_than_line_breaks_and_tabs_are_refused() {
        assertEquals(Optional.of("exchange.error.html"), PlainText.problem("Bonjour\u0007 à tous", 5, 100));
        assertEquals(Optional.empty(), PlainText.problem("Bonjour\tà\r\ntous", 5, 100));
    }

    @Test
    void too_short_and_too_long_texts_are_refused_after_stripping() {
        assertEquals(Optional.of("exchange.error.length"), PlainText.problem("   court   ", 10, 100));
        assertEquals(Optional.of("exchange.error.length"), PlainText.problem("x".repeat(101), 10, 100));
        assertEquals(Optional.of("exchange.error.length"), PlainText.problem(null, 10, 100));
        assertEquals("a\nb\nc", PlainText.clean("  a\r\nb\rc  "));
    }
}
