package eu.innco.web.metrics;

import eu.innco.publishing.SchedulingService;
import eu.innco.publishing.webhook.WebhookCounts;
import eu.innco.publishing.webhook.WebhookDefinition;
import eu.innco.publishing.webhook.WebhookDispatcher;
import eu.innco.web.Services;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;

/** Work waiting or done in the background: schedules by state, webhook deliveries, the mail outbox. */
final class WorkMetrics {
    private static final List<String> SCHEDULE_STATES = List.of("pending", "done", "failed", "cancelled");

    private final SchedulingService scheduling;
    /** The states counted at one scrape: the four gauges read them once, not four times. */
    private volatile Map<String, Long> states = Map.of();
    private volatile long statesAt;

    private WorkMetrics(SchedulingService scheduling) {
        this.scheduling = scheduling;
    }

    static void bind(Services s, MeterRegistry registry) {
        WorkMetrics w = new WorkMetrics(s.publishing.scheduling);
        for (String state : SCHEDULE_STATES) {
            // held strongly: a gauge keeps only a weak reference, and nothing else refers to w
            Gauge.builder("innco.schedules", w, x -> x.schedules(state)).tag("state", state).strongReference(true)
                    .description("Schedules in the repository by state (shared by every server of a cluster)").register(registry);
        }
        WebhookDispatcher hooks = s.publishing.webhooks;
        for (WebhookDefinition d : hooks.webhooks()) {
            for (WebhookCounts.Outcome o : List.of(WebhookCounts.Outcome.DELIVERED, WebhookCounts.Outcome.FAILED)) {
                FunctionCounter.builder("innco.webhook.deliveries", hooks.counts, c -> c.count(d.name(), o))
                        .tag("webhook", d.name()).tag("outcome", o.name().toLowerCase())
                        .description("Webhook deliveries that ended: delivered (a 2xx answer) or failed (attempts used up)").register(registry);
            }
            FunctionCounter.builder("innco.webhook.retries", hooks.counts, c -> c.count(d.name(), WebhookCounts.Outcome.RETRYING))
                    .tag("webhook", d.name()).description("Webhook attempts that failed and will be tried again").register(registry);
        }
        Gauge.builder("innco.mail.outbox.waiting", s.outbox, o -> o.waiting())
                .description("Mails in the outbox waiting to be sent or retried").register(registry);
    }

    private double schedules(String state) {
        long now = System.nanoTime();
        if (now - statesAt > 1_000_000_000L) {
            states = scheduling.countByState();
            statesAt = now;
        }
        return states.getOrDefault(state, 0L);
    }
}
