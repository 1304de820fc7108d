package eu.innco.web.network;

import eu.innco.network.Member;
import eu.innco.web.Services;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;

/**
 * The network's doors for portal pages in other packages (the exchange): who the signed-in member
 * is and their session's CSRF token, the anonymous forms' defences (a signed form token and the
 * same-site check, no cookie; {@link FormDefences}), and per-address limits. The same sessions, cookies and keys as the account pages.
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
    private final FormDefences forms;

    public MemberDoor(Services services) {
        this.services = services;
        this.sessions = new MemberSessions(services.repository, services.clock);
        this.forms = FormDefences.instant(services);
    }

    /** The signed-in member (an account not disabled, of an organisation still in the network), if any. */
    public Optional<Signed> member(HttpHeaders headers) {
        Cookie c = headers.getCookies().get(MemberSessions.COOKIE);
        Optional<MemberSessions.Session> s = sessions.find(c == null ? null : c.getValue());
        return s.flatMap(x -> services.network.accounts.member(x.username()))
                .filter(m -> services.users.find(m.username()).filter(u -> !u.disabled()).isPresent())
                .map(m -> new Signed(m, s.get().csrf()));
    }

    /** A fresh anonymous form posting to {@code action} (a path such as {@code /fr/report}). */
    public FormDefences.Issued form(String action) {
        return forms.issue(action);
    }

    /** Whether an anonymous form came back from this site, signed for the path it was sent to. */
    public boolean formOk(HttpHeaders headers, UriInfo uri, String token, String stamp) {
        return forms.check(headers, uri, token, stamp) == FormGuard.Verdict.OK;
    }

    public Limit limit(int max, Duration window) {
        WindowLimit w = new WindowLimit(max, window, services.clock);
        return w::attempt;
    }
}
