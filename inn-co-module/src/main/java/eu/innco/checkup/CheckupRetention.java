package eu.innco.checkup;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How long a check-up that nobody answered is kept ({@code INNCO_CHECKUP_UNUSED_DAYS}, 30 days by
 * default): the sweep runs when a check-up is created, at most once an hour, so an idle server does
 * no work and a busy one does little.
 */
public final class CheckupRetention {
    private static final Duration EVERY = Duration.ofHours(1);
    private final Duration unused;
    private final AtomicReference<Instant> last = new AtomicReference<>(Instant.EPOCH);

    public CheckupRetention(Duration unused) {
        this.unused = unused;
    }

    public Duration unused() {
        return unused;
    }

    void sweepIfDue(CheckupStore store) {
        Instant now = store.clock().instant();
        Instant previous = last.get();
        if (previous.plus(EVERY).isAfter(now) || !last.compareAndSet(previous, now)) return;
        store.deleteUnusedBefore(now.minus(unused));
    }
}
