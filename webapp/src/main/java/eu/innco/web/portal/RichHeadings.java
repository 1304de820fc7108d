package eu.innco.web.portal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves the headings of a rich-text value so that its highest one sits at the level the page has
 * room for: editors write a case study's sections as h3 (the editor's toolbar offers h3 and h4),
 * and right under the page's h1 that skips a level, which screen-reader users navigate by and the
 * Nu checker reports. The value was sanitised on the way in, so heading tags have no odd forms.
 */
final class RichHeadings {
    private static final Pattern TAG = Pattern.compile("<(/?)h([1-6])(?=[\\s>])", Pattern.CASE_INSENSITIVE);

    private RichHeadings() {}

    /** {@code html} with every heading moved by the same number of levels, its highest at {@code top} (never below h6). */
    static String from(String html, int top) {
        if (html == null || html.isEmpty()) return html == null ? "" : html;
        int highest = 7;
        Matcher m = TAG.matcher(html);
        while (m.find()) highest = Math.min(highest, Integer.parseInt(m.group(2)));
        if (highest == 7 || highest == top) return html;
        int shift = top - highest;
        StringBuilder out = new StringBuilder(html.length());
        m.reset();
        while (m.find()) {
            int level = Math.max(1, Math.min(6, Integer.parseInt(m.group(2)) + shift));
            m.appendReplacement(out, "<" + m.group(1) + "h" + level);
        }
        m.appendTail(out);
        return out.toString();
    }
}
