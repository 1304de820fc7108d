package eu.innco.repository;

import eu.innco.repository.space.DiskSpace;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a fenced segment store and, once the file system has room again ({@link
 * DiskSpace#recoveryBytes}), has the repository reopened from disk, so that writes resume without a
 * restart. A probe is one statvfs call every {@link #PROBE_MILLIS}; nothing runs while the store is
 * not fenced.
 */
final class StoreRecovery implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoreRecovery.class);
    /** Short enough that writes resume within seconds of space being freed. */
    static final long PROBE_MILLIS = 2_000;

    private final DiskSpace space;
    private final BooleanSupplier reopen;
    private final ScheduledExecutorService executor;

    private StoreRecovery(DiskSpace space, BooleanSupplier reopen) {
        this.space = space;
        this.reopen = reopen;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "innco-store-recovery");
            t.setDaemon(true);
            return t;
        });
    }

    static StoreRecovery start(DiskSpace space, BooleanSupplier reopen) {
        StoreRecovery r = new StoreRecovery(space, reopen);
        r.executor.scheduleWithFixedDelay(r::probe, PROBE_MILLIS, PROBE_MILLIS, TimeUnit.MILLISECONDS);
        return r;
    }

    private void probe() {
        if (!space.fenced() || space.usableBytes() < space.recoveryBytes()) return;
        try {
            if (!reopen.getAsBoolean()) LOG.warn("The repository could not be reopened yet: {}", space.problem().orElse("busy"));
        } catch (RuntimeException e) {
            LOG.warn("Reopening the repository failed; tried again in {} ms: {}", PROBE_MILLIS, e.toString());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(35, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
