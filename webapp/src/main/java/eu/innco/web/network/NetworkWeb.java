package eu.innco.web.network;

import eu.innco.web.Services;
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
 * What the network's portal pages share: the services, the portal frame, the anonymous forms'
 * defences ({@link FormDefences}: no cookie), and the ways they answer (never cached: they carry
 * form tokens and personal data).
 *
 * <p>Settings: {@code INNCO_JOIN_MIN_FILL_SECONDS} (default 5) and {@code INNCO_JOIN_PER_IP_PER_HOUR} (default 5).
 */
public final class NetworkWeb {
    final Services services;
    final PortalFrame frame;
    final FormDefences forms;

    private NetworkWeb(Services services, PortalFrame frame) {
        this.services = services;
        this.frame = frame;
        this.forms = FormDefences.from(services);
    }

    public static void register(ResourceConfig rc, Services services, PortalFrame frame) {
        NetworkWeb web = new NetworkWeb(services, frame);
        rc.register(new JoinPages(web));
        MemberPages members = new MemberPages(web);
        rc.register(members);
        rc.register(new AccountPages(web, members));
    }

    void checkLocale(String locale) {
        if (!frame.hasLocale(locale)) throw new NotFoundException();
    }

    /** The join form (mode {@code join} or {@code changes}) with values and messages beside the fields. */
    Response form(String locale, UriInfo uri, HttpHeaders headers, int status, Map<String, Object> values, Map<String, String> errors,
                  String mode, Map<String, String> extra) {
        checkLocale(locale);
        FormDefences.Issued f = forms.issue("/" + locale + (mode.equals("join") ? "/join" : "/join/changes"));
        Map<String, Object> m = JoinModel.of(frame, services.network.validator, locale, values, errors, f.csrf(), f.stamp());
        m.put("mode", mode);
        m.put("tiles", frame.tiles());
        if (extra != null) m.putAll(extra);
        String title = frame.t(locale, mode.equals("join") ? "network.join.title" : "network.changes.title");
        if (!errors.isEmpty()) title = frame.t(locale, "network.form.errorsTitle") + " · " + title;
        return html(status, frame.render(locale, uri, "join.ftlh", title, m));
    }

    /** A short page after a step ({@code network.message.<kind>.*}), with the form for a new link when asked. */
    Response message(String locale, UriInfo uri, HttpHeaders headers, int status, String kind, boolean resendForm) {
        checkLocale(locale);
        Map<String, Object> m = new HashMap<>();
        m.put("kind", kind);
        if (resendForm) forms.issue("/" + locale + "/join/resend").into(m);
        return html(status, frame.render(locale, uri, "join-message.ftlh", frame.t(locale, "network.message." + kind + ".title"), m));
    }

    /** Refuses a forged or too quickly sent form with a page in the visitor's language. */
    Optional<Response> guard(String locale, UriInfo uri, HttpHeaders headers, String csrf, String stamp) {
        return switch (forms.check(headers, uri, csrf, stamp)) {
            case OK -> Optional.empty();
            case FORGED -> Optional.of(message(locale, uri, headers, 403, "forged", false));
            case TOO_FAST -> Optional.of(message(locale, uri, headers, 400, "tooFast", false));
        };
    }

    Optional<Response> limit(String locale, UriInfo uri, String key) {
        Optional<Duration> wait = forms.limit(key);
        if (wait.isEmpty()) return Optional.empty();
        Response page = message(locale, uri, null, 429, "limited", false);
        return Optional.of(Response.fromResponse(page).header("Retry-After", Long.toString(Math.max(1, wait.get().toSeconds()))).build());
    }

    Response see(String locale, String rest) {
        return Response.seeOther(JoinPages.to(locale, rest)).header("Cache-Control", "no-store").build();
    }

    Response html(int status, String html) {
        return Response.status(status).entity(html).type("text/html; charset=utf-8").header("Cache-Control", "no-store").build();
    }
}
