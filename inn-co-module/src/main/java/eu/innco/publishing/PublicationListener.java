package eu.innco.publishing;

/** Hears publications after they are committed: the delivery index, caches, webhooks. */
@FunctionalInterface
public interface PublicationListener {
    void published(PublicationEvent event);
}
