package eu.innco.web.portal;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.checkup.Checkup;
import eu.innco.checkup.CheckupKeys;
import eu.innco.checkup.CheckupStore;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * The collaboration check-up: anyone starts one for a group ({@code /fr/check-up}) and gets two
 * private links, one for participants ({@code p/<key>}) and one to manage it and read the results
 * ({@code o/<key>}). Participants answer anonymously in their own language and may change their
 * answers (their page, {@code p/<key>/r/<token>}) until the organiser closes it. Never cached,
 * never indexed, no cookie.
 */
@Path(PortalPages.LOCALE + "/check-up")
public final class CheckupPages {
    private final Portal portal;
    private final CheckupStore store;
    private final CheckupViews views;

    CheckupPages(Portal portal) {
        this.portal = portal;
        this.store = portal.checkups;
        this.views = new CheckupViews(portal);
    }

    @GET
    public Response start(@PathParam("locale") String locale, @Context UriInfo uri, @Context HttpHeaders h) {
        return answer(locale, uri, h, call -> views.start(call));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("locale") String locale, @Context UriInfo uri, @Context HttpHeaders h, MultivaluedMap<String, String> form) {
        return answer(locale, uri, h, call -> {
            CheckupForm.sameSite(h, uri, portal);
            portal.checkupStarts.attempt(eu.innco.web.ClientAddress.current()).ifPresent(wait -> {
                throw new InncoException(ErrorCode.CHECKUP_010, "Too many check-ups",
                        "Too many check-ups were started from this address; try again later.").withArgs(Math.max(1, wait.toSeconds()));
            });
            CheckupStore.Created c = store.create(form.getFirst("name"), call.locale);
            return Rendered.moved(organiser(call, c.organiserKey().toString()) + "?new=1");
        });
    }

    @GET
    @Path("barometer")
    public Response barometer(@PathParam("locale") String locale, @Context UriInfo uri, @Context HttpHeaders h) {
        return answer(locale, uri, h, call -> portal.layout.page(call, CheckupBarometer.view(call)));
    }

    @GET
    @Path("o/{key}")
    public Response organiser(@PathParam("locale") String locale, @PathParam("key") String key, @Context UriInfo uri, @Context HttpHeaders h) {
        return answer(locale, uri, h, call -> views.organiser(call, store.open(key, Checkup.Role.ORGANISER), key));
    }

    @GET
    @Path("o/{key}/report.pdf")
    public Response organiserReport(@PathParam("locale") String locale, @PathParam("key") String key, @Context UriInfo uri, @Context HttpHeaders h) {
        return answer(locale, uri, h, call -> views.report(call, store.open(key, Checkup.Role.ORGANISER)));
    }

    @GET
    @Path("p/{key}/report.pdf")
    public Response participantReport(@PathParam("locale") String locale, @PathParam("key") String key, @Context UriInfo uri, @Context HttpHeaders h) {
        return answer(locale, uri, h, call -> views.report(call, store.open(key, Checkup.Role.PARTICIPANT)));
    }

    @POST
    @Path("o/{key}/{action: close|share|delete|follow-up|barometer}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response manage(@PathParam("locale") String locale, @PathParam("key") String key, @PathParam("action") String action,
                           @Context UriInfo uri, @Context HttpHeaders h, MultivaluedMap<String, String> form) {
        return answer(locale, uri, h, call -> {
            CheckupForm.sameSite(h, uri, portal);
            Checkup c = store.open(key, Checkup.Role.ORGANISER);
            switch (action) {
                case "close" -> store.close(c);
                case "share" -> store.shareResults(c, "yes".equals(form.getFirst("share")));
                case "barometer" -> store.barometer(c, "yes".equals(form.getFirst("contribute")), form.getFirst("country"));
                case "follow-up" -> {
                    return Rendered.moved(organiser(call, store.followUp(c).organiserKey().toString()) + "?new=1");
                }
                default -> {
                    if (!"yes".equals(form.getFirst("confirm"))) {
                        throw InncoException.badRequest(ErrorCode.CHECKUP_008, "Tick the box to confirm the deletion.");
                    }
                    store.delete(c);
                    return views.deleted(call);
                }
            }
            return Rendered.moved(organiser(call, key));
        });
    }

    @GET
    @Path("p/{key}")
    public Response participant(@PathParam("locale") String locale, @PathParam("key") String key, @Context UriInfo uri, @Context HttpHeaders h) {
        return answer(locale, uri, h, call -> views.questionnaire(call, store.open(key, Checkup.Role.PARTICIPANT), key, CheckupKeys.newSecret(), false));
    }

    @GET
    @Path("p/{key}/r/{token}")
    public Response own(@PathParam("locale") String locale, @PathParam("key") String key, @PathParam("token") String token,
                        @Context UriInfo uri, @Context HttpHeaders h) {
        return answer(locale, uri, h, call -> {
            Checkup c = store.open(key, Checkup.Role.PARTICIPANT);
            if (!CheckupKeys.isToken(token)) throw new PortalNotFound();
            return views.questionnaire(call, c, key, token, uri.getQueryParameters().containsKey("saved"));
        });
    }

    @POST
    @Path("p/{key}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("locale") String locale, @PathParam("key") String key, @Context UriInfo uri, @Context HttpHeaders h,
                         MultivaluedMap<String, String> form) {
        return answer(locale, uri, h, call -> {
            CheckupForm.sameSite(h, uri, portal);
            Checkup c = store.open(key, Checkup.Role.PARTICIPANT);
            String token = form.getFirst("respondent");
            long revision = CheckupForm.revision(form);
            var answers = CheckupForm.answers(form, CheckupContent.read(call));
            store.answer(c, token, revision, call.locale, answers);
            return Rendered.moved(participant(call, key) + "/r/" + token + "?saved=1");
        });
    }

    static String organiser(PortalCall call, String key) {
        return "/" + call.locale + "/check-up/o/" + key;
    }

    static String participant(PortalCall call, String key) {
        return "/" + call.locale + "/check-up/p/" + key;
    }

    /** Renders a page or, on refused input, the reason: as a page for browsers, as problem+json for API clients. */
    private Response answer(String locale, UriInfo uri, HttpHeaders h, java.util.function.Function<PortalCall, Rendered> page) {
        if (!portal.site.contains(locale)) throw new NotFoundException();
        PortalCall call = new PortalCall(portal, locale, uri, portal.delivery.generation(), false);
        Rendered r;
        String retryAfter = null;
        try {
            r = page.apply(call);
        } catch (InncoException e) {
            if (e.kind() == eu.innco.ErrorKind.TOO_MANY_REQUESTS && !e.args().isEmpty()) retryAfter = String.valueOf(e.args().get(0));
            if (CheckupViews.wantsJson(h)) {
                Response p = eu.innco.web.Problems.response(e);
                return retryAfter == null ? p : Response.fromResponse(p).header("Retry-After", retryAfter).build();
            }
            r = views.refused(call, e);
        } catch (PortalNotFound e) {
            r = views.refused(call, new InncoException(ErrorCode.CHECKUP_001, "Not found", "Unknown link"));
        }
        Response.ResponseBuilder b = r.location() != null ? Response.seeOther(URI.create(call.abs(r.location())))
                : Response.status(r.status()).type(r.type()).entity(r.body());
        if (retryAfter != null) b.header("Retry-After", retryAfter);
        return b.header("Cache-Control", "no-store").header("X-Robots-Tag", "noindex, nofollow").build();
    }
}
