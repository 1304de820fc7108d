package eu.innco.web.logging;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} (a proxy's, a client's) when it is a
 * plausible id, else a new one. The id is in the answer's {@code X-Request-Id} and in every log line
 * written while the request is served. With {@code INNCO_LOG_REQUESTS=true} each request also logs
 * one line: method, route name, status and time; never its path, query, address or user.
 */
public final class RequestIds implements Filter {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Letters, digits and the punctuation of common id schemes (UUIDs, proxies' and tracers' ids); nothing that could break a log line. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:;=+/-]{1,128}");
    private static final Logger LOG = LoggerFactory.getLogger("eu.innco.web.Requests");

    private final boolean logRequests;

    public RequestIds(boolean logRequests) {
        this.logRequests = logRequests;
    }

    /** The id to use for a request that sent {@code given}. */
    public static String idFor(String given) {
        if (given != null && VALID.matcher(given).matches()) return given;
        ThreadLocalRandom r = ThreadLocalRandom.current();
        // 32 lower-case hex digits, written by hand: String.format parsed its pattern on every request (3% of a single item's time)
        char[] out = new char[32];
        hex(r.nextLong(), out, 0);
        hex(r.nextLong(), out, 16);
        return new String(out);
    }

    private static void hex(long v, char[] out, int at) {
        for (int i = 15; i >= 0; i--, v >>>= 4) out[at + i] = Character.forDigit((int) (v & 0xf), 16);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String id = idFor(request.getHeader(HEADER));
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        long start = System.nanoTime();
        try {
            chain.doFilter(req, res);
        } finally {
            if (logRequests) {
                LOG.info("{} {} {} {} ms", method(request.getMethod()), eu.innco.web.metrics.Routes.of(request.getRequestURI()),
                        response.getStatus(), (System.nanoTime() - start) / 1_000_000);
            }
            MDC.remove(MDC_KEY);
        }
    }

    private static String method(String m) {
        return m != null && m.matches("[A-Z]{1,10}") ? m : "OTHER";
    }
}
