package eu.innco.publishing;

import java.time.Instant;
import java.util.List;

/**
 * A publication to run later: publish or unpublish locales of an item, or a release, at a time.
 * States: pending, done, failed, cancelled; {@code result} says what happened or why it failed.
 * A publication keeps a {@code snapshot} of the item's values as they were when it was scheduled,
 * which is what it publishes (a scheduled release keeps one per item, see {@link ReleaseSnapshots}); {@code newerDraft} tells that the working copy changed since (those
 * changes stay a draft).
 * {@code cancelledFor} is {@code author} when it was cancelled because its author may no longer publish.
 */
public record Schedule(String id, String action, Instant at, String type, String itemId, List<String> locales,
                       String releaseId, String createdBy, Instant created, String state, String result, Instant ranAt,
                       boolean snapshot, boolean newerDraft, String cancelledFor) {
    public Schedule {
        locales = List.copyOf(locales);
        cancelledFor = cancelledFor == null ? "" : cancelledFor;
    }

    Schedule withNewerDraft(boolean newer) {
        return new Schedule(id, action, at, type, itemId, locales, releaseId, createdBy, created, state, result, ranAt, snapshot, newer,
                cancelledFor);
    }

    /** A release's schedule, whose release saved the content it publishes; {@code newer}: a working copy changed since. */
    Schedule asScheduled(boolean newer) {
        return new Schedule(id, action, at, type, itemId, locales, releaseId, createdBy, created, state, result, ranAt, true, newer,
                cancelledFor);
    }

    public boolean isPending() {
        return "pending".equals(state);
    }
}
