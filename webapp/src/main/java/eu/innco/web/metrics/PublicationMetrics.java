package eu.innco.web.metrics;

import eu.innco.publishing.PublicationEvent;
import eu.innco.publishing.PublicationListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Counts publications and how long after each the delivery index had it (its lag behind the
 * repository). Subscribed after the delivery index, so it hears an event once the index applied it:
 * this server's own publications (origin {@code this-server}) and, on PostgreSQL, those of the
 * other servers ({@code other-server}), which reach this index about a second later.
 */
final class PublicationMetrics implements PublicationListener.Batched {
    private final Counter published;
    private final Counter unpublished;
    private final Timer lag;
    private final Clock clock;

    PublicationMetrics(MeterRegistry registry, String origin, Clock clock) {
        this.clock = clock;
        this.published = counter(registry, origin, "published");
        this.unpublished = counter(registry, origin, "unpublished");
        this.lag = Timer.builder("innco.index.lag").tag("origin", origin).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(5))
                .description("Time from a publication to the delivery index of this server having it").register(registry);
    }

    private static Counter counter(MeterRegistry registry, String origin, String kind) {
        return Counter.builder("innco.publications").tag("origin", origin).tag("kind", kind)
                .description("Items published or unpublished (one per item and action, whatever the number of locales)").register(registry);
    }

    @Override
    public void published(PublicationEvent e) {
        (e.kind() == PublicationEvent.Kind.PUBLISHED ? published : unpublished).increment();
        // an event time ahead of this server's clock (clocks of two servers differ) counts as no lag
        Duration d = Duration.between(e.at(), clock.instant());
        lag.record(d.isNegative() ? Duration.ZERO : d);
    }

    @Override
    public void publishedAll(List<PublicationEvent> events) {
        events.forEach(this::published);
    }
}
