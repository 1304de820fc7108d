package eu.innco.web.network;

import eu.innco.network.Member;
import eu.innco.web.Services;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The member signed in on the portal, for pages of other features (the exchange): found by the
 * member's session cookie, with the session's CSRF token that its forms must send back.
 */
public final class SignedInMember {
    private final Services services;
    private final MemberSessions sessions;

    public SignedInMember(Services services) {
        this.services = services;
        this.sessions = new MemberSessions(services.repository, services.clock);
    }

    /** A signed-in member and its session's form token. */
    public record Found(Member member, String csrf) {
        /** Whether a form sent this session's token (compared in constant time). */
        public boolean sent(String token) {
            return token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), csrf.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The member of the request's session, if it is open and its account enabled. */
    public Optional<Found> of(HttpHeaders headers) {
        Cookie c = headers == null ? null : headers.getCookies().get(MemberSessions.COOKIE);
        return sessions.find(c == null ? null : c.getValue()).flatMap(s -> services.network.accounts.member(s.username())
                .filter(m -> services.users.find(m.username()).filter(u -> !u.disabled()).isPresent())
                .map(m -> new Found(m, s.csrf())));
    }
}
