package eu.innco.publishing.webhook;

import java.time.Instant;
import java.util.List;

/** One event sent (or being sent) to one webhook, with every attempt's outcome. */
public record WebhookDelivery(String id, String webhook, String event, String itemId, Instant created, String state,
                              List<Attempt> attempts) {
    /** One try: when, the HTTP status (0 when no answer) and a short note. */
    public record Attempt(Instant at, int status, String note) {}

    public WebhookDelivery {
        attempts = List.copyOf(attempts);
    }
}
