package eu.innco.validation;

/**
 * The characters XML 1.0 allows (its {@code Char} production): tab, line feed, carriage return and
 * everything from U+0020 up but lone surrogates, U+FFFE and U+FFFF. Content travels into Atom feeds,
 * sitemaps, XLIFF files and the guide's XHTML, so a text holding any other character is refused where
 * it comes in, and the XML writers leave such characters out of anything stored before.
 */
public final class XmlCharacters {
    private XmlCharacters() {}

    public static boolean allowed(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }

    /** The index of the first character XML 1.0 forbids, or -1 when there is none. */
    public static int firstForbidden(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            if (!allowed(c)) return i;
            i += Character.charCount(c);
        }
        return -1;
    }

    /** The character at {@code index} as people write it: {@code U+0000}. */
    public static String name(CharSequence text, int index) {
        return String.format("U+%04X", Character.codePointAt(text, index));
    }

    /** The text without the characters XML 1.0 forbids; the same string when it has none. */
    public static String strip(String text) {
        if (text == null || firstForbidden(text) < 0) return text;
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(XmlCharacters::allowed).forEach(out::appendCodePoint);
        return out.toString();
    }
}
