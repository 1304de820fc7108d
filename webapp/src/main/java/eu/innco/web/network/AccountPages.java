package eu.innco.web.network;

import eu.innco.network.Joining;
import eu.innco.network.LinkTokens;
import eu.innco.network.Member;
import eu.innco.security.Actor;
import eu.innco.security.PasswordHasher;
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
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Members signing in on the portal ({@code /{locale}/account/login}, by e-mail address and
 * password), choosing a password through a mailed link, and signing out. Member accounts only:
 * staff sign in to the editor.
 */
@Path("{locale: [a-z]{2}}/account")
public final class AccountPages {
    private final NetworkWeb web;
    private final MemberPages pages;

    AccountPages(NetworkWeb web, MemberPages pages) {
        this.web = web;
        this.pages = pages;
    }

    @GET
    @Path("login")
    public Response loginForm(@PathParam("locale") String locale, @Context UriInfo uri, @Context HttpHeaders headers) {
        return page(locale, uri, headers, 200, "login", Map.of());
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@PathParam("locale") String locale, @Context UriInfo uri, @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
        Optional<Response> refused = guard(locale, uri, headers, form);
        if (refused.isPresent()) return refused.get();
        String email = Optional.ofNullable(form.getFirst("email")).orElse("").strip().toLowerCase(java.util.Locale.ROOT);
        String address = ClientAddress.current();
        String byUser = "member:" + email;
        Optional<Duration> wait = web.services.signIns.waitFor(address, byUser);
        if (wait.isPresent()) return page(locale, uri, headers, 429, "login", Map.of("error", web.frame.t(locale, "network.account.throttled")));
        Optional<Member> member = web.services.network.accounts.memberByEmail(email);
        Optional<Actor> actor = web.services.authenticator.member(member.map(Member::username).orElse("-"), Optional.ofNullable(form.getFirst("password")).orElse(""));
        if (actor.isEmpty()) {
            web.services.signIns.failed(address, byUser);
            return page(locale, uri, headers, 401, "login", Map.of("error", web.frame.t(locale, "network.account.failed")));
        }
        web.services.signIns.succeeded(address, byUser);
        MemberSessions.Session s = pages.sessions.open(actor.get().username());
        NewCookie cookie = new NewCookie.Builder(MemberSessions.COOKIE).value(s.id()).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(JoinPages.to(locale, "account")).cookie(cookie).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(@PathParam("locale") String locale, @Context UriInfo uri, @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
        MemberPages.Call call = pages.signedIn(locale, uri, headers, form);
        pages.sessions.close(call.session().id());
        NewCookie gone = new NewCookie.Builder(MemberSessions.COOKIE).value("").path("/").maxAge(0).httpOnly(true).build();
        return Response.seeOther(JoinPages.to(locale, "account/login")).cookie(gone).build();
    }

    @GET
    @Path("password")
    public Response passwordForm(@PathParam("locale") String locale, @QueryParam("t") String token, @Context UriInfo uri, @Context HttpHeaders headers) {
        web.checkLocale(locale);
        Joining.LinkState state = LinkTokens.Parts.of(token).map(p -> web.services.network.accounts.linkState(p)).orElse(Joining.LinkState.INVALID);
        if (state != Joining.LinkState.OK) return page(locale, uri, headers, state == Joining.LinkState.EXPIRED ? 410 : 404, "passwordLink", Map.of());
        return page(locale, uri, headers, 200, "password", Map.of("token", token));
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response password(@PathParam("locale") String locale, @Context UriInfo uri, @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
        Optional<Response> refused = guard(locale, uri, headers, form);
        if (refused.isPresent()) return refused.get();
        String token = Optional.ofNullable(form.getFirst("t")).orElse("");
        String password = Optional.ofNullable(form.getFirst("password")).orElse("");
        String error = !password.equals(form.getFirst("confirm")) ? "network.account.mismatch"
                : PasswordHasher.weakness(password) != null ? "network.account.weak" : null;
        if (error != null) {
            return page(locale, uri, headers, 400, "password", Map.of("token", token, "error", web.frame.t(locale, error, "min", PasswordHasher.MIN_LENGTH)));
        }
        Joining.LinkState state = web.services.network.accounts.setPassword(token, password);
        if (state != Joining.LinkState.OK) return page(locale, uri, headers, 404, "passwordLink", Map.of());
        return page(locale, uri, headers, 200, "login", Map.of("notice", web.frame.t(locale, "network.account.passwordSet")));
    }

    private Optional<Response> guard(String locale, UriInfo uri, HttpHeaders headers, MultivaluedMap<String, String> form) {
        web.checkLocale(locale);
        // no minimum fill time here: a password manager fills these forms at once
        if (web.forms.check(headers, uri, form.getFirst("_csrf"), form.getFirst("_stamp")) == FormGuard.Verdict.FORGED) {
            return Optional.of(web.message(locale, uri, headers, 403, "forged", false));
        }
        return Optional.empty();
    }

    private Response page(String locale, UriInfo uri, HttpHeaders headers, int status, String kind, Map<String, Object> extra) {
        web.checkLocale(locale);
        Map<String, Object> m = new HashMap<>(extra);
        m.put("kind", kind);
        // the page shows the sign-in form, or the password form (kind "password")
        web.forms.issue("/" + locale + "/account/" + (kind.equals("password") ? "password" : "login")).into(m);
        return web.html(status, web.frame.render(locale, uri, "account-door.ftlh", web.frame.t(locale, "network.account." + kind + ".title"), m));
    }
}
