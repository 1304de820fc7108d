package eu.innco.web.delivery;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client IP for the public delivery API: {@code burst} requests at once, then
 * {@code perMinute} a minute. The client IP is the connection's address (a proxy in front should
 * do its own limiting). Buckets of quiet clients are dropped when the table grows large.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class RateLimiter implements ContainerRequestFilter {
    /** Set by the servlet fast path on a request it already counted and then handed to Jersey. */
    static final String COUNTED = "innco.rateLimit.counted";
    private static final int MAX_CLIENTS = 100_000;
    private final double perNano;
    private final int perMinute;
    private final int burst;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute, int burst) {
        this.perMinute = perMinute;
        this.burst = burst;
        this.perNano = perMinute / 60e9;
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        var seg = request.getUriInfo().getPathSegments();
        if (seg.size() < 2 || !seg.get(0).getPath().equals(".rest")
                || !(seg.get(1).getPath().equals("delivery") || seg.get(1).getPath().equals("graphql"))) return;
        // Jersey's request properties are the servlet request's attributes: the fast path's mark is seen here
        if (Boolean.TRUE.equals(request.getProperty(COUNTED))) return;
        long wait = take(eu.innco.web.ClientAddress.current(), System.nanoTime());
        if (wait > 0) throw new RateLimited(wait, perMinute);
    }

    /** Takes one token; returns 0, or the seconds until one is there. */
    long take(String client, long now) {
        if (buckets.size() > MAX_CLIENTS) buckets.values().removeIf(b -> now - b.at > 60_000_000_000L);
        Bucket b = buckets.computeIfAbsent(client, k -> new Bucket(burst, now));
        synchronized (b) {
            b.tokens = Math.min(burst, b.tokens + (now - b.at) * perNano);
            b.at = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - b.tokens) / perNano / 1e9));
        }
    }
}
