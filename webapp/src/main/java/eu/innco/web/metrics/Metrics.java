package eu.innco.web.metrics;

import eu.innco.web.Services;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The server's metrics in one Micrometer registry, read in the Prometheus text format at
 * {@code /.rest/metrics} (see {@link MetricsFilter}). What each metric means is in docs/metrics.md;
 * a metric added here must be added there.
 */
public final class Metrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public Metrics(Services s) {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        Gauge.builder("innco.index.generation", s.delivery, d -> d.generation())
                .description("Generation of the delivery index: it moves at every publication and rebuild").register(registry);
        FunctionCounter.builder("innco.answer.cache.hits", s.deliveryDoors, d -> d.cacheHits())
                .description("Delivery answers served from the answer cache").register(registry);
        FunctionCounter.builder("innco.answer.cache.misses", s.deliveryDoors, d -> d.cacheMisses())
                .description("Delivery answers that had to be made from the index").register(registry);
        Gauge.builder("innco.answer.cache.bytes", s.deliveryDoors, d -> d.cacheBytes()).baseUnit("bytes")
                .description("Bytes held by the delivery answer cache").register(registry);
        Gauge.builder("innco.delivery.queries.waiting", s.deliveryDoors, d -> d.queriesWaiting())
                .description("Delivery lists waiting for their turn to be made from the index").register(registry);
        FunctionCounter.builder("innco.delivery.queries.refused", s.deliveryDoors, d -> d.queriesRefused())
                .description("Delivery lists refused with a 503 because their turn did not come in time").register(registry);
        FunctionCounter.builder("innco.page.cache.hits", s.pageCache, c -> c.hits())
                .description("Portal pages served from the page cache").register(registry);
        FunctionCounter.builder("innco.page.cache.misses", s.pageCache, c -> c.misses())
                .description("Portal pages rendered (not cached, or stale after a publication)").register(registry);
        // after the delivery index in the listeners' order: an event heard here is in the index
        s.publishing.events.subscribe(new PublicationMetrics(registry, "this-server", s.clock));
        s.external.subscribe(new PublicationMetrics(registry, "other-server", s.clock));
        WorkMetrics.bind(s, registry);
        StoreMetrics.bind(s, registry);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
