package eu.innco.publishing.webhook;

import java.net.URI;
import java.util.Set;

/**
 * An outgoing webhook from {@code light-modules/inn-co/webhooks/<name>.yaml}: where to POST which
 * events about which content types, the secret that signs them, and how often to retry.
 */
public record WebhookDefinition(String name, URI url, Set<String> events, Set<String> contentTypes, String secret,
                                boolean enabled, int maxAttempts, String source) {
    public WebhookDefinition {
        events = Set.copyOf(events);
        contentTypes = Set.copyOf(contentTypes);
    }

    public boolean wants(String event, String type) {
        return enabled && events.contains(event) && (contentTypes.isEmpty() || contentTypes.contains(type));
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "WebhookDefinition[" + name + " -> " + url + ", events=" + events + ", types=" + contentTypes + ", enabled=" + enabled + "]";
    }
}
