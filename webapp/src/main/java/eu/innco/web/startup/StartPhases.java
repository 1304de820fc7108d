package eu.innco.web.startup;

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

    /** The phases so far, after the time the JVM took before these phases began. */
    public synchronized String summary() {
        long sinceBegan = (System.nanoTime() - began) / 1_000_000;
        // the JVM's own uptime: the OS's start instant of the process counts from a boot time given in whole
        // seconds, which made this figure up to a second too long
        long jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() - sinceBegan;
        return "JVM before the start " + Math.max(0, jvm) + " ms, " + phases + "; in all " + sinceBegan + " ms";
    }
}
