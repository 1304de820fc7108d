package eu.innco.web.metrics;

import eu.innco.ErrorCode;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Times every request by route, method and status, and answers {@code GET /.rest/metrics} with the
 * registry in the Prometheus text format to a caller with the metrics token
 * ({@code INNCO_METRICS_TOKEN}, as {@code Authorization: Bearer}); without a configured token the
 * address does not exist. Routes are a handful of fixed names, never the path itself, so that
 * visitors cannot make the metrics grow without bound.
 */
public final class MetricsFilter implements Filter {
    static final String PATH = "/.rest/metrics";
    private final Metrics metrics;
    private final byte[] token;
    private final ConcurrentHashMap<String, Timer> timers = new ConcurrentHashMap<>();

    public MetricsFilter(Metrics metrics, String token) {
        this.metrics = metrics;
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (token != null && PATH.equals(request.getRequestURI())) {
            scrape(request, response);
            return;
        }
        long start = System.nanoTime();
        try {
            chain.doFilter(req, res);
        } finally {
            record(request.getRequestURI(), request.getMethod(), response.getStatus(), System.nanoTime() - start);
        }
    }

    /** Times one request answered here or by a door in front of the servlets (Jetty's core handler for single nodes). */
    public void record(String path, String method, int status, long nanos) {
        timer(Routes.of(path), method(method), status).record(nanos, TimeUnit.NANOSECONDS);
    }

    /**
     * The timer of a route, method and status, registered once: building its id and finding it in the
     * registry for every request was 4% of a single item's time. Few keys: routes and methods are
     * fixed names, statuses a few dozen numbers.
     */
    private Timer timer(String route, String method, int status) {
        String key = route + ' ' + method + ' ' + status;
        Timer t = timers.get(key);
        if (t != null) return t;
        return timers.computeIfAbsent(key, k -> Timer.builder("innco.http.requests").description("HTTP requests by route, method and status")
                .tag("route", route).tag("method", method).tag("status", Integer.toString(status)).publishPercentileHistogram()
                .register(metrics.registry()));
    }

    private void scrape(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String auth = request.getHeader("Authorization");
        byte[] given = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
        response.setHeader("Cache-Control", "no-store");
        if (!MessageDigest.isEqual(given, token)) {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
            response.setContentType("application/problem+json");
            response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"code\":\"" + ErrorCode.METRICS_001.code() + "\","
                    + "\"detail\":\"The metrics need the metrics token (INNCO_METRICS_TOKEN) as a Bearer token.\"}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] body = metrics.registry().scrape().getBytes(StandardCharsets.UTF_8);
        response.setStatus(200);
        response.setContentType("text/plain; version=0.0.4; charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String method(String m) {
        return switch (m) {
            case "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS" -> m;
            default -> "OTHER";
        };
    }
}
