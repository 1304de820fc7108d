package eu.innco.web.newsletter;

import eu.innco.network.Joining.LinkState;
import eu.innco.newsletter.Newsletter;
import eu.innco.newsletter.Topic;
import eu.innco.web.ClientAddress;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code /{locale}/newsletter}: the sign-up form (address, topics, consent), the page after it, and
 * the confirmation link of the double opt-in. Spam defence as on the join form: a honeypot, a
 * minimum fill time, a limit per client address, a signed form token and the same-site check (no cookie).
 */
@Path("{locale: [a-z]{2}}/newsletter")
public final class SignUpPages {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private final NewsletterWeb web;

    SignUpPages(NewsletterWeb web) {
        this.web = web;
    }

    @GET
    public Response form(@PathParam("locale") String locale, @Context UriInfo uri, @Context HttpHeaders headers) {
        return form(locale, uri, headers, 200, "", List.of(), false, Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response subscribe(@PathParam("locale") String locale, @Context UriInfo uri, @Context HttpHeaders headers,
                              MultivaluedMap<String, String> form) {
        web.checkLocale(locale);
        Optional<Response> refused = web.guard(locale, uri, headers, form.getFirst("_csrf"), form.getFirst("_stamp"));
        if (refused.isPresent()) return refused.get();
        if (!blank(form.getFirst("homepage"))) return see(locale, "newsletter/sent"); // a robot learns nothing
        String email = form.getFirst("email") == null ? "" : form.getFirst("email").strip();
        List<String> topics = new ArrayList<>();
        for (String t : form.getOrDefault("topics", List.of())) if (Topic.of(t).isPresent() && !topics.contains(t)) topics.add(t);
        boolean consent = "yes".equals(form.getFirst("consent"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) errors.put("email", web.frame.t(locale, "newsletter.error.email"));
        if (topics.isEmpty()) errors.put("topics", web.frame.t(locale, "newsletter.error.topics"));
        if (!consent) errors.put("consent", web.frame.t(locale, "newsletter.error.consent"));
        if (!errors.isEmpty()) return form(locale, uri, headers, 400, email, topics, consent, errors);
        Optional<Response> limited = web.limit(locale, uri, "newsletter:" + ClientAddress.current());
        if (limited.isPresent()) return limited.get();
        String base = web.frame.base(uri) + "/" + locale + "/newsletter/";
        web.services.newsletter.subscriptions.subscribe(email, locale, topics, Newsletter.CONSENT_VERSION, base + "confirm?t=", base + "manage?t=");
        return see(locale, "newsletter/sent");
    }

    @GET
    @Path("sent")
    public Response sent(@PathParam("locale") String locale, @Context UriInfo uri) {
        return web.message(locale, uri, 200, "sent");
    }

    @GET
    @Path("confirm")
    public Response confirm(@PathParam("locale") String locale, @QueryParam("t") String token, @Context UriInfo uri) {
        web.checkLocale(locale);
        LinkState state = web.services.newsletter.subscriptions.confirm(token);
        return switch (state) {
            case OK -> web.message(locale, uri, 200, "confirmed");
            case EXPIRED -> web.message(locale, uri, 410, "expired");
            case INVALID -> web.message(locale, uri, 404, "invalid");
        };
    }

    private Response form(String locale, UriInfo uri, HttpHeaders headers, int status, String email, List<String> chosen, boolean consent,
                          Map<String, String> errors) {
        web.checkLocale(locale);
        Map<String, Object> m = web.forms.issue("/" + locale + "/newsletter").into(new HashMap<>());
        m.put("email", email);
        m.put("chosen", chosen);
        m.put("consent", consent);
        m.put("errors", errors);
        m.put("topics", Topic.keys());
        m.put("consentVersion", Newsletter.CONSENT_VERSION);
        String title = web.frame.t(locale, "newsletter.title");
        if (!errors.isEmpty()) title = web.frame.t(locale, "network.form.errorsTitle") + " · " + title;
        return web.page(locale, uri, status, "newsletter.ftlh", title, m);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static Response see(String locale, String rest) {
        return Response.seeOther(URI.create("/" + locale + "/" + rest)).header("Cache-Control", "no-store").build();
    }
}
