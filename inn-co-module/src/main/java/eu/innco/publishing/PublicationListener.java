package eu.innco.publishing;

import java.util.List;

/** Hears publications after they are committed: the delivery index, caches, webhooks. */
@FunctionalInterface
public interface PublicationListener {
    void published(PublicationEvent event);

    /** A listener that takes the events of one commit (a release, an import) together, in order. */
    interface Batched extends PublicationListener {
        void publishedAll(List<PublicationEvent> events);
    }
}
