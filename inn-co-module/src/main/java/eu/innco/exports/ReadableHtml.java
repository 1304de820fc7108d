package eu.innco.exports;

import eu.innco.contenttype.field.RichTextSanitizer;
import java.util.Map;

/**
 * Rich text as people write it. The sanitiser stores some plain characters as character
 * references ({@code '} as {@code &#39;}, also {@code + = @ ` "}): the same HTML, but hard to read
 * and edit in a file. An export writes the plain characters whenever sanitising them gives back
 * exactly the stored text, so that an import stores the same bytes; otherwise the stored text.
 */
final class ReadableHtml {
    private static final Map<String, String> REFERENCES = Map.of("&#39;", "'", "&#34;", "\"", "&#43;", "+", "&#61;", "=",
            "&#64;", "@", "&#96;", "`");

    private ReadableHtml() {}

    static String of(String stored) {
        if (!stored.contains("&#")) return stored;
        String plain = stored;
        for (Map.Entry<String, String> r : REFERENCES.entrySet()) plain = plain.replace(r.getKey(), r.getValue());
        if (plain.equals(stored)) return stored;
        return RichTextSanitizer.sanitize(plain).equals(stored) ? plain : stored;
    }
}
