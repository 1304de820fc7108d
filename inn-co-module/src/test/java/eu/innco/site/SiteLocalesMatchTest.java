package eu.innco.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A site locale's own tag, answered from what was worked out at construction, gives what parsing
 * the tag gives: the same locale for a well-formed one, and for a locale written oddly (an
 * underscore, upper case) the one its parsed form matches, not itself.
 */
class SiteLocalesMatchTest {
    @Test
    void the_inn_co_locales_match_themselves_and_their_variants() {
        SiteLocales site = SiteLocales.innco();
        for (String l : site.locales()) {
            assertEquals(Optional.of(l), site.match(l));
            assertEquals(Optional.of(l), site.match(l.toUpperCase()));
            assertEquals(Optional.of(l), site.match(" " + l + "-XX "));
        }
        assertEquals(Optional.empty(), site.match("es"));
        assertEquals(Optional.empty(), site.match(""));
        assertEquals(Optional.empty(), site.match(null));
    }

    @Test
    void an_oddly_written_locale_matches_what_its_parsed_form_matches() {
        SiteLocales site = new SiteLocales(List.of("en", "en_GB", "fr-BE", "FR-be"), "en", Map.of());
        assertEquals(Optional.of("en"), site.match("en_GB"), "en_GB parses as en-GB, which only en (its language) matches");
        assertEquals(Optional.of("fr-BE"), site.match("FR-be"), "the first locale equal to the parsed tag, ignoring case");
        assertEquals(Optional.of("fr-BE"), site.match("fr-BE"));
        assertEquals(Optional.of("en"), site.match("en"));
    }
}
