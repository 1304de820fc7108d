package eu.innco.exports;

import java.util.List;

/**
 * Publishes imported items in the locales their files list under {@code innco:publishedLocales}.
 * Called after the import is saved, once per item that asks for it. Publication belongs to the
 * publishing feature, which provides the real implementation.
 */
@FunctionalInterface
public interface ImportPublisher {
    void publish(String type, String id, List<String> locales);

    /** Publishes nothing: imported items stay drafts until the publishing feature is wired in. */
    ImportPublisher NONE = (type, id, locales) -> {};
}
