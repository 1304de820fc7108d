package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.web.map.CountryNames;
import org.junit.jupiter.api.Test;

/** The basemap's ISO 3166-1 numeric ids named in each site language by ICU. */
class CountryNamesTest {
    static JsonNode names(String locale) throws Exception {
        return new ObjectMapper().readTree(CountryNames.json(locale));
    }

    @Test
    void numeric_codes_are_named_in_the_pages_language() throws Exception {
        assertEquals("France", names("en").path("250").asText());
        assertEquals("Francia", names("it").path("250").asText());
        assertEquals("Polska", names("pl").path("616").asText());
        assertEquals("Κύπρος", names("el").path("196").asText());
        assertEquals("België", names("nl").path("056").asText());
        assertEquals("Deutschland", names("de").path("276").asText());
        assertEquals("Kosovo", names("fr").path("XK").asText());
    }
}
