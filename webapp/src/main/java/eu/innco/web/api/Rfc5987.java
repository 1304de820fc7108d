package eu.innco.web.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The {@code charset'language'percent-encoded} values of RFC 5987 / RFC 8187 header parameters. */
final class Rfc5987 {
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private Rfc5987() {}

    /** Decodes {@code UTF-8''%C3%89t%C3%A9}; null when the value is not of that form or names another charset. */
    static String decode(String value) {
        String v = value.startsWith("\"") && value.endsWith("\"") && value.length() > 1 ? value.substring(1, value.length() - 1) : value;
        int first = v.indexOf('\'');
        int second = first < 0 ? -1 : v.indexOf('\'', first + 1);
        if (second < 0) return null;
        String charset = v.substring(0, first);
        Charset cs;
        if (charset.equalsIgnoreCase("UTF-8")) cs = StandardCharsets.UTF_8;
        else if (charset.equalsIgnoreCase("ISO-8859-1")) cs = StandardCharsets.ISO_8859_1;
        else return null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String s = v.substring(second + 1);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) return null;
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return null;
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                return null;
            }
        }
        return new String(bytes.toByteArray(), cs);
    }

    /** Percent-encodes the UTF-8 bytes of {@code text} but for RFC 8187's attr-chars. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATTR_CHARS.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
