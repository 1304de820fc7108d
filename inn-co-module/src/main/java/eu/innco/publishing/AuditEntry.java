package eu.innco.publishing;

import java.time.Instant;
import java.util.List;

/**
 * One line of the audit log: who did what, when, to which item, in which locales, which version
 * it made, and a short detail (the reason of a refusal, a comment).
 */
public record AuditEntry(String id, Instant at, String user, String action, String type, String itemId, String path,
                         List<String> locales, Long version, String detail) {
    public AuditEntry {
        locales = List.copyOf(locales);
        type = type == null ? "" : type;
        itemId = itemId == null ? "" : itemId;
        path = path == null ? "" : path;
        detail = detail == null ? "" : detail;
    }

    /** An entry about an item; the log assigns id and time. */
    public static AuditEntry of(String user, String action, String type, String itemId, String path, List<String> locales,
                                Long version, String detail) {
        return new AuditEntry("", Instant.EPOCH, user, action, type, itemId, path, locales, version, detail);
    }
}
