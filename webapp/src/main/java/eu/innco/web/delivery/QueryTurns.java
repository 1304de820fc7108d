package eu.innco.web.delivery;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.web.Problems;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Delivery lists made from the index take turns: at most {@code slots} at once, the others wait in
 * the order they came. A list is CPU work from start to end (doc values, the JSON bytes), so more of
 * them at once than there are cores only slices each one thinner: with 16 connections on 2 cores,
 * each list shared the CPU with 15 others and every one finished late. In turns, the same work ends
 * in arrival order (issue 18: the list's p99 fell by a quarter to a half, with as many lists served),
 * and a publication or a single item, which never waits here, meets 2 lists on the CPU instead of
 * 16. A list that cannot start within {@code patienceMillis} gets a 503 with Retry-After: the server
 * is overloaded, and holding the connection longer helps neither side.
 */
final class QueryTurns {
    private final Semaphore slots;
    private final long patienceMillis;
    private final LongAdder refused = new LongAdder();

    /** {@code slots} 0: no turns, every list is made at once (as before). */
    QueryTurns(int slots, long patienceMillis) {
        this.slots = slots > 0 ? new Semaphore(slots, true) : null;
        this.patienceMillis = patienceMillis;
    }

    <T> T inTurn(Supplier<T> work) {
        if (slots == null) return work.get();
        if (!turn(slots)) {
            refused.increment();
            throw new Busy();
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    /** The timed acquire keeps the arrival order (an untimed tryAcquire would jump the queue). */
    private boolean turn(Semaphore s) {
        try {
            return s.tryAcquire(patienceMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** For the metrics: lists waiting for their turn now (an estimate, as the queue moves). */
    long waiting() {
        return slots == null ? 0 : slots.getQueueLength();
    }

    /** For the metrics: lists refused with a 503 because their turn did not come in time. */
    long refused() {
        return refused.sum();
    }

    /** The server is making as many lists as it has turns for, and this one waited too long. */
    static final class Busy extends InncoException implements Problems.RetryAfter {
        Busy() {
            super(ErrorCode.DELIVERY_503, "Service unavailable",
                    "The server is busy making other lists and this one could not start in time; retry in 1 s.", List.of());
        }

        @Override
        public long retryAfterSeconds() { return 1; }
    }
}
