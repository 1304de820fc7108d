package eu.innco.web.portal;

import eu.innco.web.SecurityHeaders;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Pages already in the page cache, answered in front of Jersey (as the delivery API's single items
 * are): the same key, bytes, ETag, 304 and headers as {@link Portal#respond}, without Jersey's
 * per-request work. Item pages not in the cache are rendered here too ({@link ItemPageMisses});
 * anything else goes on to Jersey, which renders and keeps it. A check-up answer's save is served
 * here too ({@link CheckupAnswerFastPath}).
 */
final class PageFastPath implements Filter {
    private static final Pattern PORTAL = Pattern.compile("/[a-z]{2}(?:-[A-Za-z0-9]{2,8})?(?:/.*)?");
    private final Portal portal;
    private final Map<String, String> security;
    private final CheckupAnswerFastPath answers;
    private final ItemPageMisses misses;

    PageFastPath(Portal portal, SecurityHeaders headers) {
        this.portal = portal;
        this.security = headers.headers(false);
        this.answers = new CheckupAnswerFastPath(portal, security);
        this.misses = new ItemPageMisses(portal);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!serve(request, response) && !answers.serve(request, response, chain)) chain.doFilter(req, res);
    }

    private boolean serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (!"GET".equals(request.getMethod()) || !PORTAL.matcher(path).matches()) return false;
        String base = portal.base();
        String key = Portal.key(base, path, request.getQueryString());
        Optional<Rendered> page = portal.cache.peek(key).map(m -> m.value());
        if (page.isEmpty()) page = miss(path, request.getQueryString());
        if (page.isEmpty()) return false;
        Rendered r = page.get();
        boolean notModified = r.status() == 200 && Portal.matches(request.getHeader("If-None-Match"), r.etag());
        response.setStatus(notModified ? 304 : r.status());
        security.forEach(response::setHeader);
        portal.headers(r, notModified, base).forEach(response::setHeader);
        if (notModified || r.location() != null) return true;
        response.setContentType(r.type());
        response.setContentLength(r.body().length);
        response.getOutputStream().write(r.body());
        return true;
    }

    /** An item page rendered here, or empty: not one, or it failed (Jersey then renders it again and answers the error its way). */
    private Optional<Rendered> miss(String path, String query) {
        try {
            return misses.render(path, query);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
