package eu.innco.web.portal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain text from sanitised rich text, for descriptions in meta tags, feeds and calendars. */
final class Text {
    private static final Pattern NUMERIC = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    private Text() {}

    static String plain(Object html) {
        return clip(full(html), 300);
    }

    static String full(Object html) {
        if (html == null) return "";
        String s = html.toString().replaceAll("(?s)<[^>]*>", " ");
        Matcher m = NUMERIC.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(cp))));
        }
        m.appendTail(out);
        return out.toString().replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ")
                .replace("&amp;", "&").replaceAll("\\s+", " ").trim();
    }

    static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max - 1) + "…" : s;
    }
}
