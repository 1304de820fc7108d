package eu.innco.web.bench;

import java.util.Locale;
import java.util.Map;

/** The figures of one load run: throughput, latency percentiles and the statuses seen. */
public record LoadReport(int requests, double seconds, long[] sortedNanos, Map<Integer, Long> statuses) {
    public double perSecond() {
        return requests / seconds;
    }

    public double percentileMillis(double p) {
        if (sortedNanos.length == 0) return 0;
        int i = (int) Math.min(sortedNanos.length - 1, Math.ceil(p / 100.0 * sortedNanos.length) - 1);
        return sortedNanos[Math.max(0, i)] / 1e6;
    }

    public String summary() {
        return String.format(Locale.ROOT, "requests %d in %.2f s: %.1f req/s; latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; statuses %s",
                requests, seconds, perSecond(), percentileMillis(50), percentileMillis(90), percentileMillis(99),
                percentileMillis(100), statuses);
    }
}
