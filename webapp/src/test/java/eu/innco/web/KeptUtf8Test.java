package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The strings kept with their bytes ({@link KeptUtf8}) are bounded by their bytes and, once full,
 * make room by evicting some of them: a cache emptied whole at every overflow left pages to
 * encode everything again (issue 18). Kept by identity: an equal string that is not the one kept
 * gets nothing.
 */
class KeptUtf8Test {
    private static final int FRAGMENT = 64 * 1024;

    private static String fragment(int n) {
        StringBuilder s = new StringBuilder(FRAGMENT);
        s.append("<nav>").append(n).append("</nav>");
        while (s.length() < FRAGMENT) s.append("kept fragment ").append(n).append(' ');
        return s.substring(0, FRAGMENT);
    }

    @Test
    void a_full_cache_evicts_some_strings_instead_of_emptying() {
        int fit = (int) (KeptUtf8.MAX_BYTES / FRAGMENT);
        List<String> strings = new ArrayList<>(); // held here: kept strings that nothing else holds may go at any time
        for (int n = 0; n < fit + fit / 4; n++) strings.add(KeptUtf8.keep(fragment(n)));
        int kept = 0;
        long bytes = 0;
        for (String s : strings) {
            byte[] b = KeptUtf8.of(s);
            if (b == null) continue;
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), b);
            kept++;
            bytes += b.length;
        }
        assertTrue(bytes <= KeptUtf8.MAX_BYTES, bytes + " bytes kept, over the bound " + KeptUtf8.MAX_BYTES);
        // emptied at the overflow, only the quarter written after it would be left (65); half leaves room for what
        // other tests of this JVM kept before (pages' fragments, asked more often than these, so not evicted for them)
        assertTrue(kept >= fit / 2, kept + " of " + strings.size() + " strings kept, where " + fit + " fit");
    }

    @Test
    void an_equal_string_that_is_not_the_kept_one_gets_nothing() {
        String kept = KeptUtf8.keep(fragment(-1));
        String equal = new String(kept.toCharArray());
        assertArrayEquals(kept.getBytes(StandardCharsets.UTF_8), KeptUtf8.of(kept));
        assertNull(KeptUtf8.of(equal));
    }
}
