package eu.innco.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The exchange's expiry round after midnight: when the next one runs, and that each run schedules the next. */
class AfterMidnightTest {

    @Test
    void the_next_run_is_two_seconds_after_the_coming_utc_midnight() {
        assertEquals(Duration.ofSeconds(3), AfterMidnight.untilNext(Instant.parse("2026-12-06T23:59:59Z")));
        assertEquals(Duration.ofHours(12).plusSeconds(2), AfterMidnight.untilNext(Instant.parse("2026-12-06T12:00:00Z")));
        assertEquals(Duration.ofMillis(3500), AfterMidnight.untilNext(Instant.parse("2026-12-31T23:59:58.5Z")), "over a year's turn");
    }

    @Test
    void just_after_midnight_the_run_of_that_same_night_is_still_ahead() {
        assertEquals(Duration.ofSeconds(2), AfterMidnight.untilNext(Instant.parse("2026-12-07T00:00:00Z")));
        assertEquals(Duration.ofSeconds(1), AfterMidnight.untilNext(Instant.parse("2026-12-07T00:00:01Z")));
    }

    @Test
    void at_the_run_itself_the_next_is_a_day_later() {
        assertEquals(Duration.ofDays(1), AfterMidnight.untilNext(Instant.parse("2026-12-07T00:00:02Z")));
        assertEquals(Duration.ofDays(1).minusMillis(1), AfterMidnight.untilNext(Instant.parse("2026-12-07T00:00:02.001Z")));
    }

    @Test
    void a_run_schedules_the_next_from_the_clock() throws Exception {
        TestClock clock = new TestClock(Instant.parse("2026-12-06T23:59:59.500Z"));
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
        CountDownLatch ran = new CountDownLatch(1);
        try {
            AfterMidnight.schedule(timer, clock, () -> {
                clock.pass(Duration.ofSeconds(3)); // the round runs at 00:00:02.5
                ran.countDown();
            });
            assertEquals(2500, delay(timer), 500, "first run due in 2.5 s");
            assertTrue(ran.await(60, TimeUnit.SECONDS), "the round ran");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (timer.getQueue().isEmpty() && System.nanoTime() < deadline) Thread.sleep(10);
            long next = delay(timer);
            assertTrue(next > Duration.ofHours(23).toMillis() && next <= Duration.ofDays(1).toMillis(), "next run a day later: " + next);
        } finally {
            timer.shutdownNow();
        }
    }

    /** Milliseconds until the timer's one waiting task. */
    private static long delay(ScheduledThreadPoolExecutor timer) {
        return ((Delayed) timer.getQueue().iterator().next()).getDelay(TimeUnit.MILLISECONDS);
    }
}
