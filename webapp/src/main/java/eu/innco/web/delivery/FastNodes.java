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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fast path of the most frequent requests, without Jersey's per-request machinery: one node
 * ({@code GET /.rest/delivery/<endpoint>/<name>} or {@code <endpoint>@<uuid>}, at most a {@code lang}),
 * answered from the same cache and index as the resource ({@link NodeAnswers}; in the embedded server
 * Jetty's core handler answers these in front of the servlets, and this filter sees the ones it passed
 * on, and the WAR's); and any list or GeoJSON answer already in
 * the answer cache, whatever its size (through Jersey large answers lost most of their speed under
 * concurrency); and lists the cache does not hold, made here. Anything else, and every error, goes
 * on to Jersey unchanged, so that errors are still written in one place.
 */
final class FastNodes implements Filter {
    private final DeliveryDoors doors;
    private final NodeAnswers nodes;

    FastNodes(DeliveryDoors doors) {
        this.doors = doors;
        this.nodes = new NodeAnswers(doors);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (!serve(request, (HttpServletResponse) res)) chain.doFilter(req, res);
    }

    private boolean serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String uri = request.getRequestURI();
        if (!"GET".equals(request.getMethod()) || request.getHeader("Origin") != null) return false;
        NodeAnswers.Asked asked = nodes.asked(uri, request.getQueryString());
        if (asked == null) {
            String endpoint = nodes.listed(uri);
            return endpoint != null && list(endpoint, request, response);
        }
        if (!counted(request)) return false;
        NodeAnswers.Found a = nodes.answer(asked, request.getHeader("Accept-Language"));
        if (a == null) return false; // Jersey answers it, with the problem+json of the one error mapper
        write(a.body(), a.etag(), a.type(), a.language(), Answers.NODE_VARY, request, response);
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
        } catch (QueryTurns.Busy e) {
            eu.innco.web.SecurityHeaders.forData(response::addHeader);
            eu.innco.web.Problems.send(e, response); // here, not by Jersey: it would wait for a turn a second time
            return true;
        } catch (InncoException e) {
            return false; // a bad parameter: Jersey answers it, with the problem+json of the one error mapper
        }
        doors.answeredBeforeJersey();
        write(answer, Answers.LIST_VARY, request, response);
        return true;
    }

    /**
     * Takes the request from the client's rate bucket; false when it is over (Jersey then answers 429).
     * A read the core handler in front already took and passed on is not taken again.
     */
    private boolean counted(HttpServletRequest request) {
        return NodeAnswers.taken(request.getAttribute(RateLimiter.COUNTED)) || nodes.take(request.getRemoteAddr(), request::setAttribute);
    }

    private void write(Answer a, String vary, HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(a.body(), a.etag(), a.type(), a.language(), vary, request, response);
    }

    private void write(byte[] body, String etag, String type, String language, String vary, HttpServletRequest request,
                       HttpServletResponse response) throws IOException {
        boolean notModified = Answers.notModified(request.getHeader("If-None-Match"), etag);
        response.setStatus(notModified ? 304 : 200);
        // added, not set: nothing before this filter sets them, and setting one walks every header already there
        response.addHeader("ETag", etag);
        response.addHeader("Cache-Control", doors.answers.cacheControl());
        response.addHeader("Content-Language", language); // a node's own @locale, not the one asked for
        response.addHeader("Vary", vary);
        eu.innco.web.SecurityHeaders.forData(response::addHeader);
        if (notModified) return;
        response.setContentType(type);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
