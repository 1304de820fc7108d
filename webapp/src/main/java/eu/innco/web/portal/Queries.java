package eu.innco.web.portal;

import eu.innco.delivery.Page;
import eu.innco.web.cache.Dependencies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Delivery queries as pages write them: {@code Queries.of("country", "FR", "limit", "10")}, empty values left out. */
final class Queries {
    private Queries() {}

    static Map<String, List<String>> of(String... namesAndValues) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String v = namesAndValues[i + 1];
            if (v != null && !v.isBlank()) m.put(namesAndValues[i], List.of(v));
        }
        return m;
    }

    /**
     * A query's answer, kept until an item of its endpoint is published, unless it searches for a
     * visitor's words (too many to keep).
     * Pages list items in every language ({@code otherLanguages=include}: those in none of the reader's are
     * shown in their own, marked by the templates) unless the page asks for another choice.
     */
    static Page page(PortalCall call, Sections s, Map<String, List<String>> params) {
        params.putIfAbsent("otherLanguages", List.of("include"));
        if (params.containsKey("q")) {
            call.dependsOn(Dependencies.list(s.endpoint()));
            return call.portal.delivery.query(s.endpoint(), call.locale, params);
        }
        return call.portal.reads.get(call, "page " + key(call, s, params),
                () -> call.portal.delivery.query(s.endpoint(), call.locale, params), Queries::weight, p -> Dependencies.list(s.endpoint()));
    }

    static List<Map<String, Object>> items(PortalCall call, Sections s, String... namesAndValues) {
        return items(call, s, of(namesAndValues));
    }

    /** A query's items ready for templates; kept lists are unmodifiable, as they are shared. */
    static List<Map<String, Object>> items(PortalCall call, Sections s, Map<String, List<String>> params) {
        Page p = page(call, s, params); // adds otherLanguages=include first, so that both keys below agree
        if (params.containsKey("q")) return Items.of(p.results(), call.locale);
        // Parsed maps take a few times the room of their JSON.
        return call.portal.reads.get(call, "items " + key(call, s, params),
                () -> Items.frozen(Items.of(p.results(), call.locale)), l -> 3 * weight(p), l -> Dependencies.list(s.endpoint()));
    }

    private static String key(PortalCall call, Sections s, Map<String, List<String>> params) {
        return s.endpoint() + " " + call.locale + " " + params;
    }

    private static long weight(Page p) {
        long n = 0;
        for (byte[] b : p.results()) n += b.length;
        return n;
    }

    /** The ids of every item a query finds (up to a thousand), for filters that go through another type. */
    static List<String> ids(PortalCall call, Sections s, String... namesAndValues) {
        List<String> out = new ArrayList<>();
        Map<String, List<String>> params = of(namesAndValues);
        for (int offset = 0; offset < 1000; offset += 100) {
            params.put("limit", List.of("100"));
            params.put("offset", List.of(Integer.toString(offset)));
            Page p = page(call, s, params);
            for (Map<String, Object> item : items(call, s, params)) out.add(item.get("@id").toString());
            if (offset + 100 >= p.total()) break;
        }
        return out;
    }

    /** Paging links for a list: previous and next with the page's other parameters kept. */
    static Map<String, Object> paging(PortalCall call, long total, int size) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int page = Math.min(call.page(), pages);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", page);
        m.put("pages", pages);
        m.put("total", total);
        if (page > 1) m.put("previous", link(call, page - 1));
        if (page < pages) m.put("next", link(call, page + 1));
        return m;
    }

    private static String link(PortalCall call, int page) {
        StringBuilder q = new StringBuilder();
        call.uri.getQueryParameters().forEach((k, vs) -> {
            if (k.equals("page")) return;
            for (String v : vs) q.append(q.length() == 0 ? "?" : "&").append(enc(k)).append('=').append(enc(v));
        });
        if (page > 1) q.append(q.length() == 0 ? "?" : "&").append("page=").append(page);
        return call.path() + q;
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
