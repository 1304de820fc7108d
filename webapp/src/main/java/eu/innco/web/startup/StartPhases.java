package eu.innco.web.startup;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a start's time goes, phase by phase, for the one log line a start writes when it is ready
 * (issue 18: the start-up goal is measured, so each start says what it spent its time on). Cheap
 * enough to be always on: one clock read per phase.
 */
public final class StartPhases {
    private final long began = System.nanoTime();
    private long last = began;
    private final StringBuilder phases = new StringBuilder();

    /** The phase that ends now, named for the log; the time since the previous one (or the start). */
    public synchronized void done(String phase) {
        long now = System.nanoTime();
        if (phases.length() > 0) phases.append(", ");
        phases.append(phase).append(' ').append((now - last) / 1_000_000).append(" ms");
        last = now;
    }

    /** The phases so far, after the time the JVM took before {@code main} (when the OS tells it). */
    public synchronized String summary() {
        String jvm = ProcessHandle.current().info().startInstant()
                .map(s -> "JVM before the start " + Math.max(0, Duration.between(s, Instant.now()).toMillis()
                        - (System.nanoTime() - began) / 1_000_000) + " ms, ")
                .orElse("");
        return jvm + phases + "; in all " + (System.nanoTime() - began) / 1_000_000 + " ms";
    }
}
