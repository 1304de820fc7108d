package eu.innco.web.delivery;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One finished delivery answer, with its Content-Language (a node's own locale, which the request does not tell). */
record Answer(byte[] body, String etag, String type, String language) {
    /** The answer cache's key of a request: what was asked, in a canonical order. */
    static String key(String kind, String endpoint, String locale, String rest, Map<String, List<String>> params) {
        StringBuilder sb = new StringBuilder(kind).append('|').append(endpoint).append('|').append(locale).append('|').append(rest);
        new TreeMap<>(params).forEach((k, v) -> sb.append('&').append(k).append('=').append(v));
        return sb.toString();
    }
}
