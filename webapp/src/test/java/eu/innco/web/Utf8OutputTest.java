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
            // mostly ASCII at times, as pages are, so that long runs and the bulk copy of long strings are taken too
            int ascii = random.nextInt(3) == 0 ? 3 : 0;
            for (int k = random.nextInt(n % 2 == 0 ? 40 : 300); k >= 0; k--) text.append(CHARS[random.nextInt(ascii + 1) < ascii ? 0 : random.nextInt(CHARS.length)]);
            String s = text.toString();
            Utf8Output out = new Utf8Output(1);
            for (int at = 0; at < s.length(); ) {
                int len = Math.min(s.length() - at, 1 + random.nextInt(random.nextBoolean() ? 5 : 120));
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

    @Test
    void a_kept_string_writes_the_same_bytes_wherever_it_falls() {
        Random random = new Random(19);
        for (int n = 0; n < 500; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = KeptUtf8.MIN_LENGTH + random.nextInt(300); k >= 0; k--) text.append(CHARS[random.nextInt(CHARS.length)]);
            String kept = KeptUtf8.keep(text.toString());
            String before = n % 3 == 0 ? "x\ud83d" : n % 3 == 1 ? "é" : ""; // a pending half pair, a two-byte character, nothing
            String after = n % 2 == 0 ? "\ude00y" : "z";
            Utf8Output out = new Utf8Output(1);
            out.write(before, 0, before.length());
            out.write(kept, 0, kept.length());
            out.write(after, 0, after.length());
            String all = before + kept + after;
            assertArrayEquals(all.getBytes(StandardCharsets.UTF_8), out.bytes(), all);
        }
    }

    @Test
    void escapes_as_freemarkers_html_format_does() {
        char[] chars = {'a', 'b', '<', '>', '&', '"', '\'', ' ', 'é', '’', '\ud83d', '\ude00', '\u0800'};
        Random random = new Random(20);
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(n % 2 == 0 ? 20 : 400); k >= 0; k--) text.append(chars[random.nextInt(chars.length)]);
            String s = text.toString();
            String before = n % 3 == 0 ? "\ud83d" : "";
            Utf8Output out = new Utf8Output(1);
            out.write(before, 0, before.length());
            out.writeEscaped(s);
            String expected = before + freemarker.template.utility.StringUtil.XHTMLEnc(s);
            assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), out.bytes(), s);
        }
    }
}
