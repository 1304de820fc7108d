package eu.innco.concurrent;

import java.util.concurrent.CountDownLatch;

/**
 * Waiting for work that other threads are doing on the caller's behalf. Below every other package
 * of the module (it names none of them), so that any of them may use it.
 */
public final class Latches {
    private Latches() {}

    /**
     * Waits until {@code latch} reaches zero even if the thread is interrupted meanwhile, then sets
     * the thread's interrupt flag again if it was. For waits whose outcome the caller must still
     * have: the work goes on on other threads, and giving up early would leave it without its
     * result (an answer being written, a publication's languages being rendered).
     */
    public static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
