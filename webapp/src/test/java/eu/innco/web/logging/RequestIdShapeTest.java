package eu.innco.web.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Made request ids are 32 lower-case hex digits, leading zeros kept, and do not repeat. */
class RequestIdShapeTest {
    @Test
    void made_ids_are_32_hex_digits_with_leading_zeros_and_distinct() {
        Set<String> seen = new HashSet<>();
        boolean leadingZero = false;
        for (int i = 0; i < 4000; i++) {
            String id = RequestIds.idFor(null);
            assertTrue(id.matches("[0-9a-f]{32}"), id);
            leadingZero |= id.charAt(0) == '0' || id.charAt(16) == '0';
            seen.add(id);
        }
        assertEquals(4000, seen.size());
        assertTrue(leadingZero, "a zero first digit of either half is kept (one id in eight has one)");
        assertEquals("given-1", RequestIds.idFor("given-1"));
    }
}
