package eu.innco.web.network;

import eu.innco.network.Member;
import eu.innco.web.Services;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;

/**
 * The network's doors for portal pages in other packages (the exchange): who the signed-in member
 * is and their session's CSRF token, the anonymous forms' guard (CSRF cookie and signed stamp),
 * and per-address limits. The same sessions, cookies and keys as the account pages.
 */
public final class MemberDoor {
    /** A signed-in member and the session's CSRF token. */
    public record Signed(Member member, String csrf) {
        /** Whether a form's {@code _csrf} is this session's. */
        public boolean sent(String token) {
            return token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), csrf.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A limit of accepted forms per key within a sliding window. */
    public interface Limit {
        /** Counts one; empty when it may go on, else how long to wait. */
        Optional<Duration> attempt(String key);
    }

    private final Services services;
    private final MemberSessions sessions;
    private final FormGuard guard;

    public MemberDoor(Services services) {
        this.services = services;
        this.sessions = new MemberSessions(services.repository, services.clock);
        this.guard = new FormGuard(services.repository, services.clock, Duration.ZERO);
    }

    /** The signed-in member (an account not disabled, of an organisation still in the network), if any. */
    public Optional<Signed> member(HttpHeaders headers) {
        Cookie c = headers.getCookies().get(MemberSessions.COOKIE);
        Optional<MemberSessions.Session> s = sessions.find(c == null ? null : c.getValue());
        return s.flatMap(x -> services.network.accounts.member(x.username()))
                .filter(m -> services.users.find(m.username()).filter(u -> !u.disabled()).isPresent())
                .map(m -> new Signed(m, s.get().csrf()));
    }

    /** The visitor's anonymous form token (theirs, else a new one). */
    public String formToken(HttpHeaders headers) {
        return NetworkWeb.csrf(headers);
    }

    public String stamp(String token) {
        return guard.stamp(token);
    }

    /** Whether an anonymous form came back with the visitor's own token and a good stamp. */
    public boolean formOk(HttpHeaders headers, String token, String stamp) {
        Cookie c = headers.getCookies().get(FormGuard.COOKIE);
        return guard.check(c == null ? null : c.getValue(), token, stamp) == FormGuard.Verdict.OK;
    }

    /** The cookie holding the anonymous form token. */
    public NewCookie formCookie(String token) {
        return new NewCookie.Builder(FormGuard.COOKIE).value(token).path("/").httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build();
    }

    public Limit limit(int max, Duration window) {
        WindowLimit w = new WindowLimit(max, window, services.clock);
        return w::attempt;
    }
}
