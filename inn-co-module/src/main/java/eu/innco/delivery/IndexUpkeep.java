package eu.innco.delivery;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the delivery index up to date at start and keeps its checkpoint recent. At start: rebuilt
 * when missing or made with other definitions; else kept as it is when nothing changed since a
 * recent checkpoint (a start then writes nothing); else caught up from Oak's diff since its checkpoint
 * (cheap: what was published since); only without a usable checkpoint (an index from before
 * checkpoints, one stopped for longer than their lifetime) are all published items walked and
 * compared, as before. While the server runs, the checkpoint moves on every half minute when
 * something was published, so that the next start has little to look at, even after a crash.
 */
final class IndexUpkeep implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IndexUpkeep.class);
    static final long ADVANCE_SECONDS = 30;

    private final Projector projector;
    private final DeliveryIndex index;
    private final IndexCheckpoints checkpoints;
    private ScheduledExecutorService timer;
    private volatile String atStart = "";

    IndexUpkeep(Projector projector, DeliveryIndex index, IndexCheckpoints checkpoints) {
        this.projector = projector;
        this.index = index;
        this.checkpoints = checkpoints;
    }

    /** The start-up check; logs what it did and how long it took. */
    void atStart() {
        long start = System.nanoTime();
        Outcome done;
        if (!index.fresh() && projector.definitions().equals(index.definitions()) && checkpoints.reusableAtStart()) {
            done = new Outcome("up to date (nothing changed since its checkpoint)", true);
        } else {
            Optional<String> next = checkpoints.take(); // before anything is read: later publications are after it
            done = bringUpTo(next, true);
            if (done.complete()) next.ifPresent(this::recorded);
        }
        atStart = done.what();
        LOG.info("Delivery index {} in {} ms", done.what(), (System.nanoTime() - start) / 1_000_000);
    }

    /** What the start-up check did, in words (for the log and tests). */
    String atStartDid() { return atStart; }

    /** Moves the checkpoint on every {@link #ADVANCE_SECONDS} while the server runs. */
    void startAdvancing() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "innco-index-checkpoint");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::advanceQuietly, ADVANCE_SECONDS, ADVANCE_SECONDS, TimeUnit.SECONDS);
    }

    /** One step: a new checkpoint once everything published since the last one is known to be in the index. */
    synchronized void advance() {
        if (checkpoints.unchangedSinceMatched()) return;
        Optional<String> next = checkpoints.take();
        if (next.isEmpty()) return;
        Outcome done = bringUpTo(next, false);
        if (done.complete()) recorded(next.get());
        else checkpoints.release(next.get());
        LOG.debug("delivery index checkpoint: {}", done.what());
    }

    private void advanceQuietly() {
        try {
            advance();
        } catch (RuntimeException e) {
            LOG.warn("the delivery index checkpoint did not move on: {}", e.toString());
        }
    }

    /** What a step did, and whether the index now holds everything up to the new checkpoint. */
    private record Outcome(String what, boolean complete) {}

    private Outcome bringUpTo(Optional<String> next, boolean starting) {
        if (starting && index.fresh()) return rebuilt("it was missing");
        if (starting && !projector.definitions().equals(index.definitions())) return rebuilt("the definitions changed");
        Optional<List<String[]>> stale = next.flatMap(n -> checkpoints.staleBetween(checkpoints.matched(), n));
        if (stale.isPresent()) {
            // plain workspaces changed by another server (or before a crash): the items embedding their nodes
            next.flatMap(n -> checkpoints.plainChangedBetween(checkpoints.matched(), n)).ifPresent(ws -> ws.forEach(projector::workspaceChanged));
            if (stale.get().isEmpty()) return new Outcome("up to date (checked from its checkpoint)", true);
            projector.updateAll(stale.get());
            // an item that failed to render keeps the old checkpoint, so that the next step tries it again
            boolean complete = checkpoints.staleBetween(checkpoints.matched(), next.get()).map(List::isEmpty).orElse(false);
            return new Outcome("caught up from its checkpoint (" + stale.get().size() + " items rendered again)", complete);
        }
        if (projector.matchesRepository()) return new Outcome("checked against every published item (no usable checkpoint): up to date", true);
        return rebuilt("it was stale");
    }

    private Outcome rebuilt(String why) {
        long docs = projector.rebuild();
        return new Outcome("rebuilt because " + why + " (" + docs + " documents)", true);
    }

    /** {@code reindex}: a rebuild whatever the state, recorded against a checkpoint taken before it; returns the documents. */
    synchronized long rebuild() {
        Optional<String> next = checkpoints.take();
        long docs = projector.rebuild();
        next.ifPresent(this::recorded);
        return docs;
    }

    /** The checkpoint goes into the commit, and only then is the previous one released. */
    private void recorded(String checkpoint) {
        checkpoints.matchedUpTo(checkpoint);
        projector.commit();
        checkpoints.releaseOthers();
    }

    /** Stops advancing, after a last step, so that the next start has nothing to catch up. */
    @Override
    public void close() {
        if (timer != null) {
            timer.shutdown();
            try {
                timer.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            advance();
        } catch (RuntimeException e) { // the repository may be closing too: the next start catches up from the last checkpoint
            LOG.debug("no last delivery index checkpoint: {}", e.toString());
        }
    }
}
