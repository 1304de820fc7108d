package eu.innco.publishing;

import java.time.Instant;
import java.util.List;

/**
 * A publication to run later: publish or unpublish locales of an item, or a release, at a time.
 * States: pending, done, failed, cancelled; {@code result} says what happened or why it failed.
 */
public record Schedule(String id, String action, Instant at, String type, String itemId, List<String> locales,
                       String releaseId, String createdBy, Instant created, String state, String result, Instant ranAt) {
    public Schedule {
        locales = List.copyOf(locales);
    }

    public boolean isPending() {
        return "pending".equals(state);
    }
}
