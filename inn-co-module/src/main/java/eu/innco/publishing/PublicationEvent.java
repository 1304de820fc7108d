package eu.innco.publishing;

import java.time.Instant;
import java.util.List;

/** An item was published or unpublished in some locales; sent to listeners after the commit. */
public record PublicationEvent(Kind kind, String type, String id, String path, List<String> locales, String user,
                               Instant at, Long version) {
    /** What happened. */
    public enum Kind { PUBLISHED, UNPUBLISHED }

    public PublicationEvent {
        locales = List.copyOf(locales);
    }

    /** The event name used by webhooks: {@code published}, {@code unpublished}. */
    public String eventName() {
        return kind == Kind.PUBLISHED ? "published" : "unpublished";
    }
}
