package eu.innco.web.delivery;

import eu.innco.InncoException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The plain single-node read ({@code GET /.rest/delivery/<endpoint>/<name>} or {@code <endpoint>@<uuid>},
 * at most a {@code lang}) as both fast paths in front of Jersey see it: Jetty's core handler
 * ({@code eu.innco.web.NodeHandler}) and the servlet filter ({@link FastNodes}, the WAR's door and
 * the jar's for what the core handler passes on). Anything else is {@code null}: Jersey answers it.
 */
public final class NodeAnswers {
    public static final String PREFIX = "/.rest/delivery/";
    private final DeliveryDoors doors;

    public NodeAnswers(DeliveryDoors doors) {
        this.doors = doors;
    }

    /** What a plain single-node read asks for. */
    public record Asked(String endpoint, String where, boolean byId, String lang) {}

    /** A finished answer: what a fast path writes. */
    public record Found(byte[] body, String etag, String type, String language, String cacheControl) {
        public boolean notModified(String ifNoneMatch) {
            return Answers.notModified(ifNoneMatch, etag);
        }
    }

    /** The single-node read of a raw (still encoded) path and query, or null for anything else. */
    public Asked asked(String uri, String query) {
        String rest = plain(uri);
        if (rest == null || EndpointPaths.split(doors.delivery.endpoints(), rest)[1].isEmpty()) return null;
        int slash = rest.indexOf('/');
        int at = rest.indexOf('@');
        if ((slash <= 0) == (at <= 0) || (at > 0 && slash >= 0)) return null;
        String lang = lang(query);
        if (lang == null) return null;
        return at > 0 ? new Asked(rest.substring(0, at), rest.substring(at + 1), true, lang)
                : new Asked(rest.substring(0, slash), rest.substring(slash + 1), false, lang);
    }

    /** The endpoint of a raw path that names an endpoint and nothing more (a list), or null. */
    String listed(String uri) {
        String rest = plain(uri);
        if (rest == null) return null;
        String[] split = EndpointPaths.split(doors.delivery.endpoints(), rest);
        return split[1].isEmpty() ? split[0] : null;
    }

    /** What follows the prefix in a raw path the fast paths read, or null (encoded, with parameters, or odd segments). */
    private static String plain(String uri) {
        if (!uri.startsWith(PREFIX) || uri.indexOf('%') >= 0 || uri.indexOf(';') >= 0) return null;
        String rest = uri.substring(PREFIX.length());
        return rest.isEmpty() || rest.contains("//") || rest.contains("/.") ? null : rest;
    }

    /**
     * Takes the read from {@code client}'s rate bucket; false when it is over (Jersey then answers
     * 429). A taken read is marked with {@code mark} so that no door behind counts it again.
     */
    public boolean take(String client, java.util.function.BiConsumer<String, Object> mark) {
        if (doors.limiter == null) return true;
        if (doors.limiter.take(client, System.nanoTime()) > 0) return false;
        mark.accept(RateLimiter.COUNTED, Boolean.TRUE);
        return true;
    }

    /** Was the read already taken from its bucket by a door in front ({@code mark}: the request's attribute {@link RateLimiter#COUNTED})? */
    static boolean taken(Object mark) {
        return Boolean.TRUE.equals(mark);
    }

    /** The answer, from the cache or the index; null for any error (Jersey answers it, with the one error mapper's problem+json). */
    public Found answer(Asked asked, String acceptLanguage) {
        Answer a;
        try {
            String locale = doors.delivery.locale(asked.lang().isEmpty() ? null : asked.lang(), acceptLanguage);
            String endpoint = asked.endpoint();
            String where = asked.where();
            a = asked.byId() ? doors.node(endpoint, "@" + where, locale, () -> doors.delivery.byId(endpoint, locale, where))
                    : doors.node(endpoint, "/" + where, locale, () -> doors.delivery.byPath(endpoint, locale, where));
        } catch (InncoException e) {
            return null;
        }
        return new Found(a.body(), a.etag(), a.type(), a.language(), doors.answers.cacheControl());
    }

    /** Counts a read answered in front of the servlets (Jetty's core handler), for the tests that check which door answered. */
    public void answeredInFront() {
        doors.answeredInFront();
    }

    /** The lang parameter ("" when absent), or null when the query has anything else (Jersey reads those). */
    static String lang(String query) {
        if (query == null || query.isEmpty()) return "";
        if (!query.startsWith("lang=") || query.indexOf('&') >= 0) return null;
        String v = query.substring(5);
        if (v.indexOf('%') >= 0 || v.indexOf('+') >= 0) {
            try {
                v = URLDecoder.decode(v, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null; // a broken escape: Jersey's answer
            }
        }
        return v.isEmpty() ? null : v;
    }
}
