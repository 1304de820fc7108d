package eu.innco.publishing.webhook;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.contenttype.field.Dates;
import eu.innco.publishing.PublicationEvent;
import eu.innco.publishing.PublicationListener;
import eu.innco.repository.ContentRepository;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends publication events to the configured webhooks: a signed JSON POST per event and webhook,
 * retried with exponential backoff (base, 2×, 4×, ... capped at a minute) until a 2xx answer or
 * the webhook's attempt limit. Every attempt is written to the delivery log. Sending happens on a
 * background thread: a slow receiver never slows a publication down.
 */
public final class WebhookDispatcher implements PublicationListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final Duration MAX_DELAY = Duration.ofMinutes(1);

    private final List<WebhookDefinition> webhooks;
    private final DeliveryLog log;
    private final Clock clock;
    private final Duration baseDelay;
    /** How attempts ended, for the metrics. */
    public final WebhookCounts counts = new WebhookCounts();
    /** Made at the first delivery: building a client costs a tenth of a second of start-up, and most servers send none. */
    private HttpClient http;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "innco-webhooks");
        t.setDaemon(true);
        return t;
    });

    public WebhookDispatcher(List<WebhookDefinition> webhooks, ContentRepository repository, Clock clock, Duration baseDelay) {
        this.webhooks = List.copyOf(webhooks);
        this.log = new DeliveryLog(repository);
        this.clock = clock;
        this.baseDelay = baseDelay;
    }

    public List<WebhookDefinition> webhooks() { return webhooks; }

    public List<WebhookDelivery> deliveries(String webhook, int limit) {
        return log.list(webhook, limit);
    }

    @Override
    public void published(PublicationEvent e) {
        for (WebhookDefinition w : webhooks) {
            if (!w.wants(e.eventName(), e.type())) continue;
            String id = UUID.randomUUID().toString();
            String text = body(id, e);
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            log.start(w.name(), id, e.eventName(), e.id(), clock.instant(), text);
            executor.execute(() -> attempt(w, id, e.eventName(), body, 1));
        }
    }

    /**
     * Takes up the deliveries a stop interrupted (pending, or waiting for a retry), one base delay
     * after the start, with the same delivery id and body: receivers see at-least-once delivery.
     */
    public int resume() {
        int resumed = 0;
        for (WebhookDefinition w : webhooks) {
            for (DeliveryLog.Unfinished u : log.unfinished(w.name())) {
                if (u.attempts() >= w.maxAttempts()) continue;
                byte[] body = u.body().getBytes(StandardCharsets.UTF_8);
                executor.schedule(() -> attempt(w, u.id(), u.event(), body, u.attempts() + 1), baseDelay.toMillis(), TimeUnit.MILLISECONDS);
                resumed++;
            }
        }
        if (resumed > 0) LOG.info("webhooks: {} delivery(ies) interrupted by the last stop resumed", resumed);
        return resumed;
    }

    private void attempt(WebhookDefinition w, String id, String event, byte[] body, int n) {
        long timestamp = clock.instant().getEpochSecond();
        int status = 0;
        String note;
        try {
            HttpRequest req = HttpRequest.newBuilder(w.url()).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "INN-CO-Publishing-Webhooks")
                    .header("X-Innco-Event", event)
                    .header("X-Innco-Delivery", id)
                    .header("X-Innco-Timestamp", Long.toString(timestamp))
                    .header("X-Innco-Signature", WebhookSignature.sign(w.secret(), timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            status = client().send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
            note = "HTTP " + status;
        } catch (Exception ex) {
            note = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
            if (ex instanceof InterruptedException) Thread.currentThread().interrupt();
        }
        boolean ok = status >= 200 && status < 300;
        boolean last = n >= w.maxAttempts();
        String state = ok ? "delivered" : last ? "failed" : "retrying";
        counts.add(w.name(), ok ? WebhookCounts.Outcome.DELIVERED : last ? WebhookCounts.Outcome.FAILED : WebhookCounts.Outcome.RETRYING);
        log.attempt(w.name(), id, new WebhookDelivery.Attempt(clock.instant(), status, note), state);
        if (!ok && !last) {
            long delay = Math.min(MAX_DELAY.toMillis(), baseDelay.toMillis() << Math.min(n - 1, 20));
            executor.schedule(() -> attempt(w, id, event, body, n + 1), delay, TimeUnit.MILLISECONDS);
        } else if (!ok) {
            LOG.warn("webhook {} gave up on delivery {} after {} attempts: {}", w.name(), id, n, note);
        }
    }

    private static String body(String id, PublicationEvent e) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", id);
        o.put("event", e.eventName());
        o.put("type", e.type());
        o.put("itemId", e.id());
        o.put("path", e.path());
        o.putArray("locales").addAll(e.locales().stream().map(JsonNodeFactory.instance::textNode).toList());
        o.put("user", e.user());
        o.put("at", Dates.format(e.at()));
        if (e.version() != null) o.put("version", e.version());
        return o.toString();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private synchronized HttpClient client() {
        if (http == null) http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return http;
    }
}
