package eu.innco.web.portal;

/**
 * Moves the headings of a rich-text value so that its highest one sits at the level the page has
 * room for: editors write a case study's sections as h3 (the editor's toolbar offers h3 and h4),
 * and right under the page's h1 that skips a level, which screen-reader users navigate by and the
 * Nu checker reports. The value was sanitised on the way in, so heading tags have no odd forms.
 * A plain scan for {@code <}, not a regular expression: a case-insensitive pattern over the body was
 * a third of an uncached case-study page's time (issue 18).
 */
final class RichHeadings {
    private RichHeadings() {}

    /** {@code html} with every heading moved by the same number of levels, its highest at {@code top} (never below h6). */
    static String from(String html, int top) {
        if (html == null || html.isEmpty()) return html == null ? "" : html;
        int highest = 7;
        for (int at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
            int level = level(html, at);
            if (level > 0) highest = Math.min(highest, level);
        }
        if (highest == 7 || highest == top) return html;
        int shift = top - highest;
        StringBuilder out = new StringBuilder(html.length());
        int copied = 0;
        for (int at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
            int level = level(html, at);
            if (level == 0) continue;
            int digit = html.charAt(at + 1) == '/' ? at + 3 : at + 2;
            out.append(html, copied, digit - 1).append('h').append(Math.max(1, Math.min(6, level + shift)));
            copied = digit + 1;
        }
        return out.append(html, copied, html.length()).toString();
    }

    /** The level of the heading tag ({@code <h3} or {@code </h3}, then a space or {@code >}) that starts at {@code at}, else 0. */
    private static int level(String html, int at) {
        int i = at + 1;
        if (i < html.length() && html.charAt(i) == '/') i++;
        if (i + 2 >= html.length() || (html.charAt(i) != 'h' && html.charAt(i) != 'H')) return 0;
        char digit = html.charAt(i + 1);
        char after = html.charAt(i + 2);
        boolean ends = after == '>' || after == ' ' || after == '\t' || after == '\n' || after == '\u000B' || after == '\f' || after == '\r';
        return digit >= '1' && digit <= '6' && ends ? digit - '0' : 0;
    }
}
