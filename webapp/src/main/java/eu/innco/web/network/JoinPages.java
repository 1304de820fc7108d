package eu.innco.web.network;

import eu.innco.network.Application;
import eu.innco.network.Joining;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

/**
 * {@code /{locale}/join}: the application form, the verification link, a new link for an expired
 * one, the form for changes a moderator asked for, and the terms. Spam defence: a honeypot field,
 * a minimum fill time, a limit per client address; nothing from a third party.
 */
@Path("{locale: [a-z]{2}}/join")
public final class JoinPages {
    private final NetworkWeb web;

    JoinPages(NetworkWeb web) {
        this.web = web;
    }

    @GET
    public Response form(@PathParam("locale") String locale, @Context UriInfo uri, @Context HttpHeaders headers) {
        return web.form(locale, uri, headers, 200, new LinkedHashMap<>(), Map.of(), "join", null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response apply(@PathParam("locale") String locale, @Context UriInfo uri, @Context HttpHeaders headers, FormDataMultiPart multipart) {
        web.checkLocale(locale);
        JoinForm f = JoinForm.read(multipart, web.services.assets.renditions().limit());
        Optional<Response> refused = web.guard(locale, uri, headers, JoinForm.one(multipart, "_csrf"), JoinForm.one(multipart, "_stamp"));
        if (refused.isPresent()) return refused.get();
        if (f.honeypot) return web.see(locale, "join/sent"); // answered as a success, so that the robot learns nothing
        Map<String, String> errors = web.services.network.validator.check(f.fields, f.termsAccepted);
        if (f.logoError != null) errors.put("logo", f.logoError);
        if (!errors.isEmpty()) return web.form(locale, uri, headers, 400, f.values, errors, "join", null);
        Optional<Response> limited = web.limit(locale, uri, "apply:" + ClientAddress.current());
        if (limited.isPresent()) return limited.get();
        web.services.network.joining.apply(f.fields, f.logo, locale, Terms.VERSION, web.frame.base(uri) + "/" + locale + "/join/confirm?t=");
        return web.see(locale, "join/sent");
    }

    @GET
    @Path("sent")
    public Response sent(@PathParam("locale") String locale, @Context UriInfo uri, @Context HttpHeaders headers) {
        return web.message(locale, uri, headers, 200, "sent", false);
    }

    @GET
    @Path("confirm")
    public Response confirm(@PathParam("locale") String locale, @QueryParam("t") String token, @Context UriInfo uri, @Context HttpHeaders headers) {
        web.checkLocale(locale);
        Joining.LinkState state = web.services.network.joining.verify(token);
        return switch (state) {
            case OK -> web.message(locale, uri, headers, 200, "confirmed", false);
            case EXPIRED -> web.message(locale, uri, headers, 410, "expired", true);
            case INVALID -> web.message(locale, uri, headers, 404, "invalid", true);
        };
    }

    @POST
    @Path("resend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resend(@PathParam("locale") String locale, @Context UriInfo uri, @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
        web.checkLocale(locale);
        Optional<Response> refused = web.guard(locale, uri, headers, form.getFirst("_csrf"), form.getFirst("_stamp"));
        if (refused.isPresent()) return refused.get();
        Optional<Response> limited = web.limit(locale, uri, "resend:" + ClientAddress.current());
        if (limited.isPresent()) return limited.get();
        web.services.network.joining.resend(form.getFirst("email"), web.frame.base(uri) + "/" + locale + "/join/confirm?t=");
        return web.message(locale, uri, headers, 200, "resent", false);
    }

    @GET
    @Path("changes")
    public Response changesForm(@PathParam("locale") String locale, @QueryParam("t") String token, @Context UriInfo uri, @Context HttpHeaders headers) {
        web.checkLocale(locale);
        Optional<Application> app = web.services.network.joining.forChanges(token);
        if (app.isEmpty()) return web.message(locale, uri, headers, 404, "changesInvalid", false);
        Map<String, Object> values = JoinModel.values(app.get().fields());
        return web.form(locale, uri, headers, 200, values, Map.of(), "changes", Map.of("token", token, "note", app.get().note()));
    }

    @POST
    @Path("changes")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response changes(@PathParam("locale") String locale, @Context UriInfo uri, @Context HttpHeaders headers, FormDataMultiPart multipart) {
        web.checkLocale(locale);
        JoinForm f = JoinForm.read(multipart, web.services.assets.renditions().limit());
        String token = JoinForm.one(multipart, "t");
        Optional<Response> refused = web.guard(locale, uri, headers, JoinForm.one(multipart, "_csrf"), JoinForm.one(multipart, "_stamp"));
        if (refused.isPresent()) return refused.get();
        Optional<Application> app = web.services.network.joining.forChanges(token);
        if (app.isEmpty()) return web.message(locale, uri, headers, 404, "changesInvalid", false);
        Map<String, String> errors = web.services.network.validator.check(f.fields, true);
        if (f.logoError != null) errors.put("logo", f.logoError);
        if (!errors.isEmpty()) return web.form(locale, uri, headers, 400, f.values, errors, "changes", Map.of("token", token, "note", app.get().note()));
        web.services.network.joining.resubmit(token, f.fields, f.logo);
        return web.message(locale, uri, headers, 200, "changesSaved", false);
    }

    @GET
    @Path("terms")
    public Response terms(@PathParam("locale") String locale, @Context UriInfo uri) {
        web.checkLocale(locale);
        Map<String, Object> m = new HashMap<>();
        m.put("termsVersion", Terms.VERSION);
        return web.html(200, web.frame.render(locale, uri, "terms.ftlh", web.frame.t(locale, "network.terms.title"), m));
    }

    static URI to(String locale, String rest) {
        return URI.create("/" + locale + "/" + rest);
    }
}
