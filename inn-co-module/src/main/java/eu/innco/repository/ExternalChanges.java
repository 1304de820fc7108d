package eu.innco.repository;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.jackrabbit.oak.spi.commit.BackgroundObserver;
import org.apache.jackrabbit.oak.spi.commit.CommitInfo;
import org.apache.jackrabbit.oak.spi.commit.Observable;
import org.apache.jackrabbit.oak.spi.state.NodeState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A watch on what other servers commit to a shared store (the PostgreSQL DocumentNodeStore). An Oak
 * observer on the node store, behind a {@link BackgroundObserver} so that no commit waits for it;
 * it passes on only external changes, since this server's own code already reacted to its own
 * commits. The watch starts when it is made, the listener comes later ({@link #start}): what
 * changed in between is handed over in one piece then, so nothing falls between a start-up check
 * and the first event. On other stores it never reports anything.
 */
public final class ExternalChanges implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExternalChanges.class);
    private static final int QUEUE = 1_000;

    private final ExecutorService thread;
    private final BackgroundObserver background;
    private final Closeable registration;
    private final Object lock = new Object();
    /** Until start: the root when the watch was made, and the latest root committed since (guarded by lock). */
    private NodeState baseline;
    private NodeState latest;
    private boolean started;
    private boolean closed;
    // from start on, touched only on the watch's thread
    private NodeState seen;
    private boolean behind;
    private ExternalChangeListener listener;

    private ExternalChanges(Observable store) {
        if (store == null) {
            thread = null;
            background = null;
            registration = null;
            return;
        }
        // after close, Oak's observer still hands its last task over: it has nothing left to do, so it is dropped
        thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "innco-external-changes");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.DiscardPolicy());
        // Oak merges an overflowing queue into one change marked external: at worst a few local
        // commits are looked at twice, never one missed
        background = new BackgroundObserver(this::observed, thread, QUEUE);
        registration = store.addObserver(this::committed);
    }

    /** Watches a store that other servers write to; Oak reports its current root at once: the baseline. */
    static ExternalChanges on(Observable store) {
        return new ExternalChanges(store);
    }

    /** A watch on a store nobody else writes to. */
    static ExternalChanges none() {
        return new ExternalChanges(null);
    }

    /** False on stores that only this server writes to. */
    public boolean active() {
        return background != null;
    }

    /**
     * Hands the listener, on the watch's thread, everything committed since the watch was made (local
     * commits too: nobody was listening to them yet), then every external change as it arrives.
     */
    public void start(ExternalChangeListener l) {
        if (background == null) return;
        synchronized (lock) {
            if (closed) return;
            if (started) throw new IllegalStateException("the watch has a listener already");
            started = true;
            NodeState from = baseline;
            NodeState to = latest;
            // queued before any change forwarded from now on: the thread runs them in order
            thread.execute(() -> {
                listener = l;
                seen = from;
                if (to != from) handOver(from, to);
                else seen = to;
            });
        }
    }

    /** Called by Oak on the committing thread: only bookkeeping before start, a hand-off to the queue after. */
    private void committed(NodeState root, CommitInfo info) {
        synchronized (lock) {
            if (closed) return;
            if (started) {
                background.contentChanged(root, info);
            } else {
                if (baseline == null) baseline = root;
                latest = root;
            }
        }
    }

    private void observed(NodeState root, CommitInfo info) {
        if (info.isExternal() || behind) handOver(seen, root);
        else seen = root;
    }

    private void handOver(NodeState before, NodeState after) {
        try {
            listener.changed(before, after);
            seen = after;
            behind = false;
        } catch (RuntimeException e) {
            behind = true;
            LOG.warn("a change made by another server could not be applied here; retried with the next change: {}", e.toString());
        }
    }

    /** Stops watching; a change being handed over finishes first (for a few seconds at most). */
    @Override
    public void close() {
        if (background == null) return;
        synchronized (lock) {
            if (closed) return;
            closed = true;
        }
        try {
            registration.close();
        } catch (IOException e) {
            LOG.debug("observer not removed: {}", e.toString());
        }
        background.close();
        thread.shutdown();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) LOG.warn("the external change watch did not stop within 5 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
