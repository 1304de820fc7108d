package eu.innco.web.delivery;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list request's query string read for the fast path, to the same parameters Jersey gives the
 * resource, so that both find the same cached answer. Anything this reading might take differently
 * from Jersey's ({@code +}, a parameter without {@code =}, an empty one, a bad escape or bytes that
 * are not UTF-8) is left to
 * Jersey: null.
 */
final class FastQueries {
    private FastQueries() {}

    static Map<String, List<String>> params(String query) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) return out;
        if (query.indexOf('+') >= 0 || query.indexOf(';') >= 0) return null;
        try {
            for (String pair : query.split("&", -1)) {
                int eq = pair.indexOf('=');
                if (eq <= 0) return null;
                String name = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (name.indexOf('\uFFFD') >= 0 || value.indexOf('\uFFFD') >= 0) return null; // bytes that are not UTF-8
                out.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return out;
    }
}
