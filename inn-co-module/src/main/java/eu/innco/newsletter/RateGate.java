package eu.innco.newsletter;

/** Spaces messages evenly at a rate per second (no bursts: a pause does not save up sends for later); 0 lets all through. */
final class RateGate {
    private final long intervalNanos;
    private long next = System.nanoTime();

    RateGate(double perSecond) {
        this.intervalNanos = perSecond <= 0 ? 0 : (long) (1_000_000_000L / perSecond);
    }

    /** Waits for the next slot; false when interrupted (the server is stopping). */
    boolean pass() {
        if (intervalNanos == 0) return true;
        long now = System.nanoTime();
        if (next < now) next = now;
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
