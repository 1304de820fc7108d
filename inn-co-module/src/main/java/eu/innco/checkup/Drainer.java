package eu.innco.checkup;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Runs one drain of a queue at a time on a thread of its own, started when work is queued: the
 * queue's producers only add and {@link #kick}, and then wait for their own outcome. No thread is
 * kept while there is nothing to do (the executor's threads end when idle), so a store that is
 * never closed leaves nothing running behind it.
 */
final class Drainer {
    private final AtomicBoolean running = new AtomicBoolean();
    private final Runnable drain;
    private final BooleanSupplier pending;
    private final Executor threads;

    /** {@code drain} takes everything queued and returns when the queue is empty; {@code pending} says whether it is not. */
    Drainer(Runnable drain, BooleanSupplier pending, Executor threads) {
        this.drain = drain;
        this.pending = pending;
        this.threads = threads;
    }

    /** Called after adding to the queue: starts a drain unless one is running, which will then see the addition. */
    void kick() {
        if (running.compareAndSet(false, true)) threads.execute(this::run);
    }

    private void run() {
        do {
            try {
                drain.run();
            } finally {
                running.set(false);
            }
            // work queued after the drain's last look but before the flag fell found it still set: take it here
        } while (pending.getAsBoolean() && running.compareAndSet(false, true));
    }
}
