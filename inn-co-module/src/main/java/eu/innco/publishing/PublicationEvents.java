package eu.innco.publishing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers publication events to the in-process listeners, in order, on the publishing thread: a
 * publish request returns only after the delivery index has the change. A failing listener is
 * logged and does not stop the others.
 */
public final class PublicationEvents {
    private static final Logger LOG = LoggerFactory.getLogger(PublicationEvents.class);
    private final List<PublicationListener> listeners = new CopyOnWriteArrayList<>();

    public void subscribe(PublicationListener l) {
        listeners.add(l);
    }

    void fire(List<PublicationEvent> events) {
        for (PublicationListener l : listeners) {
            if (l instanceof PublicationListener.Batched b && events.size() > 1) {
                try {
                    b.publishedAll(events);
                } catch (RuntimeException ex) {
                    LOG.warn("publication listener {} failed on {} events: {}", l.getClass().getSimpleName(), events.size(), ex.toString());
                }
                continue;
            }
            for (PublicationEvent e : events) {
                try {
                    l.published(e);
                } catch (RuntimeException ex) {
                    LOG.warn("publication listener {} failed on {} {}: {}", l.getClass().getSimpleName(), e.kind(), e.id(), ex.toString());
                }
            }
        }
    }
}
