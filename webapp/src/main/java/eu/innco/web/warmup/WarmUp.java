package eu.innco.web.warmup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the hot read paths for a while after a start, so that the JIT has compiled them before
 * readers need them: the first minute after a start otherwise ran at a fraction of warm speed.
 * The requests go through the whole stack (Jetty, filters, Jersey, delivery, portal templates) on
 * Jetty's in-process connector, which nothing outside the process can reach. They carry no
 * User-Agent, so reach does not count them; they only read, and what they leave in the answer and
 * page caches is what those would hold for a reader asking the same (paged lists of five, so that
 * each round computes answers instead of reading the cache, and little memory is taken).
 */
public final class WarmUp implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UnaryOperator<String> get;
    private final List<String> locales;
    private final long budgetNanos;
    private final int maxRequests;

    /** {@code get}: answers a raw HTTP request with the raw response, in process; it stops after {@code seconds} or {@code maxRequests}. */
    public WarmUp(UnaryOperator<String> get, List<String> locales, long seconds, int maxRequests) {
        this.get = get;
        this.locales = locales;
        this.budgetNanos = TimeUnit.SECONDS.toNanos(seconds);
        this.maxRequests = maxRequests;
    }

    /** Starts it on one daemon thread (asking for the lowest priority, where the OS honours it); readers are served meanwhile. */
    public void startInBackground() {
        if (budgetNanos <= 0) return;
        Thread t = new Thread(this, "innco-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    @Override
    public void run() {
        long start = System.nanoTime();
        int requests = 0;
        try {
            String study = firstName("caseStudies");
            for (int round = 0; requests < maxRequests && System.nanoTime() - start < budgetNanos; round++) {
                for (String path : round(round, study)) {
                    get(path);
                    requests++;
                    if (requests >= maxRequests || System.nanoTime() - start >= budgetNanos || Thread.currentThread().isInterrupted()) break;
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("warm-up stopped: {}", e.toString());
        }
        LOG.info("Warm-up: {} requests in {} ms", requests, (System.nanoTime() - start) / 1_000_000);
    }

    /** The requests of one round: each list at another offset, so that they are computed rather than read from the cache. */
    private List<String> round(int round, String study) {
        List<String> out = new ArrayList<>();
        String page = "&limit=5&offset=" + (round * 5 % 500);
        for (String l : locales) {
            out.add("/.rest/delivery/caseStudies?orderBy=publicationDate%20desc&lang=" + l + page);
            out.add("/.rest/delivery/caseStudies?q=social&lang=" + l + page);
            out.add("/.rest/delivery/caseStudies?title%5Blike%5D=%25co%25&lang=" + l + page);
            out.add("/.rest/delivery/organisations?format=geojson&lang=" + l);
            if (study != null) out.add("/.rest/delivery/caseStudies/" + study + "?lang=" + l);
            out.add("/" + l + "/case-studies");
        }
        return out;
    }

    private String firstName(String endpoint) {
        String body = body(get("/.rest/delivery/" + endpoint + "?limit=1&lang=" + locales.get(0)));
        try {
            JsonNode first = JSON.readTree(body).path("results").path(0).path("@name");
            return first.isTextual() ? first.asText() : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private String get(String path) {
        return get.apply("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    private static String body(String response) {
        int i = response == null ? -1 : response.indexOf("\r\n\r\n");
        return i < 0 ? "" : response.substring(i + 4);
    }
}
