package eu.innco.reach;

import eu.innco.repository.ContentRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reach without tracking people: reads counted in memory on the request path, written to the
 * repository off it every {@code flushSeconds} (and at stop), read back summed over the servers.
 * A flush that fails (a conflict with another server creating the same day) keeps its counts for
 * the next one.
 */
public final class Reach implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Reach.class);
    public final ReachCounter counter;
    public final ReachStore store;
    public final ShareLinks links;
    private final Map<LocalDate, Map<ReachKey, Long>> pending = new HashMap<>();
    private final ScheduledExecutorService flusher;

    public Reach(ContentRepository repository, Clock clock, int flushSeconds, int maxKeys) {
        this.counter = new ReachCounter(clock, maxKeys);
        this.store = new ReachStore(repository, "w-" + UUID.randomUUID());
        this.links = new ShareLinks(repository);
        this.flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "innco-reach-flush");
            t.setDaemon(true);
            return t;
        });
        flusher.scheduleWithFixedDelay(this::flushQuietly, flushSeconds, flushSeconds, TimeUnit.SECONDS);
    }

    /** Writes what was counted since the last flush. */
    public synchronized void flush() {
        counter.drain().forEach((day, keys) -> {
            Map<ReachKey, Long> p = pending.computeIfAbsent(day, d -> new HashMap<>());
            keys.forEach((k, n) -> p.merge(k, n, Long::sum));
        });
        if (pending.isEmpty()) return;
        store.add(pending);
        pending.clear();
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.warn("reach counts not written yet, kept for the next flush: {}", e.toString());
        }
    }

    /** The summed counts of the days from {@code from} to {@code to}, this server's unwritten ones included. */
    public List<ReachRow> rows(LocalDate from, LocalDate to) {
        flushQuietly();
        return store.read(from, to);
    }

    @Override
    public void close() {
        flusher.shutdownNow();
        // a conflict with another server's flush is retried a few times before the counts are given up
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                flush();
                return;
            } catch (RuntimeException e) {
                if (attempt == 4) LOG.warn("reach counts lost at stop: {}", e.toString());
            }
        }
    }
}
