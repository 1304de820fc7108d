package eu.innco.repository;

import javax.jcr.Repository;
import org.apache.jackrabbit.api.JackrabbitRepository;
import org.apache.jackrabbit.oak.Oak;
import org.apache.jackrabbit.oak.spi.security.OpenSecurityProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@link ContentRepository} runs on: a store, the JCR repository on it and its group commit
 * (null when a commit is durable as soon as it returns: memory has nothing to keep, PostgreSQL has
 * its own commit). Replaced whole when a fenced segment store is reopened.
 */
record Backend(OpenedStore store, Repository repository, GroupFlush flushes) {
    private static final Logger LOG = LoggerFactory.getLogger(Backend.class);

    static Backend on(OpenedStore store) {
        try {
            return new Backend(store, jcr(store), store.durableOnCommit() ? null : new GroupFlush(store::flush));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    void close() {
        try {
            if (repository instanceof JackrabbitRepository jr) jr.shutdown();
        } catch (RuntimeException e) {
            LOG.warn("Oak repository shutdown failed: {}", e.toString());
        } finally {
            store.close();
        }
    }

    private static Repository jcr(OpenedStore store) {
        for (int attempt = 1; ; attempt++) {
            try {
                boolean initialised = OakInitialContent.present(store.nodeStore());
                Repository repository = OakInitialContent.jcr(new Oak(store.nodeStore()), initialised).with(new OpenSecurityProvider()).createRepository();
                if (!initialised) OakInitialContent.mark(store.nodeStore());
                return repository;
            } catch (RuntimeException e) {
                // servers starting together on an empty shared store all write Oak's initial content; one that
                // loses sees the winner's after its next background read (a second) and has nothing left to write
                boolean conflict = e.getCause() instanceof org.apache.jackrabbit.oak.api.CommitFailedException c && c.isOfType("State");
                if (store.shared().isEmpty() || !conflict || attempt == 5) throw e;
                try {
                    Thread.sleep(1_500);
                } catch (InterruptedException i) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
