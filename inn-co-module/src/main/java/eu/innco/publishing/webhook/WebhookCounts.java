package eu.innco.publishing.webhook;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How this server's webhook deliveries ended since its start, per webhook: for the metrics, which
 * read the numbers when scraped. Counted in memory: the delivery log in the repository is the record.
 */
public final class WebhookCounts {
    /** How an attempt ended: the delivery is done, will be tried again, or was given up. */
    public enum Outcome { DELIVERED, RETRYING, FAILED }

    private final Map<String, LongAdder[]> counts = new ConcurrentHashMap<>();

    void add(String webhook, Outcome outcome) {
        counts.computeIfAbsent(webhook, w -> new LongAdder[] {new LongAdder(), new LongAdder(), new LongAdder()})[outcome.ordinal()].increment();
    }

    /** Attempts of {@code webhook} that ended so. */
    public long count(String webhook, Outcome outcome) {
        LongAdder[] c = counts.get(webhook);
        return c == null ? 0 : c[outcome.ordinal()].sum();
    }
}
