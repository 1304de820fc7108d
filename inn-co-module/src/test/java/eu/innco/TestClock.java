package eu.innco;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand, so that "later" costs no waiting and cannot be cut short by a slow machine. */
public final class TestClock extends Clock {
    private volatile Instant now;

    public TestClock(Instant start) {
        this.now = start;
    }

    /** Starts at the real time: for code that also compares with times written by other parts. */
    public static TestClock atNow() {
        return new TestClock(Instant.now());
    }

    public void pass(Duration d) {
        now = now.plus(d);
    }

    @Override public Instant instant() { return now; }

    @Override public ZoneId getZone() { return ZoneOffset.UTC; }

    @Override public Clock withZone(ZoneId zone) { return this; }
}
