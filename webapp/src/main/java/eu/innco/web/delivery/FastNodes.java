package eu.innco.web.delivery;

import eu.innco.InncoException;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The fast path of the most frequent request, one node ({@code GET /.rest/delivery/<endpoint>/<name>}
 * or {@code <endpoint>@<uuid>}, at most a {@code lang}): answered here from the same cache and index
 * as the resource, without Jersey's per-request machinery. Anything else, and every error, goes on
 * to Jersey unchanged, so that errors are still written in one place.
 */
final class FastNodes implements Filter {
    private static final String PREFIX = "/.rest/delivery/";
    private final DeliveryDoors doors;

    FastNodes(DeliveryDoors doors) {
        this.doors = doors;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (!serve(request, (HttpServletResponse) res)) chain.doFilter(req, res);
    }

    private boolean serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String uri = request.getRequestURI();
        if (!"GET".equals(request.getMethod()) || !uri.startsWith(PREFIX) || request.getHeader("Origin") != null
                || uri.indexOf('%') >= 0 || uri.indexOf(';') >= 0) return false;
        String rest = uri.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        int at = rest.indexOf('@');
        if ((slash <= 0) == (at <= 0) || (at > 0 && rest.indexOf('/') >= 0) || rest.contains("//") || rest.contains("/.")) return false;
        String lang = lang(request.getQueryString());
        if (lang == null) return false;
        if (doors.limiter != null) {
            if (doors.limiter.take(request.getRemoteAddr(), System.nanoTime()) > 0) return false;
            request.setAttribute(RateLimiter.COUNTED, Boolean.TRUE);
        }
        AnswerCache.Answer a;
        String locale;
        try {
            locale = doors.delivery.locale(lang.isEmpty() ? null : lang, request.getHeader("Accept-Language"));
            if (at > 0) {
                String endpoint = rest.substring(0, at);
                String id = rest.substring(at + 1);
                a = doors.node(endpoint, "@" + id, locale, () -> doors.delivery.byId(endpoint, locale, id));
            } else {
                String endpoint = rest.substring(0, slash);
                String path = rest.substring(slash + 1);
                a = doors.node(endpoint, "/" + path, locale, () -> doors.delivery.byPath(endpoint, locale, path));
            }
        } catch (InncoException e) {
            return false; // Jersey answers it, with the problem+json of the one error mapper
        }
        boolean notModified = Answers.notModified(request.getHeader("If-None-Match"), a.etag());
        response.setStatus(notModified ? 304 : 200);
        response.setHeader("ETag", a.etag());
        response.setHeader("Cache-Control", doors.answers.cacheControl());
        response.setHeader("Content-Language", a.language()); // the node's own @locale, not the one asked for
        response.setHeader("Vary", Answers.NODE_VARY);
        eu.innco.web.SecurityHeaders.forData(response::setHeader);
        if (notModified) return true;
        response.setContentType(a.type());
        response.setContentLength(a.body().length);
        response.getOutputStream().write(a.body());
        return true;
    }

    /** The lang parameter ("" when absent), or null when the query has anything else (Jersey reads those). */
    private static String lang(String query) {
        if (query == null || query.isEmpty()) return "";
        if (!query.startsWith("lang=") || query.indexOf('&') >= 0) return null;
        String v = URLDecoder.decode(query.substring(5), StandardCharsets.UTF_8);
        return v.isEmpty() ? null : v;
    }
}
