package eu.innco.web.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a browser would send for one of the editor's forms: text inputs, text areas, the
 * selected options and the ticked boxes, in page order. Enough for the editor's own templates,
 * not a general HTML parser.
 */
final class HtmlForms {
    private static final Pattern TEMPLATE = Pattern.compile("<template\\b.*?</template>", Pattern.DOTALL);
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile(
            "<input\\b([^>]*)>|<textarea\\b([^>]*)>(.*?)</textarea>|<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:=\"([^\"]*)\")?");

    private HtmlForms() {}

    /** The fields of the first form whose action is {@code action} ("" for a form without one); fails when the page has none. */
    static List<Map.Entry<String, String>> fields(String html, String action) {
        Matcher f = FORM.matcher(TEMPLATE.matcher(html).replaceAll(""));
        while (f.find()) {
            if (action.equals(attributes(f.group(1)).getOrDefault("action", ""))) return controls(f.group(2));
        }
        throw new AssertionError("no form posting to " + action + " in the page");
    }

    /** Replaces (or adds) the value of a field that occurs once. */
    static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> fields, String name, String value) {
        List<Map.Entry<String, String>> out = new ArrayList<>(fields);
        out.removeIf(e -> e.getKey().equals(name));
        out.add(Map.entry(name, value));
        return out;
    }

    private static List<Map.Entry<String, String>> controls(String body) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        Matcher c = CONTROL.matcher(body);
        while (c.find()) {
            if (c.group(1) != null) {
                Map<String, String> a = attributes(c.group(1));
                String type = a.getOrDefault("type", "text");
                if (!a.containsKey("name") || type.equals("submit") || type.equals("button") || type.equals("file")) continue;
                if ((type.equals("checkbox") || type.equals("radio")) && !a.containsKey("checked")) continue;
                out.add(Map.entry(a.get("name"), a.getOrDefault("value", type.equals("checkbox") ? "on" : "")));
            } else if (c.group(2) != null) {
                Map<String, String> a = attributes(c.group(2));
                if (a.containsKey("name")) out.add(Map.entry(a.get("name"), unescape(c.group(3))));
            } else {
                Map<String, String> a = attributes(c.group(4));
                if (!a.containsKey("name")) continue;
                String chosen = null;
                Matcher o = OPTION.matcher(c.group(5));
                while (o.find()) {
                    Map<String, String> oa = attributes(o.group(1));
                    if (chosen == null) chosen = oa.getOrDefault("value", "");
                    if (oa.containsKey("selected")) {
                        chosen = oa.getOrDefault("value", "");
                        break;
                    }
                }
                out.add(Map.entry(a.get("name"), chosen == null ? "" : chosen));
            }
        }
        return out;
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> out = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) out.putIfAbsent(m.group(1), m.group(2) == null ? "" : unescape(m.group(2)));
        return out;
    }

    /** As the templates' auto-escaping writes text. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
