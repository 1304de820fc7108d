package eu.innco.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The one sequence of a password sign-in, for the editor's form and the API's HTTP Basic alike:
 * wait if the gate says so (before bcrypt, which guesses would otherwise keep busy), check the
 * password, then tell the gate and the audit log how it went.
 */
public final class PasswordSignIn {
    /** Hears failed sign-ins: the user name tried (or empty) and how, for the audit log. */
    @FunctionalInterface
    public interface FailureListener {
        void failed(String attemptedUser, String how);
    }

    /** What came of an attempt: an actor, a refusal, or a wait before the password was even checked. */
    public record Outcome(Optional<Actor> actor, Optional<Duration> delay) {
        public boolean throttled() { return delay.isPresent(); }
    }

    private final Authenticator authenticator;
    private final SignInGate gate;
    private final FailureListener failures;

    public PasswordSignIn(Authenticator authenticator, SignInGate gate, FailureListener failures) {
        this.authenticator = authenticator;
        this.gate = gate;
        this.failures = failures;
    }

    /** Signs in {@code username} from {@code address}; {@code how} words a failure in the audit log. */
    public Outcome attempt(String address, String username, String password, String how) {
        String tried = attempted(username);
        Optional<Duration> wait = gate.waitFor(address, tried);
        if (wait.isPresent()) return new Outcome(Optional.empty(), wait);
        Optional<Actor> actor = authenticator.password(username, password);
        if (actor.isEmpty()) {
            failures.failed(tried, how);
            gate.failed(address, tried);
        } else {
            gate.succeeded(address, tried);
        }
        return new Outcome(actor, Optional.empty());
    }

    /**
     * The user name as the gate counts it and the audit log records it: trimmed, lower-case, at
     * most 64 characters (user names are no longer), so that "Admin " is not a fresh set of guesses.
     */
    public static String attempted(String username) {
        String u = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return u.length() > 64 ? u.substring(0, 64) : u;
    }
}
