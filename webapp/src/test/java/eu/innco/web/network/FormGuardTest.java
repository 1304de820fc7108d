package eu.innco.web.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.innco.repository.ContentRepository;
import eu.innco.repository.RepositoryConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The public forms' guard on a real repository with a clock the test moves. */
class FormGuardTest {
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-06T10:00:00Z");
        @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void a_form_sent_sooner_than_a_person_can_fill_it_or_half_a_day_later_or_to_another_path_is_refused() {
        MovingClock clock = new MovingClock();
        try (ContentRepository repo = ContentRepository.start(RepositoryConfig.memory())) {
            FormGuard guard = new FormGuard(repo, clock, Duration.ofSeconds(5));
            String nonce = FormGuard.token();
            String stamp = guard.stamp("/fr/join", nonce);
            clock.now = clock.now.plusSeconds(2);
            assertEquals(FormGuard.Verdict.TOO_FAST, guard.check("/fr/join", nonce, stamp));
            clock.now = clock.now.plusSeconds(10);
            assertEquals(FormGuard.Verdict.OK, guard.check("/fr/join", nonce, stamp));
            assertEquals(FormGuard.Verdict.FORGED, guard.check("/fr/newsletter", nonce, stamp), "a token of another form");
            assertEquals(FormGuard.Verdict.FORGED, guard.check("/fr/join", FormGuard.token(), stamp), "another nonce");
            String older = (clock.now.toEpochMilli() - 60_000) + stamp.substring(stamp.indexOf('.'));
            assertEquals(FormGuard.Verdict.FORGED, guard.check("/fr/join", nonce, older), "a time stamp changed by the sender");
            assertEquals(FormGuard.Verdict.OK, new FormGuard(repo, clock, Duration.ofSeconds(5)).check("/fr/join", nonce, stamp),
                    "another server of the cluster shares the key");
            clock.now = clock.now.plus(Duration.ofHours(13));
            assertEquals(FormGuard.Verdict.FORGED, guard.check("/fr/join", nonce, stamp));
        }
    }
}
