package eu.innco.web.delivery;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.security.Actor;
import eu.innco.security.PreviewTokens;
import eu.innco.security.UserAccount;
import eu.innco.security.UserStore;
import eu.innco.web.api.Authentication;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.List;
import java.util.Optional;

/**
 * Authenticates the preview API: a user (HTTP Basic or API token, as for authoring) or a preview
 * token, as {@code Authorization: Bearer innco-preview_...} or {@code ?previewToken=} for links.
 * A preview token opens nothing but GETs under {@code /.rest/preview/}. Passwords and API tokens
 * pass the sign-in throttle (429 while an address must wait).
 */
@Priority(Priorities.AUTHENTICATION)
public final class PreviewAuthentication implements ContainerRequestFilter {
    private final Authentication users;
    private final PreviewTokens tokens;
    private final UserStore accounts;

    public PreviewAuthentication(Authentication users, PreviewTokens tokens, UserStore accounts) {
        this.users = users;
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith(".rest/preview/")) return;
        String header = request.getHeaderString("Authorization");
        boolean previewToken = header != null ? header.regionMatches(true, 0, "Bearer " + PreviewTokens.PREFIX, 0, 7 + PreviewTokens.PREFIX.length())
                : request.getUriInfo().getQueryParameters().containsKey("previewToken");
        if (previewToken && !request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            throw InncoException.forbidden("A preview token can only read.");
        }
        Optional<Actor> actor = viewer(header, request.getUriInfo().getQueryParameters().getFirst("previewToken"));
        if (actor.isEmpty()) {
            throw unauthenticated("Preview needs credentials: HTTP Basic, an API token, or a preview token "
                    + "('Authorization: Bearer innco-preview_...' or '?previewToken=').");
        }
        request.setProperty(Authentication.ACTOR, actor.get());
    }

    /**
     * Who reads working copies with these credentials (the {@code Authorization} header, else a
     * {@code previewToken} parameter): empty when there are none, a 401 when they are not valid.
     * Also what GraphQL asks before it answers from working copies.
     */
    public Optional<Actor> viewer(String header, String previewTokenParameter) {
        String token = header != null && header.regionMatches(true, 0, "Bearer " + PreviewTokens.PREFIX, 0, 7 + PreviewTokens.PREFIX.length())
                ? header.substring(7).trim() : null;
        if (token == null && header == null) token = previewTokenParameter;
        Optional<Actor> actor;
        if (token != null) {
            actor = tokens.verify(token).flatMap(accounts::find).filter(u -> !u.disabled()).map(UserAccount::actor);
            if (actor.isEmpty()) throw unauthenticated("The preview token is not valid: unknown, expired or revoked.");
        } else if (header != null) {
            // a password goes through the sign-in throttle, as on the authoring API
            actor = Optional.of(users.signIn(header));
        } else {
            return Optional.empty();
        }
        return actor;
    }

    private static InncoException unauthenticated(String detail) {
        return new InncoException(ErrorCode.SECURITY_001, "Authentication required", detail, List.of());
    }
}
