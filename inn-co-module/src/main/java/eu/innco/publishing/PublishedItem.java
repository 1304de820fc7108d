package eu.innco.publishing;

import eu.innco.content.ItemValues;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A published item as the public may see it: only the values of its published locales (and the
 * shared values as of its latest publication), with Magnolia's dates.
 */
public record PublishedItem(String id, String type, String name, String path, ItemValues values, List<String> locales,
                            Map<String, Instant> publishedAt, Instant created, Instant lastModified, Instant lastActivated,
                            long version) {
    public PublishedItem {
        locales = List.copyOf(locales);
        publishedAt = Map.copyOf(publishedAt);
    }

    public boolean isPublishedIn(String locale) {
        return locales.contains(locale);
    }
}
