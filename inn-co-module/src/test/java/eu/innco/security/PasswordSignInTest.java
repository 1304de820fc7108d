package eu.innco.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.TestClock;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.RepositoryConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one password sign-in sequence: throttled before the password is checked, failures audited and counted. */
class PasswordSignInTest {
    ContentRepository repo;
    TestClock clock = new TestClock(Instant.parse("2026-12-06T08:00:00Z"));
    List<String> audited = new ArrayList<>();
    PasswordSignIn signIn;

    @BeforeEach
    void start() {
        repo = ContentRepository.start(RepositoryConfig.memory());
        UserStore users = new UserStore(repo);
        users.create("marie", "correct horse battery", Set.of(Role.EDITOR), "org-1", Set.of("fr"), false);
        signIn = new PasswordSignIn(new Authenticator(users, new ApiTokens(repo)), new SignInGate(clock),
                (user, how) -> audited.add(user + " / " + how));
    }

    @AfterEach
    void stop() {
        repo.close();
    }

    @Test
    void the_right_password_signs_in_and_a_wrong_one_is_audited_under_the_name_as_the_gate_counts_it() {
        assertEquals("marie", signIn.attempt("10.0.0.1", "marie", "correct horse battery", "test").actor().orElseThrow().username());
        PasswordSignIn.Outcome wrong = signIn.attempt("10.0.0.1", " Marie ", "wrong password!", "editor sign-in");
        assertTrue(wrong.actor().isEmpty());
        assertFalse(wrong.throttled());
        assertEquals(List.of("marie / editor sign-in"), audited);
    }

    @Test
    void after_repeated_failures_the_next_attempt_waits_even_with_the_right_password_until_the_delay_has_passed() {
        for (int i = 0; i < 4; i++) signIn.attempt("10.0.0.1", "marie", "wrong password!", "test");
        PasswordSignIn.Outcome held = signIn.attempt("10.0.0.1", "marie", "correct horse battery", "test");
        assertTrue(held.throttled(), "the password is not even checked while the address waits");
        assertTrue(held.actor().isEmpty());
        assertEquals(4, audited.size(), "a throttled attempt is not a failure of its own");
        assertTrue(signIn.attempt("10.0.0.2", "marie", "correct horse battery", "test").actor().isPresent(), "another address is not held up");
        clock.pass(held.delay().get());
        assertTrue(signIn.attempt("10.0.0.1", "marie", "correct horse battery", "test").actor().isPresent());
    }

    @Test
    void hashed_secrets_match_only_themselves_and_store_nothing_usable() {
        String secret = HashedSecrets.newSecret();
        String stored = HashedSecrets.hash(secret);
        assertEquals(43, secret.length(), "256 bits, URL-safe base64");
        assertFalse(stored.contains(secret));
        assertTrue(HashedSecrets.matches(secret, stored));
        assertFalse(HashedSecrets.matches(secret + "x", stored));
        assertFalse(HashedSecrets.matches(stored, stored), "the stored form is not itself a key");
        assertTrue(HashedSecrets.newId().matches("[0-9a-f]{12}"));
    }
}
