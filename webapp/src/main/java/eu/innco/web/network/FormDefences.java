package eu.innco.web.network;

import eu.innco.web.Services;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;
import java.util.Optional;

/**
 * The public forms' defences, one set per kind of form: the CSRF token and fill-time stamp
 * ({@code INNCO_JOIN_MIN_FILL_SECONDS}, default 5) and the limit per client address and hour
 * ({@code INNCO_JOIN_PER_IP_PER_HOUR}, default 5). The join form and the newsletter sign-up use them.
 */
public final class FormDefences {
    public final FormGuard guard;
    public final WindowLimit perAddress;

    private FormDefences(FormGuard guard, WindowLimit perAddress) {
        this.guard = guard;
        this.perAddress = perAddress;
    }

    public static FormDefences from(Services services) {
        return new FormDefences(new FormGuard(services.repository, services.clock,
                Duration.ofSeconds(services.config.settings().getInt("INNCO_JOIN_MIN_FILL_SECONDS", 5))),
                new WindowLimit(Math.max(1, services.config.settings().getInt("INNCO_JOIN_PER_IP_PER_HOUR", 5)), Duration.ofHours(1), services.clock));
    }

    /** What the form's token and stamp say, against the form cookie the browser sent. */
    public FormGuard.Verdict check(HttpHeaders headers, String csrf, String stamp) {
        Cookie c = headers.getCookies().get(FormGuard.COOKIE);
        return guard.check(c == null ? null : c.getValue(), csrf, stamp);
    }

    /** The visitor's form token: the one their browser holds, else a new one. */
    public static String csrf(HttpHeaders headers) {
        Cookie c = headers == null ? null : headers.getCookies().get(FormGuard.COOKIE);
        return c != null && c.getValue().matches("[A-Za-z0-9_-]{20,64}") ? c.getValue() : FormGuard.token();
    }

    /** The cookie that carries the form token (HttpOnly, SameSite=Strict). */
    public static NewCookie cookie(String csrf) {
        return new NewCookie.Builder(FormGuard.COOKIE).value(csrf).path("/").httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build();
    }

    /** Counts a form from this key (a client address); empty when it may go on, else how long to wait. */
    public Optional<Duration> limit(String key) {
        return perAddress.attempt(key);
    }
}
