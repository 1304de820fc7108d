package eu.innco.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LatchesTest {
    @Test
    void an_interrupt_neither_ends_the_wait_nor_is_lost() throws InterruptedException {
        CountDownLatch work = new CountDownLatch(1);
        AtomicLong countAtReturn = new AtomicLong(-1);
        AtomicBoolean flagAtReturn = new AtomicBoolean();
        Thread waiter = new Thread(() -> {
            Latches.awaitUninterruptibly(work);
            countAtReturn.set(work.getCount());
            flagAtReturn.set(Thread.currentThread().isInterrupted());
        });
        waiter.start();
        waitUntilWaiting(waiter);
        waiter.interrupt();
        waiter.interrupt();
        waitUntilWaiting(waiter); // back in the wait after the interrupts, not returned
        assertTrue(waiter.isAlive());
        work.countDown();
        waiter.join(TimeUnit.SECONDS.toMillis(30));
        assertFalse(waiter.isAlive());
        assertEquals(0, countAtReturn.get(), "returned only once the latch was open");
        assertTrue(flagAtReturn.get(), "the interrupt is set again for the caller");
    }

    @Test
    void an_open_latch_returns_at_once_with_no_flag_set() {
        Latches.awaitUninterruptibly(new CountDownLatch(0));
        assertFalse(Thread.interrupted());
    }

    private static void waitUntilWaiting(Thread t) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (t.getState() != Thread.State.WAITING || t.isInterrupted()) {
            if (System.nanoTime() > end) throw new AssertionError("the thread never waited: " + t.getState());
            Thread.sleep(5);
        }
    }
}
