package eu.innco.publishing;

import eu.innco.repository.ContentRepository;
import eu.innco.repository.ExternalChanges;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jackrabbit.oak.spi.state.NodeState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What other servers of a cluster (the PostgreSQL store) publish and unpublish, as publication events
 * for this server's own listeners: its delivery index and whatever else keeps answers derived from
 * published content. Webhooks must not subscribe: the server that published has sent them. Events
 * come on a background thread about a second after the other server's commit (Oak's background
 * read); on a store no other server uses there are none.
 */
public final class ExternalPublications implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExternalPublications.class);

    private final ExternalChanges changes;
    private final Clock clock;
    private final List<PublicationListener> listeners = new CopyOnWriteArrayList<>();

    private ExternalPublications(ExternalChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Starts watching now, before the listeners exist: make it before the delivery index checks
     * itself against the repository, so that a publication landing during that check is not lost.
     */
    public static ExternalPublications watch(ContentRepository repository, Clock clock) {
        return new ExternalPublications(repository.watchExternalChanges(), clock);
    }

    public void subscribe(PublicationListener l) {
        listeners.add(l);
    }

    /** Delivers what changed since the watch was made, then each external change as it comes. */
    public void start() {
        changes.start(this::changed);
    }

    /** False on a store no other server writes to. */
    public boolean active() {
        return changes.active();
    }

    private void changed(NodeState before, NodeState after) {
        for (PublicationEvent e : LiveTreeDiff.between(before, after, clock.instant())) {
            LOG.debug("{} on another server: {} {} {}", e.eventName(), e.type(), e.id(), e.locales());
            for (PublicationListener l : listeners) {
                try {
                    l.published(e);
                } catch (RuntimeException ex) {
                    LOG.warn("publication listener {} failed on {} {} made on another server: {}", l.getClass().getSimpleName(),
                            e.kind(), e.id(), ex.toString());
                }
            }
        }
    }

    @Override
    public void close() {
        changes.close();
    }
}
