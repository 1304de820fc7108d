package eu.innco.web.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Delivery JSON made ready for templates: plain maps and lists, each item (and each expanded
 * reference) given its portal address as {@code _url}, each sub-model list given as {@code _list}
 * in its order.
 */
final class Items {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Magnolia's node type of sub-model (child) nodes in delivery JSON. */
    private static final String CHILD_NODE_TYPE = "mgnl:contentNode";

    private Items() {}

    static JsonNode parse(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("delivery JSON unreadable", e);
        }
    }

    static Map<String, Object> of(JsonNode node, String locale) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = JSON.convertValue(node, LinkedHashMap.class);
        decorate(m, locale);
        return m;
    }

    static List<Map<String, Object>> of(List<byte[]> results, String locale) {
        List<Map<String, Object>> out = new ArrayList<>(results.size());
        for (byte[] r : results) out.add(of(parse(r), locale));
        return out;
    }

    /** The same items, deeply unmodifiable: lists kept in {@link Reads} are shared between requests. */
    static List<Map<String, Object>> frozen(List<Map<String, Object>> items) {
        List<Map<String, Object>> out = new ArrayList<>(items.size());
        for (Map<String, Object> m : items) out.add(freeze(m));
        return java.util.Collections.unmodifiableList(out);
    }

    /** A value (a map, a list or a leaf), deeply unmodifiable. */
    @SuppressWarnings("unchecked")
    static <T> T freeze(T value) {
        if (value instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, freeze(v)));
            return (T) java.util.Collections.unmodifiableMap(out);
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) out.add(freeze(o));
            return (T) java.util.Collections.unmodifiableList(out);
        }
        return value;
    }

    /** The portal address of an item in a locale: its section and its slug there (else its node name). */
    static String url(Map<String, ?> item, String locale) {
        Object type = item.get("@nodeType");
        return Sections.byNodeType(type == null ? "" : type.toString()).map(s -> "/" + locale + "/" + s.path()
                + (s.single() ? "" : "/" + slug(item))).orElse("");
    }

    static String slug(Map<String, ?> item) {
        Object slug = item.get("slug");
        return slug instanceof String s && !s.isBlank() ? s : String.valueOf(item.get("@name"));
    }

    @SuppressWarnings("unchecked")
    private static void decorate(Map<String, Object> m, String locale) {
        // child nodes carry an @id too (delivery reads them by id); only items have a page
        boolean item = m.containsKey("@id") && m.containsKey("@nodeType") && !CHILD_NODE_TYPE.equals(m.get("@nodeType"));
        if (item) m.put("_url", url(m, locale));
        Object names = m.get("@nodes");
        for (Object v : new ArrayList<>(m.values())) {
            if (v instanceof Map<?, ?> child) decorate((Map<String, Object>) child, locale);
            if (v instanceof List<?> list) for (Object o : list) if (o instanceof Map<?, ?> child) decorate((Map<String, Object>) child, locale);
        }
        if (names instanceof List<?> list && !item) {
            List<Object> ordered = new ArrayList<>();
            for (Object n : list) if (m.get(n.toString()) instanceof Map<?, ?> child) ordered.add(child);
            m.put("_list", ordered);
        }
    }
}
