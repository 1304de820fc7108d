package eu.innco.web.exchange;

import eu.innco.content.ContentItem;
import eu.innco.exchange.Kind;
import eu.innco.exchange.PostingRules;
import eu.innco.web.network.SignedInMember;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;

/**
 * {@code /{locale}/account/exchange}: a signed-in member posts offers and needs, changes, translates
 * and withdraws its own, and asks for (or stops) the weekly digest. Every form carries the
 * session's CSRF token; mistakes come back beside their fields in the page's language.
 */
@Path("{locale: [a-z]{2}}/account/exchange")
public final class PostingPages {
    private final ExchangeWeb web;
    private final PostingView view;

    PostingPages(ExchangeWeb web) {
        this.web = web;
        this.view = new PostingView(web);
    }

    @GET
    public Response overview(@PathParam("locale") String locale, @Context UriInfo uri, @Context HttpHeaders headers) {
        return view.overview(locale, uri, signedIn(locale, uri, headers, null), 200, Map.of(), Map.of(), null);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@PathParam("locale") String locale, @Context UriInfo uri, @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
        SignedInMember.Found m = signedIn(locale, uri, headers, form);
        Kind kind = Kind.of(String.valueOf(form.getFirst("kind"))).orElse(null);
        PostingRules.Form f = PostingForm.read(form);
        Map<String, String> errors = new java.util.LinkedHashMap<>(web.exchange.rules.check(f, web.today()));
        if (kind == null) errors.put("kind", "exchange.error.kind");
        if (!errors.isEmpty()) {
            PostingForm.refuseAsProblem(headers, errors, web, locale);
            Map<String, Object> values = PostingForm.values(f);
            values.put("kind", kind == null ? "" : kind.type);
            return view.overview(locale, uri, m, 400, errors, values, null);
        }
        var limited = PostingLimit.take(web.exchange.quota, m.member().organisation(), headers, (n, h) -> view.limited(locale, uri, n, h));
        if (limited.isPresent()) return limited.get();
        var organisation = web.services.network.profiles.organisation(m.member());
        String id = web.exchange.postings.post(m.member(), web.exchange.rules.posting(kind, locale, f), organisation);
        return Response.seeOther(URI.create("/" + locale + "/exchange/" + kind.plural + "/" + id)).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{kind: offers|needs}/{id}")
    public Response edit(@PathParam("locale") String locale, @PathParam("kind") String kind, @PathParam("id") String id,
                         @Context UriInfo uri, @Context HttpHeaders headers) {
        SignedInMember.Found m = signedIn(locale, uri, headers, null);
        ContentItem item = web.exchange.postings.mine(m.member(), kind(kind), id);
        return view.edit(locale, uri, m, item, 200, Map.of(), PostingForm.values(item, locale), null);
    }

    @POST
    @Path("{kind: offers|needs}/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("locale") String locale, @PathParam("kind") String kind, @PathParam("id") String id,
                           @Context UriInfo uri, @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
        SignedInMember.Found m = signedIn(locale, uri, headers, form);
        ContentItem item = web.exchange.postings.mine(m.member(), kind(kind), id);
        PostingRules.Form f = PostingForm.read(form);
        Map<String, String> errors = web.exchange.rules.check(f, web.today());
        if (!errors.isEmpty()) {
            PostingForm.refuseAsProblem(headers, errors, web, locale);
            return view.edit(locale, uri, m, item, 400, errors, PostingForm.values(f), null);
        }
        web.exchange.postings.update(m.member(), item.id(), web.exchange.rules.posting(kind(kind), locale, f));
        ContentItem saved = web.exchange.postings.mine(m.member(), kind(kind), id);
        return view.edit(locale, uri, m, saved, 200, Map.of(), PostingForm.values(saved, locale), web.frame.t(locale, "exchange.account.saved"));
    }

    @POST
    @Path("{kind: offers|needs}/{id}/translation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response translate(@PathParam("locale") String locale, @PathParam("kind") String kind, @PathParam("id") String id,
                              @Context UriInfo uri, @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
        SignedInMember.Found m = signedIn(locale, uri, headers, form);
        ContentItem item = web.exchange.postings.mine(m.member(), kind(kind), id);
        String target = String.valueOf(form.getFirst("language"));
        String title = String.valueOf(form.getFirst("trTitle")).strip();
        String description = form.getFirst("trDescription") == null ? "" : form.getFirst("trDescription").strip();
        if (!web.frame.hasLocale(target) || title.length() < 3 || title.length() > 200 || description.length() > 4000) {
            Map<String, String> errors = Map.of("trTitle", "exchange.error.translation");
            PostingForm.refuseAsProblem(headers, errors, web, locale);
            return view.edit(locale, uri, m, item, 400, errors, PostingForm.values(item, locale), null);
        }
        web.exchange.postings.translate(m.member(), kind(kind), item.id(), target, title, description);
        ContentItem saved = web.exchange.postings.mine(m.member(), kind(kind), id);
        return view.edit(locale, uri, m, saved, 200, Map.of(), PostingForm.values(saved, locale), web.frame.t(locale, "exchange.account.translated"));
    }

    @POST
    @Path("{kind: offers|needs}/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("locale") String locale, @PathParam("kind") String kind, @PathParam("id") String id,
                             @Context UriInfo uri, @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
        SignedInMember.Found m = signedIn(locale, uri, headers, form);
        web.exchange.postings.withdraw(m.member(), kind(kind), id);
        return view.overview(locale, uri, m, 200, Map.of(), Map.of(), web.frame.t(locale, "exchange.account.withdrawn"));
    }

    @POST
    @Path("digest")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response digest(@PathParam("locale") String locale, @Context UriInfo uri, @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
        SignedInMember.Found m = signedIn(locale, uri, headers, form);
        var subscriptions = web.exchange.digest.subscriptions();
        boolean on = "yes".equals(form.getFirst("digest"));
        if (on) subscriptions.subscribe(m.member().username(), locale, web.services.clock.instant());
        else subscriptions.unsubscribe(m.member().username());
        return view.overview(locale, uri, m, 200, Map.of(), Map.of(), web.frame.t(locale, on ? "exchange.digest.on" : "exchange.digest.off"));
    }

    /** The signed-in member; the sign-in page for anyone else; a form without the session's token is refused (403). */
    private SignedInMember.Found signedIn(String locale, UriInfo uri, HttpHeaders headers, MultivaluedMap<String, String> form) {
        web.checkLocale(locale);
        SignedInMember.Found m = web.members.of(headers).orElseThrow(() ->
                new WebApplicationException(Response.seeOther(URI.create("/" + locale + "/account/login")).header("Cache-Control", "no-store").build()));
        if (form != null && !m.sent(form.getFirst("_csrf"))) {
            throw new WebApplicationException(view.message(locale, uri, 403, "exchange.account.forged"));
        }
        return m;
    }

    private static Kind kind(String plural) {
        return Kind.of(plural).orElseThrow(NotFoundException::new);
    }
}
