package eu.innco.web.api;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.security.Actor;
import eu.innco.security.Authenticator;
import eu.innco.security.PasswordSignIn;
import eu.innco.security.SignInGate;
import eu.innco.web.ClientAddress;
import eu.innco.web.Problems;
import eu.innco.web.SameSite;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.PathSegment;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Authenticates requests to the authoring API: HTTP Basic or a bearer API token. Without
 * credentials, or with wrong ones, the request ends with 401; password guesses wait growing
 * delays per address and user name (429), and an API token is checked before any delay, so that
 * right credentials are never refused because of someone else's failures. Changes sent by a browser
 * from another site are refused, by the portal forms' own rule ({@link SameSite}), so that
 * credentials a browser remembers cannot be used by a page elsewhere.
 */
@Priority(Priorities.AUTHENTICATION)
public final class Authentication implements ContainerRequestFilter {
    public static final String ACTOR = "innco.actor";
    /** How the actor signed in: {@code password} or {@code token}. */
    public static final String METHOD = "innco.auth";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final Authenticator authenticator;
    private final PasswordSignIn.FailureListener failures;
    private final SignInGate gate;
    private final PasswordSignIn passwords;
    private final Supplier<String> publicBase;

    /** {@code publicBase}: the site's public address, which a browser's page of this site comes from. */
    public Authentication(Authenticator authenticator, PasswordSignIn.FailureListener failures, SignInGate gate,
                          Supplier<String> publicBase) {
        this.authenticator = authenticator;
        this.publicBase = publicBase;
        this.failures = failures;
        this.gate = gate;
        this.passwords = new PasswordSignIn(authenticator, gate, failures);
    }

    /**
     * True for {@code /.rest/authoring/...} and Magnolia's {@code /.rest/nodes/...} (issue 17), judged
     * on path segments so that matrix parameters change nothing.
     */
    public static boolean isAuthoring(ContainerRequestContext request) {
        List<PathSegment> seg = request.getUriInfo().getPathSegments();
        return seg.size() >= 2 && seg.get(0).getPath().equals(".rest")
                && (seg.get(1).getPath().equals("authoring") || seg.get(1).getPath().equals("nodes"));
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!isAuthoring(request)) return;
        if (!SAFE.contains(request.getMethod()) && !SameSite.sent(request, publicBase.get())) {
            throw InncoException.forbidden("Changes are not accepted from a web page of another site (Origin or Sec-Fetch-Site).");
        }
        String header = request.getHeaderString("Authorization");
        if (header == null || header.isBlank()) {
            throw unauthenticated("Send credentials: HTTP Basic with a user name and password, or 'Authorization: Bearer <API token>'.");
        }
        request.setProperty(ACTOR, signIn(header));
        request.setProperty(METHOD, header.trim().regionMatches(true, 0, "Bearer ", 0, 7) ? "token" : "password");
    }

    /**
     * The actor for an {@code Authorization} header value (HTTP Basic or a bearer API token), through
     * the sign-in throttle: 401 when the credentials are not valid, 429 while this address must wait.
     */
    public Actor signIn(String header) {
        String h = header.trim();
        return (h.regionMatches(true, 0, "Bearer ", 0, 7) ? token(h.substring(7).trim()) : basic(h)).get();
    }

    /** HTTP Basic: the sign-in sequence every password goes through, editor form included. */
    private Optional<Actor> basic(String header) {
        Optional<String[]> credentials = credentials(header);
        String user = credentials.map(c -> c[0]).orElse("");
        PasswordSignIn.Outcome outcome = passwords.attempt(ClientAddress.current(), user,
                credentials.map(c -> c[1]).orElse(null), "HTTP Basic");
        if (outcome.throttled()) throw new TooManyAttempts(outcome.delay().get());
        if (outcome.actor().isEmpty()) throw unauthenticated("The credentials are not valid.");
        return outcome.actor();
    }

    /**
     * A bearer API token: 256 random bits cannot be guessed and cost a lookup, so they do not wait
     * first; failures still count, so that an address that keeps trying is slowed all the same.
     */
    private Optional<Actor> token(String value) {
        Optional<Actor> actor = authenticator.token(value);
        if (actor.isPresent()) return actor;
        String address = ClientAddress.current();
        failures.failed("", "API token");
        gate.failed(address, "");
        Optional<Duration> slowed = gate.waitFor(address, "");
        if (slowed.isPresent()) throw new TooManyAttempts(slowed.get());
        throw unauthenticated("The credentials are not valid.");
    }

    /** User name and password of HTTP Basic credentials, when the header holds any. */
    static Optional<String[]> credentials(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) return Optional.empty();
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static Actor actor(ContainerRequestContext request) {
        Object a = request.getProperty(ACTOR);
        if (a instanceof Actor actor) return actor;
        throw unauthenticated("Authentication is required.");
    }

    /** True when the request was authenticated with a user's password (not an API token). */
    public static boolean byPassword(ContainerRequestContext request) {
        return "password".equals(request.getProperty(METHOD));
    }

    static InncoException unauthenticated(String detail) {
        return new InncoException(ErrorCode.SECURITY_001, "Authentication required", detail, List.of());
    }

    /** 429 with the time to wait. */
    public static final class TooManyAttempts extends InncoException implements Problems.RetryAfter {
        private final long seconds;

        public TooManyAttempts(Duration wait) {
            super(ErrorCode.SECURITY_429, "Too many attempts",
                    "Too many failed sign-ins from this address; try again in " + seconds(wait) + " seconds.", List.of());
            this.seconds = seconds(wait);
        }

        /** Whole seconds, rounded up: a client that waits exactly this long is let through. */
        public static long seconds(Duration wait) {
            return Math.max(1, (wait.toMillis() + 999) / 1000);
        }

        @Override
        public long retryAfterSeconds() {
            return seconds;
        }
    }
}
