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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fast path of the most frequent requests, without Jersey's per-request machinery: one node
 * ({@code GET /.rest/delivery/<endpoint>/<name>} or {@code <endpoint>@<uuid>}, at most a {@code lang}),
 * answered from the same cache and index as the resource; and any list or GeoJSON answer already in
 * the answer cache, whatever its size (through Jersey large answers lost most of their speed under
 * concurrency); and lists the cache does not hold, made here. Anything else, and every error, goes
 * on to Jersey unchanged, so that errors are still written in one place.
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
        if (rest.isEmpty() || rest.contains("//") || rest.contains("/.")) return false;
        String[] split = EndpointPaths.split(doors.delivery.endpoints(), rest);
        if (split[1].isEmpty()) return list(split[0], request, response);
        int slash = rest.indexOf('/');
        int at = rest.indexOf('@');
        if ((slash <= 0) == (at <= 0) || (at > 0 && rest.indexOf('/') >= 0)) return false;
        String lang = lang(request.getQueryString());
        if (lang == null || !counted(request)) return false;
        Answer a;
        try {
            String locale = doors.delivery.locale(lang.isEmpty() ? null : lang, request.getHeader("Accept-Language"));
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
        write(a, Answers.NODE_VARY, request, response);
        return true;
    }

    /**
     * A list (or GeoJSON) answer: from the cache when it holds it, else made here as the resource
     * makes it ({@link DeliveryDoors#list}), since Jersey's per-request work was about half of an
     * uncached list's time. A preview token, or any error, goes on to Jersey.
     */
    private boolean list(String endpoint, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, List<String>> params = FastQueries.params(request.getQueryString());
        if (params == null || !doors.delivery.endpoints().get(endpoint).isPresent()
                || doors.delivery.endpoints().workspaceEndpoint(endpoint).isPresent()) return false;
        String locale;
        try {
            List<String> lang = params.get("lang");
            locale = doors.delivery.locale(lang == null ? null : lang.get(0), request.getHeader("Accept-Language"));
        } catch (InncoException e) {
            return false;
        }
        Map<String, List<String>> query = Requests.withAcceptedFormat(params, request.getHeader("Accept"));
        Optional<Answer> a = doors.cache.peek(Answer.key("query", endpoint, locale, "", query)).map(m -> m.value());
        if (a.isEmpty() && (!doors.listsBeforeJersey || params.containsKey("previewToken"))) return false;
        if (!counted(request)) return false;
        Answer answer;
        try {
            answer = a.isPresent() ? a.get() : doors.list(endpoint, locale, query);
        } catch (InncoException e) {
            return false; // a bad parameter: Jersey answers it, with the problem+json of the one error mapper
        }
        doors.answeredBeforeJersey();
        write(answer, Answers.LIST_VARY, request, response);
        return true;
    }

    /** Takes the request from the client's rate bucket; false when it is over (Jersey then answers 429). */
    private boolean counted(HttpServletRequest request) {
        if (doors.limiter == null) return true;
        if (doors.limiter.take(request.getRemoteAddr(), System.nanoTime()) > 0) return false;
        request.setAttribute(RateLimiter.COUNTED, Boolean.TRUE);
        return true;
    }

    private void write(Answer a, String vary, HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean notModified = Answers.notModified(request.getHeader("If-None-Match"), a.etag());
        response.setStatus(notModified ? 304 : 200);
        // added, not set: nothing before this filter sets them, and setting one walks every header already there
        response.addHeader("ETag", a.etag());
        response.addHeader("Cache-Control", doors.answers.cacheControl());
        response.addHeader("Content-Language", a.language()); // a node's own @locale, not the one asked for
        response.addHeader("Vary", vary);
        eu.innco.web.SecurityHeaders.forData(response::addHeader);
        if (notModified) return;
        response.setContentType(a.type());
        response.setContentLength(a.body().length);
        response.getOutputStream().write(a.body());
    }

    /** The lang parameter ("" when absent), or null when the query has anything else (Jersey reads those). */
    private static String lang(String query) {
        if (query == null || query.isEmpty()) return "";
        if (!query.startsWith("lang=") || query.indexOf('&') >= 0) return null;
        String v = query.substring(5);
        if (v.indexOf('%') >= 0 || v.indexOf('+') >= 0) v = URLDecoder.decode(v, StandardCharsets.UTF_8);
        return v.isEmpty() ? null : v;
    }
}
