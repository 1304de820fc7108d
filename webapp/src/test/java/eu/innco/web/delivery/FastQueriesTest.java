package eu.innco.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import org.glassfish.jersey.uri.UriComponent;
import org.junit.jupiter.api.Test;

/**
 * The fast path reads a list's query string to the same parameters as Jersey does for the resource
 * (so both find the same cached answer), and leaves to Jersey what it might read otherwise.
 */
class FastQueriesTest {
    @Test
    void query_strings_are_read_as_jersey_reads_them() {
        for (String q : new String[] {"", "lang=en", "country=FR&orderBy=publicationDate%20desc&limit=20&lang=de",
                "q=caf%C3%A9%20coop&lang=fr", "country=FR&country=BE", "title%5Blike%5D=%25coop%25", "format=geojson&x=",
                "a=%2B1", "name=%C5%BC%C3%B3%C5%82w"}) {
            assertEquals(new LinkedHashMap<>(UriComponent.decodeQuery(q, true)), FastQueries.params(q), q);
        }
    }

    @Test
    void what_might_be_read_otherwise_is_left_to_jersey() {
        for (String q : new String[] {"q=a+b", "a", "a=1&&b=2", "=1", "a=1;b=2", "a=%zz", "a=%E2%82"}) {
            assertNull(FastQueries.params(q), q);
        }
    }
}
