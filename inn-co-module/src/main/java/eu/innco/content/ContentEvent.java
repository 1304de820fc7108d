package eu.innco.content;

import java.time.Instant;
import java.util.List;

/** Something happened to a working copy; sent to listeners after the change is saved. */
public record ContentEvent(Kind kind, String user, Instant at, String type, String id, String path, List<String> locales) {
    /** What happened. */
    public enum Kind { CREATED, UPDATED, DELETED }

    public ContentEvent {
        locales = List.copyOf(locales);
    }
}
