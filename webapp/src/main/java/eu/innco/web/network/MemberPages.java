package eu.innco.web.network;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.network.Member;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

/**
 * {@code /{locale}/account}: a signed-in member's own organisation: its profile and translations
 * (live at once), a colleague's invitation, everything held about it as JSON, and leaving the network.
 */
@Path("{locale: [a-z]{2}}/account")
public final class MemberPages {
    final MemberSessions sessions;
    private final NetworkWeb web;

    MemberPages(NetworkWeb web) {
        this.web = web;
        this.sessions = new MemberSessions(web.services.repository, web.services.clock);
    }

    /** A member's request: the session and the member. */
    record Call(MemberSessions.Session session, Member member) {}

    /** The signed-in member; the login page for anyone else; a forged form (wrong CSRF token) is refused. */
    Call signedIn(String locale, UriInfo uri, HttpHeaders headers, MultivaluedMap<String, String> form) {
        web.checkLocale(locale);
        Cookie c = headers.getCookies().get(MemberSessions.COOKIE);
        Optional<MemberSessions.Session> s = sessions.find(c == null ? null : c.getValue());
        Optional<Member> m = s.flatMap(x -> web.services.network.accounts.member(x.username()))
                .filter(x -> web.services.users.find(x.username()).filter(u -> !u.disabled()).isPresent());
        if (s.isEmpty() || m.isEmpty()) throw new WebApplicationException(Response.seeOther(JoinPages.to(locale, "account/login")).build());
        if (form != null) {
            String sent = Optional.ofNullable(form.getFirst("_csrf")).orElse("");
            if (!MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), s.get().csrf().getBytes(StandardCharsets.UTF_8))) {
                throw new WebApplicationException(web.message(locale, uri, headers, 403, "forged", false));
            }
        }
        return new Call(s.get(), m.get());
    }

    @GET
    public Response overview(@PathParam("locale") String locale, @Context UriInfo uri, @Context HttpHeaders headers) {
        Call call = signedIn(locale, uri, headers, null);
        return MemberView.page(web, locale, uri, call, 200, Map.of(), null, null);
    }

    @POST
    @Path("profile")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response profile(@PathParam("locale") String locale, @Context UriInfo uri, @Context HttpHeaders headers, FormDataMultiPart multipart) {
        Call call = signedIn(locale, uri, headers, MemberView.csrfOnly(multipart));
        JoinForm f = JoinForm.read(multipart, web.services.assets.renditions().limit());
        Map<String, String> errors = MemberView.check(web, f, call.member());
        if (!errors.isEmpty()) return MemberView.page(web, locale, uri, call, 400, errors, f.values, null);
        web.services.network.profiles.update(call.member(), MemberView.properties(f, locale), f.logo, locale);
        return MemberView.page(web, locale, uri, call, 200, Map.of(), null, web.frame.t(locale, "network.account.saved"));
    }

    @POST
    @Path("translation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response translation(@PathParam("locale") String locale, @Context UriInfo uri, @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
        Call call = signedIn(locale, uri, headers, form);
        String target = Optional.ofNullable(form.getFirst("language")).orElse("");
        String text = Optional.ofNullable(form.getFirst("translation")).orElse("").strip();
        if (!web.frame.hasLocale(target) || text.length() < 20 || text.length() > 1000) {
            return MemberView.page(web, locale, uri, call, 400, Map.of("translation", "network.account.translationInvalid"), null, null);
        }
        ObjectNode p = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        p.putObject("description").put(target, MemberView.html(text));
        web.services.network.profiles.update(call.member(), p, Optional.empty(), target);
        return MemberView.page(web, locale, uri, call, 200, Map.of(), null, web.frame.t(locale, "network.account.translationSaved"));
    }

    @POST
    @Path("invite")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(@PathParam("locale") String locale, @Context UriInfo uri, @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
        Call call = signedIn(locale, uri, headers, form);
        String name = Optional.ofNullable(form.getFirst("name")).orElse("").strip();
        String email = Optional.ofNullable(form.getFirst("email")).orElse("").strip().toLowerCase(java.util.Locale.ROOT);
        boolean validEmail = email.length() <= 254 && email.matches("[^@\\s<>\"]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,63}");
        if (name.length() < 2 || name.length() > 100 || !validEmail || web.services.network.accounts.memberByEmail(email).isPresent()) {
            return MemberView.page(web, locale, uri, call, 400, Map.of("invite", "network.account.inviteInvalid"), null, null);
        }
        String organisation = web.services.network.profiles.organisation(call.member()).path("properties").path("name").asText();
        web.services.network.accounts.invite(call.member(), name, email, locale, organisation, web.frame.base(uri) + "/" + locale + "/account/password?t=");
        return MemberView.page(web, locale, uri, call, 200, Map.of(), null, web.frame.t(locale, "network.account.invited"));
    }

    @GET
    @Path("export")
    @Produces(MediaType.APPLICATION_JSON)
    public Response export(@PathParam("locale") String locale, @Context UriInfo uri, @Context HttpHeaders headers) {
        Call call = signedIn(locale, uri, headers, null);
        ObjectNode data = web.services.network.profiles.export(call.member());
        ObjectNode exchange = web.services.collaboration.export(call.member().organisation());
        List<String> people = web.services.network.accounts.colleagues(call.member()).stream().map(Member::username).toList();
        exchange.setAll(web.services.exchange.memberData.export(call.member().organisation(), people));
        data.set("exchange", exchange);
        return Response.ok(data.toPrettyString(), "application/json; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"inn-co-member-data.json\"").header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("leave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response leave(@PathParam("locale") String locale, @Context UriInfo uri, @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
        Call call = signedIn(locale, uri, headers, form);
        if (!"yes".equals(form.getFirst("confirm"))) {
            return MemberView.page(web, locale, uri, call, 400, Map.of("leave", "network.account.leaveConfirm"), null, null);
        }
        Set<String> people = web.services.network.accounts.colleagues(call.member()).stream().map(Member::username).collect(Collectors.toSet());
        web.services.network.profiles.leave(call.member());
        web.services.collaboration.organisationLeft(call.member().organisation());
        web.services.exchange.memberData.organisationLeft(call.member().organisation(), people);
        sessions.closeAll(people);
        NewCookie gone = new NewCookie.Builder(MemberSessions.COOKIE).value("").path("/").maxAge(0).httpOnly(true).build();
        return Response.fromResponse(web.message(locale, uri, headers, 200, "left", false)).cookie(gone).build();
    }
}
