package eu.innco.newsletter;

/**
 * Spaces messages evenly at a rate per second; 0 lets all through. Time lost to a batch's commits
 * or a late wake-up is made up, but never more than one second's worth, so that a pause does not
 * turn into a burst.
 */
final class RateGate {
    private static final long MAX_CATCH_UP_NANOS = 1_000_000_000L;
    private final long intervalNanos;
    private long next = System.nanoTime();

    RateGate(double perSecond) {
        this.intervalNanos = perSecond <= 0 ? 0 : (long) (1_000_000_000L / perSecond);
    }

    /** Waits for the next slot; false when interrupted (the server is stopping). */
    boolean pass() {
        if (intervalNanos == 0) return true;
        long now = System.nanoTime();
        if (now - next > MAX_CATCH_UP_NANOS) next = now - MAX_CATCH_UP_NANOS;
        long wait = next - now;
        next += intervalNanos;
        if (wait <= 0) return true;
        try {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
