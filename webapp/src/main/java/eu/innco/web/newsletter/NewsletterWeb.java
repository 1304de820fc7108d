package eu.innco.web.newsletter;

import eu.innco.web.Services;
import eu.innco.web.network.FormDefences;
import eu.innco.web.portal.PortalFrame;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * What the newsletter's portal pages share: the public forms' defences ({@link FormDefences}, the
 * join form's settings), and
 * answers that are never cached (they carry form tokens or a subscriber's data).
 */
public final class NewsletterWeb {
    final Services services;
    final PortalFrame frame;
    final FormDefences forms;

    private NewsletterWeb(Services services, PortalFrame frame) {
        this.services = services;
        this.frame = frame;
        this.forms = FormDefences.from(services);
    }

    public static void register(ResourceConfig rc, Services services, PortalFrame frame) {
        NewsletterWeb web = new NewsletterWeb(services, frame);
        rc.register(new SignUpPages(web));
        rc.register(new SubscriberPages(web));
    }

    void checkLocale(String locale) {
        if (!frame.hasLocale(locale)) throw new NotFoundException();
    }

    /**
     * A page of {@code portal/<template>}, uncached. Its address (a manage link's token) goes as
     * referrer to this site only: a browser then sends the page's real {@code Origin} with its forms,
     * which the same-site check needs where {@code Sec-Fetch-Site} is not sent ("no-referrer" made it "null").
     */
    Response page(String locale, UriInfo uri, int status, String template, String title, Map<String, Object> model) {
        checkLocale(locale);
        return Response.status(status).entity(frame.render(locale, uri, template, title, model))
                .type("text/html; charset=utf-8").header("Cache-Control", "no-store").header("Referrer-Policy", "same-origin").build();
    }

    /** A short page after a step ({@code newsletter.message.<kind>.*}). */
    Response message(String locale, UriInfo uri, int status, String kind) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", kind);
        return page(locale, uri, status, "newsletter-message.ftlh", frame.t(locale, "newsletter.message." + kind + ".title"), m);
    }

    Optional<Response> guard(String locale, UriInfo uri, HttpHeaders headers, String csrf, String stamp) {
        return switch (forms.check(headers, uri, csrf, stamp)) {
            case OK -> Optional.empty();
            case FORGED -> Optional.of(message(locale, uri, 403, "forged"));
            case TOO_FAST -> Optional.of(message(locale, uri, 400, "tooFast"));
        };
    }

    Optional<Response> limit(String locale, UriInfo uri, String key) {
        Optional<Duration> wait = forms.limit(key);
        if (wait.isEmpty()) return Optional.empty();
        Response page = message(locale, uri, 429, "limited");
        return Optional.of(Response.fromResponse(page).header("Retry-After", Long.toString(Math.max(1, wait.get().toSeconds()))).build());
    }
}
