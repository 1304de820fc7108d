package eu.innco.web.network;

import eu.innco.web.SameSite;
import eu.innco.web.Services;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The defences of the portal's anonymous forms, which set no cookie: a signed form token bound to
 * the path the form posts to ({@link FormGuard}), the browser's word that the post comes from this
 * site ({@link SameSite}), a fill time ({@code INNCO_JOIN_MIN_FILL_SECONDS}, default 5, for the
 * join form and the newsletter sign-up) and a limit per client address and hour
 * ({@code INNCO_JOIN_PER_IP_PER_HOUR}, default 5). A signed-in member's forms use the session's
 * token instead (see docs/decisions.md).
 */
public final class FormDefences {
    /** A form's hidden fields: the nonce ({@code _csrf}) and the signed stamp ({@code _stamp}). */
    public record Issued(String csrf, String stamp) {
        /** Puts them in a page's model as {@code csrf} and {@code stamp}. */
        public Map<String, Object> into(Map<String, Object> model) {
            model.put("csrf", csrf);
            model.put("stamp", stamp);
            return model;
        }
    }

    private final FormGuard guard;
    private final WindowLimit perAddress;
    private final Supplier<String> publicBase;

    private FormDefences(FormGuard guard, WindowLimit perAddress, Supplier<String> publicBase) {
        this.guard = guard;
        this.perAddress = perAddress;
        this.publicBase = publicBase;
    }

    /** The join form's and the sign-up's defences, with the minimum fill time. */
    public static FormDefences from(Services services) {
        return of(services, Duration.ofSeconds(services.config.settings().getInt("INNCO_JOIN_MIN_FILL_SECONDS", 5)));
    }

    /** Without a fill time: sign-in (a password manager fills it at once), reports and replies. */
    public static FormDefences instant(Services services) {
        return of(services, Duration.ZERO);
    }

    private static FormDefences of(Services services, Duration minimumFill) {
        return new FormDefences(new FormGuard(services.repository, services.clock, minimumFill),
                new WindowLimit(Math.max(1, services.config.settings().getInt("INNCO_JOIN_PER_IP_PER_HOUR", 5)), Duration.ofHours(1), services.clock),
                services.publicAddress::base);
    }

    /** A fresh form that posts to {@code action}, a path such as {@code /fr/join}. */
    public Issued issue(String action) {
        String nonce = FormGuard.token();
        return new Issued(nonce, guard.stamp(action, nonce));
    }

    /** What a post's nonce and stamp say, for the path it came to, after the same-site check. */
    public FormGuard.Verdict check(HttpHeaders headers, UriInfo uri, String csrf, String stamp) {
        if (!SameSite.sent(headers, uri, publicBase.get())) return FormGuard.Verdict.FORGED;
        return guard.check(path(uri), csrf, stamp);
    }

    /** The request's path from the site's root, as a form's action names it. */
    static String path(UriInfo uri) {
        String p = uri.getPath();
        return p.startsWith("/") ? p : "/" + p;
    }

    /** Counts a form from this key (a client address); empty when it may go on, else how long to wait. */
    public Optional<Duration> limit(String key) {
        return perAddress.attempt(key);
    }
}
