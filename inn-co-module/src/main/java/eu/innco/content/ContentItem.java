package eu.innco.content;

import java.time.Instant;
import java.util.Map;

/** The working copy of an item as the authoring side sees it. */
public record ContentItem(String id, String type, String name, String path, ItemValues values,
                          Map<String, LocaleState> locales, Instant created, String createdBy,
                          Instant lastModified, String lastModifiedBy, long revision, String ownerPartner,
                          String sourceLocale) {
    public ContentItem {
        locales = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(locales));
    }

    /** A strong entity tag that changes on every saved change. */
    public String etag() {
        return "\"" + id.substring(0, 8) + "." + revision + "\"";
    }
}
