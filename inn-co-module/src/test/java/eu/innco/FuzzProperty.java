package eu.innco;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The property every fuzz test checks: whatever the input, the code under test either does its
 * work or refuses the input with an {@link InncoException} of a client kind (a 4xx), within a
 * bounded time. Any other exception, a server kind (500, 503) or a hang is a finding. The webapp's
 * fuzz tests use this same class, through the module's test jar.
 */
public final class FuzzProperty {
    /** Far above what any one input takes (milliseconds), far below a fuzzing run: a slower input is a hang. */
    public static final Duration PER_INPUT = Duration.ofSeconds(20);
    private static final Set<ErrorKind> SERVER_KINDS = EnumSet.of(ErrorKind.INTERNAL, ErrorKind.UNAVAILABLE);
    private static ExecutorService worker = newWorker();

    private FuzzProperty() {}

    /** A piece of work under test; any exception it throws is judged. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** Runs the work and fails unless it ends normally or with a client-kind refusal, within {@link #PER_INPUT}. */
    public static void holds(Work work) throws Exception {
        Future<?> f = worker().submit(() -> {
            work.run();
            return null;
        });
        try {
            f.get(PER_INPUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            // the stuck thread is abandoned; the next input gets a fresh one
            synchronized (FuzzProperty.class) {
                worker = newWorker();
            }
            throw new AssertionError("hang: the input took more than " + PER_INPUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InncoException ie && !SERVER_KINDS.contains(ie.kind())) return;
            if (cause instanceof Exception ex) throw ex;
            if (cause instanceof Error err) throw err;
            throw e;
        }
    }

    private static synchronized ExecutorService worker() {
        return worker;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-input");
            t.setDaemon(true);
            return t;
        });
    }
}
