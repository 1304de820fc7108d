package eu.innco.exports;

import eu.innco.contenttype.field.RichTextSanitizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rich text as people write it. The sanitiser stores some plain characters as character
 * references ({@code '} as {@code &#39;}, also {@code + = @ ` "}) and drops the line breaks between
 * list items: the same HTML, but hard to read and edit in a file. An export writes the plain
 * characters and one list item a line whenever sanitising that gives back exactly the stored text,
 * so that an import stores the same bytes; otherwise the stored text.
 */
final class ReadableHtml {
    private static final Map<String, String> REFERENCES = Map.of("&#39;", "'", "&#34;", "\"", "&#43;", "+", "&#61;", "=",
            "&#64;", "@", "&#96;", "`");
    private static final Pattern LIST_JOINTS = Pattern.compile("(<[ou]l>|</li>)(?=<li>|</[ou]l>)");

    private ReadableHtml() {}

    static String of(String stored) {
        String plain = stored;
        if (stored.contains("&#")) {
            for (Map.Entry<String, String> r : REFERENCES.entrySet()) plain = plain.replace(r.getKey(), r.getValue());
        }
        String lines = LIST_JOINTS.matcher(plain).replaceAll("$1\n");
        if (lines.equals(stored)) return stored;
        if (RichTextSanitizer.sanitize(lines).equals(stored)) return lines;
        return !plain.equals(stored) && RichTextSanitizer.sanitize(plain).equals(stored) ? plain : stored;
    }
}
