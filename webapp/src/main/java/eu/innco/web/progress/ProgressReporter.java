package eu.innco.web.progress;

import eu.innco.config.Settings;
import eu.innco.progress.Progress;
import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Shows a long command's progress on its error stream: on a terminal one line redrawn four times a
 * second (done/total, rate, time left); otherwise (a pipe, a file, a CI log) a plain line every
 * {@code INNCO_PROGRESS_SECONDS} (default 5) and a last one at the end, so logs stay readable.
 * Work that cannot count its steps (a backup copied by Oak) is polled through a {@link LongSupplier}.
 */
public final class ProgressReporter implements Progress, AutoCloseable {
    private static final long TERMINAL_MILLIS = 250;

    private final String command;
    private final PrintStream out;
    private final boolean terminal;
    private final ScheduledExecutorService ticker;
    private final AtomicLong done = new AtomicLong();
    private volatile LongSupplier polled;
    private volatile String what;
    private volatile long total = -1;
    private volatile long stageStart = System.nanoTime();
    private boolean closed;

    ProgressReporter(String command, PrintStream out, boolean terminal, long plainMillis) {
        this.command = command;
        this.out = out;
        this.terminal = terminal;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "innco-progress");
            t.setDaemon(true);
            return t;
        });
        long every = terminal ? TERMINAL_MILLIS : Math.max(100, plainMillis);
        ticker.scheduleAtFixedRate(this::show, every, every, TimeUnit.MILLISECONDS);
    }

    /** A reporter for {@code command} writing to {@code err}: redrawn when it is a terminal, plain lines otherwise. */
    public static ProgressReporter start(String command, PrintStream err, Settings settings) {
        long seconds = Math.max(1, settings.getLong("INNCO_PROGRESS_SECONDS", 5));
        return new ProgressReporter(command, err, Terminal.is(err), seconds * 1000);
    }

    /** Shows {@code done} (read at each redraw or line) against {@code total}, for work that reports nothing itself. */
    public void poll(String what, long total, LongSupplier done) {
        stage(what, total);
        this.polled = done;
    }

    @Override
    public void stage(String what, long total) {
        synchronized (this) {
            if (this.what != null) finish(); // the stage that ends keeps its last figures on screen
            this.what = what;
            this.total = total;
            this.polled = null;
            this.done.set(0);
            this.stageStart = System.nanoTime();
        }
    }

    @Override
    public void advance(long steps) {
        done.addAndGet(steps);
    }

    private synchronized void show() {
        if (closed || what == null) return;
        String line = line(false);
        if (terminal) out.print("\r" + line + "\u001b[K");
        else out.println(line);
        out.flush();
    }

    private void finish() {
        String line = line(true);
        out.println(terminal ? "\r" + line + "\u001b[K" : line);
        out.flush();
    }

    private String line(boolean finished) {
        long n = polled == null ? done.get() : Math.max(0, polled.getAsLong());
        long t = total;
        if (finished && polled != null && t >= 0) n = t; // a polled copy may end smaller than its source (compaction)
        return ProgressLine.of(command, what, n, t, (System.nanoTime() - stageStart) / 1e9, finished);
    }

    /** Ends the display: stops the redraws and writes the last stage's final figures on a line of their own. */
    @Override
    public synchronized void close() {
        if (closed) return;
        ticker.shutdownNow();
        if (what != null) finish();
        closed = true;
    }
}
