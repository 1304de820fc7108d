package eu.innco.exchange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A round run just after each UTC midnight, when a day's last offers and needs pass. Each run
 * schedules the next from the clock again rather than at a fixed rate of a day, so that a server
 * clock set right (or a machine woken from sleep) does not leave the round hours off midnight.
 */
public final class AfterMidnight {
    /** How long after midnight the round runs: past the day's turn, even for a clock a little behind. */
    static final Duration AFTER = Duration.ofSeconds(2);

    private AfterMidnight() {
    }

    /** The time from {@code now} to the next run: midnight UTC plus {@link #AFTER}, today's if still ahead. */
    public static Duration untilNext(Instant now) {
        Instant today = LocalDate.ofInstant(now, ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant().plus(AFTER);
        return Duration.between(now, today.isAfter(now) ? today : today.plus(Duration.ofDays(1)));
    }

    /** Runs {@code round} on {@code timer} just after each midnight of {@code clock}, until the timer shuts down. */
    public static void schedule(ScheduledExecutorService timer, Clock clock, Runnable round) {
        try {
            timer.schedule(() -> {
                try {
                    round.run();
                } finally {
                    schedule(timer, clock, round);
                }
            }, untilNext(clock.instant()).toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shutDown) {
            // the server is stopping: no next round
        }
    }
}
