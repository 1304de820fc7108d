package eu.innco.exports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text from the sanitised HTML of rich-text values, for formats that take no markup: one
 * line per paragraph, list item or line break, tags dropped, character references decoded.
 */
final class HtmlText {
    private static final Pattern BREAKS = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|h[1-6]|blockquote|pre|tr|figcaption)\\s*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ");

    private HtmlText() {}

    static String plain(String html) {
        String text = TAG.matcher(BREAKS.matcher(html).replaceAll("\n")).replaceAll("");
        text = decode(text);
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.replaceAll("[\\s\\u00A0]+", " ").trim();
            if (!l.isEmpty()) lines.add(l);
        }
        return String.join("\n", lines);
    }

    private static String decode(String text) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String replacement;
            if (ref.startsWith("#")) {
                int cp = ref.startsWith("#x") || ref.startsWith("#X") ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
                replacement = Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : m.group();
            } else {
                replacement = NAMED.getOrDefault(ref.toLowerCase(), m.group());
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
