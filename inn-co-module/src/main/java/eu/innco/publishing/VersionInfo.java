package eu.innco.publishing;

import java.time.Instant;
import java.util.List;

/** A saved version of an item: its number, who made it when, why (publish, manual, restore), locales, comment. */
public record VersionInfo(long number, Instant created, String createdBy, String action, List<String> locales, String comment) {
    public VersionInfo {
        locales = List.copyOf(locales);
    }
}
