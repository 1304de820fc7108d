package eu.innco.web.api;

import eu.innco.ErrorKind;
import eu.innco.InncoException;
import eu.innco.security.Actor;
import eu.innco.security.Authenticator;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Authenticates requests to the authoring API: HTTP Basic or a bearer API token. Without
 * credentials, or with wrong ones, the request ends with 401; the actor is kept on the request.
 */
@Priority(Priorities.AUTHENTICATION)
public final class Authentication implements ContainerRequestFilter {
    public static final String ACTOR = "innco.actor";

    /** Hears failed sign-ins: the user name tried (or empty) and how. */
    @FunctionalInterface
    public interface FailureListener {
        void failed(String attemptedUser, String how);
    }

    private final Authenticator authenticator;
    private final FailureListener failures;

    public Authentication(Authenticator authenticator, FailureListener failures) {
        this.authenticator = authenticator;
        this.failures = failures;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith(".rest/authoring/")) return;
        String header = request.getHeaderString("Authorization");
        if (header == null || header.isBlank()) {
            throw unauthenticated("Send credentials: HTTP Basic with a user name and password, or 'Authorization: Bearer <API token>'.");
        }
        Actor actor = resolve(header.trim()).orElseThrow(() -> {
            failures.failed(attemptedUser(header.trim()), header.trim().regionMatches(true, 0, "Bearer", 0, 6) ? "API token" : "HTTP Basic");
            return unauthenticated("The credentials are not valid.");
        });
        request.setProperty(ACTOR, actor);
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

    /** The user name of Basic credentials, for the audit log of failures; never the password. */
    static String attemptedUser(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) return "";
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            String user = colon < 0 ? "" : decoded.substring(0, colon);
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

    static InncoException unauthenticated(String detail) {
        return new InncoException(ErrorKind.UNAUTHENTICATED, "INNCO-SECURITY-001", "Authentication required", detail, List.of());
    }
}
