package eu.innco.exports;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How keys and strings are spelt in an item file, so that every export is byte-for-byte the same
 * for the same content: single quotes by default, a literal block for text with line breaks, and
 * double quotes with escapes only for what neither can carry (control characters, lone carriage returns).
 */
final class YamlText {
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*(:[A-Za-z][A-Za-z0-9_-]*)?");
    // words that YAML 1.1 readers take for booleans or null: quoted, so that every reader sees text
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

    private YamlText() {}

    static String key(String key) {
        boolean plain = PLAIN_KEY.matcher(key).matches() && !RESERVED.contains(key.toLowerCase(Locale.ROOT));
        return plain ? key : singleQuoted(key);
    }

    static String singleQuoted(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** True when the string can be written in single quotes on one line. */
    static boolean fitsSingleQuotes(String s) {
        if (s.indexOf('\n') >= 0) return false;
        return s.codePoints().allMatch(YamlText::printable);
    }

    /**
     * True when a literal block ({@code |-}) gives the string back exactly: it has line breaks, no
     * character that needs an escape, no line of blanks only, and its first text line does not
     * start with a space (a reader would take that space for indentation).
     */
    static boolean fitsLiteral(String s) {
        if (s.indexOf('\n') < 0 || !s.codePoints().allMatch(c -> c == '\n' || printable(c))) return false;
        boolean seenText = false;
        for (String line : s.split("\n", -1)) {
            if (line.isEmpty()) continue;
            if (line.isBlank()) return false;
            if (!seenText && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) return false;
            seenText = true;
        }
        return seenText;
    }

    /** The block header for the string's trailing line breaks: strip, clip or keep. */
    static String literalHeader(String s) {
        int trailing = trailingBreaks(s);
        return trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+";
    }

    static int trailingBreaks(String s) {
        int n = 0;
        for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\n'; i--) n++;
        return n;
    }

    static String doubleQuoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (printable(c)) sb.appendCodePoint(c);
                    else if (c <= 0xFFFF) sb.append(String.format("\\u%04X", c));
                    else sb.append(String.format("\\U%08X", c));
                }
            }
        });
        return sb.append('"').toString();
    }

    /**
     * YAML's printable characters, less the byte-order mark and the Unicode line breaks (NEL, LS,
     * PS) that some readers turn into new lines. Tab is allowed inside quotes.
     */
    static boolean printable(int c) {
        if (c == '\t') return true;
        if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return false;
        if (c == 0x2028 || c == 0x2029 || c == 0xFEFF) return false;
        if (c >= 0xD800 && c <= 0xDFFF) return false;
        return c != 0xFFFE && c != 0xFFFF;
    }
}
