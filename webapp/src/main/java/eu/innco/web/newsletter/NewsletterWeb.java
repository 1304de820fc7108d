package eu.innco.web.newsletter;

import eu.innco.web.Services;
import eu.innco.web.network.FormGuard;
import eu.innco.web.network.WindowLimit;
import eu.innco.web.portal.PortalFrame;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * What the newsletter's portal pages share: the form guard and per-address limit of the join form
 * (same settings: {@code INNCO_JOIN_MIN_FILL_SECONDS}, {@code INNCO_JOIN_PER_IP_PER_HOUR}), and
 * answers that are never cached (they carry form tokens or a subscriber's data).
 */
public final class NewsletterWeb {
    final Services services;
    final PortalFrame frame;
    final FormGuard guard;
    final WindowLimit perAddress;

    private NewsletterWeb(Services services, PortalFrame frame) {
        this.services = services;
        this.frame = frame;
        this.guard = new FormGuard(services.repository, services.clock,
                Duration.ofSeconds(services.config.settings().getInt("INNCO_JOIN_MIN_FILL_SECONDS", 5)));
        this.perAddress = new WindowLimit(Math.max(1, services.config.settings().getInt("INNCO_JOIN_PER_IP_PER_HOUR", 5)),
                Duration.ofHours(1), services.clock);
    }

    public static void register(ResourceConfig rc, Services services, PortalFrame frame) {
        NewsletterWeb web = new NewsletterWeb(services, frame);
        rc.register(new SignUpPages(web));
        rc.register(new SubscriberPages(web));
    }

    void checkLocale(String locale) {
        if (!frame.hasLocale(locale)) throw new NotFoundException();
    }

    /** A page of {@code portal/<template>}, uncached; {@code csrf} non-null sets the form cookie. */
    Response page(String locale, UriInfo uri, int status, String template, String title, Map<String, Object> model, String csrf) {
        checkLocale(locale);
        Response.ResponseBuilder b = Response.status(status).entity(frame.render(locale, uri, template, title, model))
                .type("text/html; charset=utf-8").header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer");
        if (csrf != null) {
            b.cookie(new NewCookie.Builder(FormGuard.COOKIE).value(csrf).path("/").httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build());
        }
        return b.build();
    }

    /** A short page after a step ({@code newsletter.message.<kind>.*}). */
    Response message(String locale, UriInfo uri, int status, String kind) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", kind);
        return page(locale, uri, status, "newsletter-message.ftlh", frame.t(locale, "newsletter.message." + kind + ".title"), m, null);
    }

    Optional<Response> guard(String locale, UriInfo uri, HttpHeaders headers, String csrf, String stamp) {
        Cookie c = headers.getCookies().get(FormGuard.COOKIE);
        return switch (guard.check(c == null ? null : c.getValue(), csrf, stamp)) {
            case OK -> Optional.empty();
            case FORGED -> Optional.of(message(locale, uri, 403, "forged"));
            case TOO_FAST -> Optional.of(message(locale, uri, 400, "tooFast"));
        };
    }

    Optional<Response> limit(String locale, UriInfo uri, String key) {
        Optional<Duration> wait = perAddress.attempt(key);
        if (wait.isEmpty()) return Optional.empty();
        Response page = message(locale, uri, 429, "limited");
        return Optional.of(Response.fromResponse(page).header("Retry-After", Long.toString(Math.max(1, wait.get().toSeconds()))).build());
    }

    static String csrf(HttpHeaders headers) {
        Cookie c = headers == null ? null : headers.getCookies().get(FormGuard.COOKIE);
        return c != null && c.getValue().matches("[A-Za-z0-9_-]{20,64}") ? c.getValue() : FormGuard.token();
    }
}
