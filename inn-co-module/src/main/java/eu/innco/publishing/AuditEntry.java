package eu.innco.publishing;

import java.time.Instant;
import java.util.List;

/**
 * One line of the audit log: who did what, when, to which item, in which locales, which version
 * it made, and a short detail (the reason of a refusal, a comment). An action on several items at
 * once (a release) names the release as its item and lists the items it touched in {@code items}.
 */
public record AuditEntry(String id, Instant at, String user, String action, String type, String itemId, String path,
                         List<String> locales, Long version, String detail, List<Item> items) {
    public AuditEntry {
        locales = List.copyOf(locales);
        type = type == null ? "" : type;
        itemId = itemId == null ? "" : itemId;
        path = path == null ? "" : path;
        detail = detail == null ? "" : detail;
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** One item of a many-item action: its type, id, path (empty when not known yet), locales and the version made (or null). */
    public record Item(String type, String id, String path, List<String> locales, Long version) {
        public Item {
            path = path == null ? "" : path;
            locales = List.copyOf(locales);
        }
    }

    /** An entry about an item; the log assigns id and time. */
    public static AuditEntry of(String user, String action, String type, String itemId, String path, List<String> locales,
                                Long version, String detail) {
        return new AuditEntry("", Instant.EPOCH, user, action, type, itemId, path, locales, version, detail, List.of());
    }

    /** The same entry about several items. */
    public AuditEntry withItems(List<Item> list) {
        return new AuditEntry(id, at, user, action, type, itemId, path, locales, version, detail, list);
    }
}
