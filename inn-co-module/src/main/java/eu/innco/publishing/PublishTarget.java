package eu.innco.publishing;

import java.util.List;

/**
 * An item and the locales to publish it in; no locales means every complete locale. With a
 * {@code snapshot} (the repository path of values saved earlier), those values are published
 * instead of the working copy: a schedule publishes what was scheduled, not what was written since.
 */
public record PublishTarget(String type, String id, List<String> locales, String snapshot) {
    public PublishTarget {
        locales = locales == null ? List.of() : List.copyOf(locales);
    }

    public PublishTarget(String type, String id, List<String> locales) {
        this(type, id, locales, null);
    }
}
