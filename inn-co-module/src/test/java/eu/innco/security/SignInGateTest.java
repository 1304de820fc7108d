package eu.innco.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sign-in delays on a clock the test moves: they grow, they end, and they belong to one address and user name. */
class SignInGateTest {
    /** A clock that only moves when told to. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-06T08:00:00Z");

        void pass(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void delays_start_after_three_failures_double_each_time_and_stop_at_fifteen_minutes() {
        MovingClock clock = new MovingClock();
        SignInGate gate = new SignInGate(clock);
        for (int i = 0; i < 3; i++) assertEquals(Duration.ZERO, gate.failed("10.0.0.9", "admin"));
        assertEquals(Duration.ofSeconds(2), gate.failed("10.0.0.9", "admin"));
        assertEquals(Optional.of(Duration.ofSeconds(2)), gate.waitFor("10.0.0.9", "admin"));
        clock.pass(Duration.ofSeconds(2));
        assertEquals(Optional.empty(), gate.waitFor("10.0.0.9", "admin"), "a delay ends by itself");
        assertEquals(Duration.ofSeconds(4), gate.failed("10.0.0.9", "admin"));
        Duration last = Duration.ZERO;
        for (int i = 0; i < 20; i++) last = gate.failed("10.0.0.9", "admin");
        assertEquals(Duration.ofMinutes(15), last, "never more than fifteen minutes");
    }

    @Test
    void a_strangers_failures_never_delay_the_user_from_another_address() {
        MovingClock clock = new MovingClock();
        SignInGate gate = new SignInGate(clock);
        for (int i = 0; i < 50; i++) gate.failed("203.0.113.7", "admin");
        assertTrue(gate.waitFor("203.0.113.7", "admin").isPresent());
        assertEquals(Optional.empty(), gate.waitFor("192.0.2.1", "admin"));
    }

    @Test
    void one_address_trying_many_user_names_is_slowed_but_not_a_user_who_signed_in_from_there() {
        MovingClock clock = new MovingClock();
        SignInGate gate = new SignInGate(clock);
        gate.succeeded("198.51.100.4", "colleague");
        for (int i = 0; i < 31; i++) gate.failed("198.51.100.4", "user" + i);
        assertTrue(gate.waitFor("198.51.100.4", "someone-new").isPresent(), "spraying user names is slowed per address");
        assertEquals(Optional.empty(), gate.waitFor("198.51.100.4", "colleague"), "a known colleague is not");
    }

    @Test
    void a_success_forgets_the_failures_and_so_does_a_quiet_day() {
        MovingClock clock = new MovingClock();
        SignInGate gate = new SignInGate(clock);
        for (int i = 0; i < 3; i++) gate.failed("10.0.0.1", "pia");
        gate.succeeded("10.0.0.1", "pia");
        assertEquals(Duration.ZERO, gate.failed("10.0.0.1", "pia"));
        for (int i = 0; i < 5; i++) gate.failed("10.0.0.2", "pia");
        clock.pass(Duration.ofHours(25));
        assertEquals(Duration.ZERO, gate.failed("10.0.0.2", "pia"), "counted from one again");
    }
}
