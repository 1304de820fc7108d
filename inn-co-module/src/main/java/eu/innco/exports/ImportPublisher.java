package eu.innco.exports;

import eu.innco.security.Actor;
import java.util.List;

/**
 * Publishes imported items in the locales their files list under {@code innco:publishedLocales}.
 * Called once after the import is saved, with every item that asks for it, so that items referring
 * to each other are published together (all or nothing).
 */
@FunctionalInterface
public interface ImportPublisher {
    /** One item to publish and its locales. */
    record Request(String type, String id, List<String> locales) {}

    void publish(Actor actor, List<Request> requests);

    /** Publishes nothing: imported items stay drafts. */
    ImportPublisher NONE = (actor, requests) -> {};
}
