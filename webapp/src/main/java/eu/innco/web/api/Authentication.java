package eu.innco.web.api;

import eu.innco.ErrorKind;
import eu.innco.InncoException;
import eu.innco.security.Actor;
import eu.innco.security.Authenticator;
import eu.innco.security.SignInGate;
import eu.innco.web.ClientAddress;
import eu.innco.web.Problems;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.PathSegment;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Authenticates requests to the authoring API: HTTP Basic or a bearer API token. Without
 * credentials, or with wrong ones, the request ends with 401; password guesses wait growing
 * delays per address and user name (429), and an API token is checked before any delay, so that
 * right credentials are never refused because of someone else's failures. Changes sent by a browser from another site are refused, so that
 * credentials a browser remembers cannot be used by a page elsewhere.
 */
@Priority(Priorities.AUTHENTICATION)
public final class Authentication implements ContainerRequestFilter {
    public static final String ACTOR = "innco.actor";
    /** How the actor signed in: {@code password} or {@code token}. */
    public static final String METHOD = "innco.auth";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    /** Hears failed sign-ins: the user name tried (or empty) and how. */
    @FunctionalInterface
    public interface FailureListener {
        void failed(String attemptedUser, String how);
    }

    private final Authenticator authenticator;
    private final FailureListener failures;
    private final SignInGate gate;

    public Authentication(Authenticator authenticator, FailureListener failures, SignInGate gate) {
        this.authenticator = authenticator;
        this.failures = failures;
        this.gate = gate;
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
        if (!SAFE.contains(request.getMethod()) && crossSite(request)) {
            throw InncoException.forbidden("Changes are not accepted from a web page of another site (Origin or Sec-Fetch-Site).");
        }
        String header = request.getHeaderString("Authorization");
        if (header == null || header.isBlank()) {
            throw unauthenticated("Send credentials: HTTP Basic with a user name and password, or 'Authorization: Bearer <API token>'.");
        }
        String h = header.trim();
        boolean token = h.regionMatches(true, 0, "Bearer ", 0, 7);
        String user = attemptedUser(h);
        String address = ClientAddress.current();
        // a password check costs bcrypt and can be guessed: it waits first; a 256-bit token cannot be guessed and costs a lookup
        Optional<Duration> wait = token ? Optional.empty() : gate.waitFor(address, user);
        if (wait.isPresent()) throw new TooManyAttempts(wait.get());
        Optional<Actor> actor = resolve(h);
        if (actor.isEmpty()) {
            failures.failed(user, token ? "API token" : "HTTP Basic");
            gate.failed(address, user);
            Optional<Duration> slowed = token ? gate.waitFor(address, user) : Optional.empty();
            if (slowed.isPresent()) throw new TooManyAttempts(slowed.get());
            throw unauthenticated("The credentials are not valid.");
        }
        if (!token) gate.succeeded(address, user);
        request.setProperty(ACTOR, actor.get());
        request.setProperty(METHOD, token ? "token" : "password");
    }

    private static boolean crossSite(ContainerRequestContext request) {
        String fetchSite = request.getHeaderString("Sec-Fetch-Site");
        if (fetchSite != null) return !fetchSite.equals("same-origin") && !fetchSite.equals("none");
        String origin = request.getHeaderString("Origin");
        if (origin == null || origin.isBlank()) return false;
        try {
            URI o = URI.create(origin.trim());
            URI self = request.getUriInfo().getBaseUri();
            return !(o.getHost() != null && o.getHost().equalsIgnoreCase(self.getHost()) && port(o) == port(self));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static int port(URI u) {
        return u.getPort() >= 0 ? u.getPort() : "https".equals(u.getScheme()) ? 443 : 80;
    }

    /** The actor for an Authorization header value, when its credentials are valid. */
    public Optional<Actor> resolve(String header) {
        int space = header.indexOf(' ');
        if (space < 0) return Optional.empty();
        String scheme = header.substring(0, space);
        String value = header.substring(space + 1).trim();
        if (scheme.equalsIgnoreCase("Bearer")) return authenticator.token(value);
        if (!scheme.equalsIgnoreCase("Basic")) return Optional.empty();
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) return Optional.empty();
        return authenticator.password(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    /** The user name of Basic credentials, for throttling and the audit log of failures; never the password. */
    static String attemptedUser(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) return "";
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            String user = colon < 0 ? "" : decoded.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
            return user.length() > 64 ? user.substring(0, 64) : user;
        } catch (IllegalArgumentException e) {
            return "";
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
        return new InncoException(ErrorKind.UNAUTHENTICATED, "INNCO-SECURITY-001", "Authentication required", detail, List.of());
    }

    /** 429 with the time to wait. */
    public static final class TooManyAttempts extends InncoException implements Problems.RetryAfter {
        private final long seconds;

        public TooManyAttempts(Duration wait) {
            super(ErrorKind.TOO_MANY_REQUESTS, "INNCO-SECURITY-429", "Too many attempts",
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
