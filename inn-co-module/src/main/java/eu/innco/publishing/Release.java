package eu.innco.publishing;

import java.time.Instant;
import java.util.List;

/**
 * A named set of items and locales published together in one commit (a campaign launched in every
 * language at once). States: draft, scheduled, published, failed, cancelled.
 */
public record Release(String id, String name, List<PublishTarget> items, boolean includeReferences, String comment,
                      String state, Instant at, String createdBy, Instant created, Instant publishedAt, String result) {
    public Release {
        items = List.copyOf(items);
    }
}
