package eu.innco.publishing;

import java.util.List;

/** An item and the locales to publish it in; no locales means every complete locale. */
public record PublishTarget(String type, String id, List<String> locales) {
    public PublishTarget {
        locales = locales == null ? List.of() : List.copyOf(locales);
    }
}
