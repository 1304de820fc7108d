package eu.innco.i18n.xliff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns sanitised rich text into XLIFF inline content and back. Tags are kept byte for byte as
 * original data; text is decoded for the translator and encoded again on the way back, and the
 * result goes through the sanitiser like any other value, which gives the stored form exactly.
 */
final class InlineCodes {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NAME = Pattern.compile("</?\\s*([A-Za-z][A-Za-z0-9]*)");
    private static final Set<String> VOID = Set.of("br", "hr", "img", "wbr", "col", "area", "input", "source", "track");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");

    /** The inline content of one value and the original markup it refers to, by data id. */
    record Coded(List<Inline> content, Map<String, String> data) {}

    /**
     * Gives inline codes their ids: in a source, 1, 2, 3...; in a target, the id of the source code
     * with the same markup where there is one (XLIFF pairs codes of source and target by id), else t1, t2...
     */
    static final class Ids {
        private final Map<String, Deque<String>> fromSource;
        private final Map<String, Deque<String>> given = new LinkedHashMap<>();
        private int next;

        private Ids(Map<String, Deque<String>> fromSource) {
            this.fromSource = fromSource;
        }

        static Ids forSource() {
            return new Ids(null);
        }

        /** Ids for a target that reuse the ones this source got. */
        Ids forTarget() {
            Map<String, Deque<String>> copy = new LinkedHashMap<>();
            given.forEach((k, v) -> copy.put(k, new ArrayDeque<>(v)));
            return new Ids(copy);
        }

        String id(String signature) {
            if (fromSource != null) {
                Deque<String> q = fromSource.get(signature);
                if (q != null && !q.isEmpty()) return q.poll();
                return "t" + (++next);
            }
            String id = Integer.toString(++next);
            given.computeIfAbsent(signature, k -> new ArrayDeque<>()).add(id);
            return id;
        }
    }

    private InlineCodes() {}

    static Coded fromHtml(String html) {
        return fromHtml(html, new LinkedHashMap<>(), Ids.forSource());
    }

    /** Codes one value; original markup goes into {@code data}, which source and target of a unit share. */
    static Coded fromHtml(String html, Map<String, String> data, Ids ids) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TAG.matcher(html);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) tokens.add(html.substring(at, m.start()));
            tokens.add(m.group());
            at = m.end();
        }
        if (at < html.length()) tokens.add(html.substring(at));
        int[] partner = pair(tokens);
        List<Inline> content = build(tokens, partner, 0, tokens.size(), data, ids);
        return new Coded(content, data);
    }

    /** For each opening tag the index of its closing tag (and back); -1 for tags without a partner. */
    private static int[] pair(List<String> tokens) {
        int[] partner = new int[tokens.size()];
        java.util.Arrays.fill(partner, -1);
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (!isTag(t)) continue;
            String name = name(t);
            if (t.startsWith("</")) {
                if (!open.isEmpty() && name(tokens.get(open.peek())).equals(name)) {
                    int o = open.pop();
                    partner[o] = i;
                    partner[i] = o;
                } else {
                    open.clear(); // markup that does not nest: the tags around stay placeholders
                }
            } else if (!t.endsWith("/>") && !VOID.contains(name) && !t.startsWith("<!")) {
                open.push(i);
            }
        }
        return partner;
    }

    private static List<Inline> build(List<String> tokens, int[] partner, int from, int to, Map<String, String> data, Ids ids) {
        List<Inline> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String t = tokens.get(i);
            if (!isTag(t)) {
                out.add(new Inline.Text(decode(t)));
            } else if (partner[i] > i) {
                String start = dataId(data, t);
                String end = dataId(data, tokens.get(partner[i]));
                out.add(new Inline.Pc(ids.id("pc:" + start + ":" + end), start, end,
                        build(tokens, partner, i + 1, partner[i], data, ids)));
                i = partner[i];
            } else {
                String ref = dataId(data, t);
                out.add(new Inline.Ph(ids.id("ph:" + ref), ref));
            }
        }
        return out;
    }

    private static String dataId(Map<String, String> data, String markup) {
        for (Map.Entry<String, String> e : data.entrySet()) if (e.getValue().equals(markup)) return e.getKey();
        String id = "d" + (data.size() + 1);
        data.put(id, markup);
        return id;
    }

    private static boolean isTag(String token) {
        return token.startsWith("<") && token.endsWith(">") && NAME.matcher(token).lookingAt();
    }

    private static String name(String tag) {
        Matcher m = NAME.matcher(tag);
        return m.lookingAt() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : "";
    }

    /** Inline content back to HTML, with the original markup of each code; a code without its data is a problem. */
    static String toHtml(List<Inline> content, Map<String, String> data) {
        StringBuilder out = new StringBuilder();
        appendHtml(content, data, out);
        return out.toString();
    }

    private static void appendHtml(List<Inline> content, Map<String, String> data, StringBuilder out) {
        for (Inline i : content) {
            if (i instanceof Inline.Text t) {
                out.append(encode(t.text()));
            } else if (i instanceof Inline.Pc pc) {
                out.append(data(data, pc.dataRefStart(), pc.id()));
                appendHtml(pc.content(), data, out);
                out.append(data(data, pc.dataRefEnd(), pc.id()));
            } else if (i instanceof Inline.Ph ph) {
                out.append(data(data, ph.dataRef(), ph.id()));
            }
        }
    }

    private static String data(Map<String, String> data, String ref, String codeId) {
        String markup = ref == null || ref.isEmpty() ? null : data.get(ref);
        if (markup == null) {
            throw new IllegalArgumentException("the inline code '" + codeId + "' refers to original data '" + ref
                    + "' that the unit does not have; keep the codes of the source as they are");
        }
        return markup;
    }

    /** Inline content of a plain-text value: only text; a code means the file does not belong to this value. */
    static String toText(List<Inline> content) {
        StringBuilder out = new StringBuilder();
        for (Inline i : content) {
            if (i instanceof Inline.Text t) out.append(t.text());
            else if (i instanceof Inline.Pc pc) out.append(toText(pc.content()));
            else throw new IllegalArgumentException("plain text cannot hold inline codes");
        }
        return out.toString();
    }

    /** HTML character references to characters, for text a translator reads. */
    static String decode(String text) {
        if (text.indexOf('&') < 0) return text;
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String c = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> "\u00a0";
                default -> {
                    int cp = e.startsWith("#x") || e.startsWith("#X") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
                    yield Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : m.group();
                }
            };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Text back into HTML: the characters that would otherwise be read as markup. */
    static String encode(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
