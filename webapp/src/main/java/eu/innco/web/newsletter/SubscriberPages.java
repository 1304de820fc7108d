package eu.innco.web.newsletter;

import eu.innco.newsletter.Subscriber;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A subscriber's own pages, opened by the link in every issue (the link is the secret, so these
 * need no cookie and no CSRF token): what is held and the data as JSON, erasure, and unsubscribing,
 * including RFC 8058's one-click POST that mail programs send to the {@code List-Unsubscribe} address.
 */
@Path("{locale: [a-z]{2}}/newsletter")
public final class SubscriberPages {
    private final NewsletterWeb web;

    SubscriberPages(NewsletterWeb web) {
        this.web = web;
    }

    @GET
    @Path("manage")
    public Response manage(@PathParam("locale") String locale, @QueryParam("t") String token, @Context UriInfo uri) {
        web.checkLocale(locale);
        Optional<Subscriber> s = web.services.newsletter.subscriptions.find(token);
        if (s.isEmpty()) return web.message(locale, uri, 404, "unknown");
        Map<String, Object> m = new HashMap<>();
        m.put("token", token);
        m.put("email", s.get().email());
        m.put("language", s.get().locale());
        m.put("topics", s.get().topics());
        m.put("consentVersion", s.get().consentVersion());
        m.put("consentAt", s.get().consentAt().toString());
        return web.page(locale, uri, 200, "newsletter-manage.ftlh", web.frame.t(locale, "newsletter.manage.title"), m);
    }

    /** The subscriber's data as a JSON file. */
    @GET
    @Path("export.json")
    @jakarta.ws.rs.Produces(MediaType.APPLICATION_JSON)
    public Response export(@PathParam("locale") String locale, @QueryParam("t") String token, @Context UriInfo uri) {
        web.checkLocale(locale);
        Optional<Map<String, Object>> data = web.services.newsletter.subscriptions.export(token);
        if (data.isEmpty()) return web.message(locale, uri, 404, "unknown");
        return Response.ok(data.get(), MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")).header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"inn-co-newsletter-data.json\"").build();
    }

    /** A page with one button: a GET never unsubscribes, since mail filters open links to check them. */
    @GET
    @Path("unsubscribe")
    public Response unsubscribePage(@PathParam("locale") String locale, @QueryParam("t") String token, @Context UriInfo uri) {
        web.checkLocale(locale);
        if (web.services.newsletter.subscriptions.find(token).isEmpty()) return web.message(locale, uri, 404, "unknown");
        Map<String, Object> m = new HashMap<>();
        m.put("token", token);
        return web.page(locale, uri, 200, "newsletter-unsubscribe.ftlh", web.frame.t(locale, "newsletter.unsubscribe.title"), m);
    }

    /** RFC 8058 one-click (body {@code List-Unsubscribe=One-Click}) and the page's button alike; answered the same when already gone. */
    @POST
    @Path("unsubscribe")
    public Response unsubscribe(@PathParam("locale") String locale, @QueryParam("t") String token, @Context UriInfo uri) {
        return erased(locale, token, uri, "unsubscribed");
    }

    @POST
    @Path("erase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response erase(@PathParam("locale") String locale, @FormParam("t") String token, @Context UriInfo uri) {
        return erased(locale, token, uri, "erased");
    }

    private Response erased(String locale, String token, UriInfo uri, String kind) {
        web.checkLocale(locale);
        if (web.services.newsletter.subscriptions.find(token).isEmpty() && !web.services.newsletter.subscriptions.genuine(token)) {
            return web.message(locale, uri, 404, "unknown");
        }
        web.services.newsletter.subscriptions.erase(token);
        return web.message(locale, uri, 200, kind);
    }
}
