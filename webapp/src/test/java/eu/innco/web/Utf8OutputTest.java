package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bytes a template writes through {@link Utf8Output} are those of the string it made before, whatever the writes' cuts. */
class Utf8OutputTest {
    private static final char[] CHARS = {'a', '<', '\n', 'é', '·', '…', 'ł', 'Ω', '€', '\ud83d', '\ude00', '\u07ff', '\u0800', '\uffff', '\u0000'};

    @Test
    void writes_the_bytes_of_get_bytes_utf8_in_pieces_of_any_size() {
        Random random = new Random(18);
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(40); k >= 0; k--) text.append(CHARS[random.nextInt(CHARS.length)]);
            String s = text.toString();
            Utf8Output out = new Utf8Output(1);
            for (int at = 0; at < s.length(); ) {
                int len = Math.min(s.length() - at, 1 + random.nextInt(5));
                switch (random.nextInt(3)) {
                    case 0 -> out.write(s, at, len);
                    case 1 -> out.write(s.toCharArray(), at, len);
                    default -> { for (int i = at; i < at + len; i++) out.write(s.charAt(i)); }
                }
                at += len;
            }
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), out.bytes(), s);
        }
    }
}
