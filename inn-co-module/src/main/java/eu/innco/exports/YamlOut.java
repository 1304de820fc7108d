package eu.innco.exports;

import java.util.List;

/**
 * Writes the lines of an item file: keys at an indentation of two spaces per level, scalars
 * spelt by {@link YamlText}, lists inline when they are short and simple, else one item a line.
 * LF line ends, a final line break.
 */
final class YamlOut {
    /** Lists longer than this many characters on one line are written one item a line. */
    static final int WIDTH = 100;

    private final StringBuilder sb = new StringBuilder();

    /** One value of a file: a string (quoted as needed) or the plain text of a number or boolean. */
    record Scalar(String text, boolean isString) {
        static Scalar string(String s) { return new Scalar(s, true); }

        static Scalar plain(String s) { return new Scalar(s, false); }

        /** The value on one line, when it fits there without a literal block. */
        String inline() {
            if (!isString) return text;
            if (YamlText.fitsSingleQuotes(text)) return YamlText.singleQuoted(text);
            return YamlText.fitsLiteral(text) ? null : YamlText.doubleQuoted(text);
        }
    }

    /** A key whose value is a mapping on the following lines. */
    void mapping(int indent, String key) {
        line(indent, YamlText.key(key) + ":");
    }

    void string(int indent, String key, String value) {
        scalar(indent, key, Scalar.string(value));
    }

    void scalar(int indent, String key, Scalar value) {
        String prefix = YamlText.key(key) + ":";
        String inline = value.inline();
        if (inline != null) line(indent, prefix + " " + inline);
        else literal(indent, prefix, value.text());
    }

    /** A flow mapping on one line, for small fixed records such as {@code innco:data}. */
    void flow(int indent, String key, String flowText) {
        line(indent, YamlText.key(key) + ": " + flowText);
    }

    void list(int indent, String key, List<Scalar> items) {
        String prefix = YamlText.key(key) + ":";
        StringBuilder flow = new StringBuilder();
        boolean simple = true;
        for (Scalar s : items) {
            String inline = s.inline();
            if (inline == null) simple = false;
            else flow.append(flow.length() == 0 ? "" : ", ").append(inline);
        }
        if (simple && indent + prefix.length() + flow.length() + 3 <= WIDTH) {
            line(indent, prefix + " [" + flow + "]");
            return;
        }
        line(indent, prefix);
        for (Scalar s : items) {
            String inline = s.inline();
            if (inline != null) line(indent + 2, "- " + inline);
            else literal(indent + 2, "-", s.text());
        }
    }

    /** A literal block: the header after the prefix, then the text's lines indented one level deeper. */
    private void literal(int indent, String prefix, String text) {
        line(indent, prefix + " " + YamlText.literalHeader(text));
        int trailing = YamlText.trailingBreaks(text);
        String body = text.substring(0, text.length() - trailing);
        for (String l : body.split("\n", -1)) {
            if (l.isEmpty()) sb.append('\n');
            else line(indent + 2, l);
        }
        // with "|+" the trailing line breaks beyond the first are kept as empty lines
        for (int i = 1; i < trailing; i++) sb.append('\n');
    }

    private void line(int indent, String text) {
        sb.append(" ".repeat(indent)).append(text).append('\n');
    }

    String text() {
        return sb.toString();
    }
}
