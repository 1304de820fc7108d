package eu.innco.web.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small closed-loop HTTP load generator: C connections each send requests one after another
 * until N requests are done (or a duration ends), then latency percentiles and throughput are
 * reported. Used by the benchmarks in docs/benchmarks.md; {@code {n}} in a body or path is
 * replaced by the request's sequence number so that every created item is distinct.
 */
public final class LoadGenerator {
    private final LoadOptions options;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong sequence = new AtomicLong();
    private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    private volatile boolean warming;

    public LoadGenerator(LoadOptions options) {
        this.options = options;
    }

    /** Runs the load and returns the report. */
    public LoadReport run() throws InterruptedException {
        if (options.warmupSeconds() > 0) {
            warming = true;
            runPhase(System.nanoTime() + options.warmupSeconds() * 1_000_000_000L, Long.MAX_VALUE);
            warming = false;
            statuses.clear();
        }
        long deadline = options.durationSeconds() > 0 ? System.nanoTime() + options.durationSeconds() * 1_000_000_000L : Long.MAX_VALUE;
        long start = System.nanoTime();
        List<long[]> latencies = runPhase(deadline, options.requests() > 0 ? options.requests() : Long.MAX_VALUE);
        double seconds = (System.nanoTime() - start) / 1e9;
        int total = latencies.stream().mapToInt(a -> (int) a[0]).sum();
        long[] all = new long[total];
        int k = 0;
        for (long[] l : latencies) for (int i = 1; i <= l[0]; i++) all[k++] = l[i];
        Arrays.sort(all);
        Map<Integer, Long> counts = new TreeMap<>();
        statuses.forEach((s, c) -> counts.put(s, c.get()));
        return new LoadReport(total, seconds, all, counts);
    }

    private List<long[]> runPhase(long deadline, long maxRequests) throws InterruptedException {
        AtomicLong issued = new AtomicLong();
        List<long[]> results = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < options.connections(); c++) {
            // room for every latency: 4 million in all shared by the connections (many connections must not take gigabytes)
            long room = Math.max(10_000, 4_000_000 / options.connections());
            long[] lat = new long[1 + (int) Math.min(maxRequests == Long.MAX_VALUE ? room : maxRequests, room)];
            results.add(lat);
            Thread t = new Thread(() -> loop(lat, issued, maxRequests, deadline), "loadgen-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        return results;
    }

    private void loop(long[] lat, AtomicLong issued, long maxRequests, long deadline) {
        while (System.nanoTime() < deadline && issued.incrementAndGet() <= maxRequests && lat[0] < lat.length - 1) {
            long n = sequence.incrementAndGet();
            HttpRequest request = request(n);
            long t0 = System.nanoTime();
            int status;
            try {
                status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (Exception e) {
                status = -1;
            }
            lat[(int) ++lat[0]] = System.nanoTime() - t0;
            statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
        }
    }

    private static final java.util.regex.Pattern PADDED = java.util.regex.Pattern.compile("\\{n:(\\d{1,2})}");

    /** {@code {n}} becomes the sequence number, {@code {n:W}} the same zero-padded to W digits (a fixed-length token). */
    static String numbered(String text, long n) {
        String plain = text.replace("{n}", Long.toString(n));
        return PADDED.matcher(plain).replaceAll(m -> String.format("%0" + m.group(1) + "d", n));
    }

    private HttpRequest request(long n) {
        if (warming && options.warmupPath() != null) {
            return HttpRequest.newBuilder(URI.create(options.baseUrl() + options.warmupPath())).timeout(Duration.ofSeconds(30)).GET().build();
        }
        List<String> paths = options.paths();
        String path = numbered(paths.get((int) (n % paths.size())), n);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(options.baseUrl() + path)).timeout(Duration.ofSeconds(30));
        options.headers().forEach(b::header);
        if (options.body() == null) b.GET();
        else b.method(options.method(), HttpRequest.BodyPublishers.ofString(numbered(options.body(), n)));
        return b.build();
    }
}
