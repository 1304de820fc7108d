package eu.innco.web.editor;

import eu.innco.publishing.Publishing;
import eu.innco.security.Authenticator;
import eu.innco.security.SignInGate;
import eu.innco.security.Actor;
import eu.innco.security.PasswordSignIn;
import eu.innco.web.UiTexts;
import eu.innco.web.ClientAddress;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
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
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Signing in and out of the editor. The login form carries its own CSRF token (a cookie and a
 * hidden field that must match); failed attempts make the next ones from the same address for the
 * same user name wait (growing delays), with the same answer whether the account exists or not.
 */
@Path("editor")
public final class LoginPages {
    static final String LOGIN_COOKIE = "INNCO_LOGIN";
    private final Editor editor;
    private final Authenticator authenticator;
    private final SignInGate signIns;
    private final Publishing publishing;
    private final PasswordSignIn signIn;

    public LoginPages(Editor editor, Authenticator authenticator, SignInGate signIns, Publishing publishing) {
        this.editor = editor;
        this.authenticator = authenticator;
        this.signIns = signIns;
        this.publishing = publishing;
        this.signIn = new PasswordSignIn(authenticator, signIns, publishing::loginFailed);
    }

    @GET
    @Path("login")
    public Response form(@Context HttpHeaders headers, @Context UriInfo uri, @QueryParam("next") String next) {
        return page(headers, uri, 200, next, null, null);
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@Context HttpHeaders headers, @Context UriInfo uri, MultivaluedMap<String, String> form) {
        String next = form.getFirst("next");
        Cookie token = headers.getCookies().get(LOGIN_COOKIE);
        String sent = form.getFirst("_csrf");
        if (token == null || sent == null || !MessageDigest.isEqual(token.getValue().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            return page(headers, uri, 403, next, "login.expired", null);
        }
        String username = PasswordSignIn.attempted(form.getFirst("username"));
        String password = Optional.ofNullable(form.getFirst("password")).orElse("");
        String address = ClientAddress.current();
        PasswordSignIn.Outcome outcome = signIn.attempt(address, username, password, "editor sign-in from " + address);
        if (outcome.throttled()) {
            Duration wait = outcome.delay().get();
            return Response.fromResponse(page(headers, uri, 429, next, "login.throttled", wait))
                    .header("Retry-After", Long.toString(eu.innco.web.api.Authentication.TooManyAttempts.seconds(wait))).build();
        }
        Optional<Actor> actor = outcome.actor();
        if (actor.isEmpty()) return page(headers, uri, 401, next, "login.failed", null);
        EditorSession s = editor.sessions.open(actor.get().username());
        NewCookie cookie = new NewCookie.Builder(EditorSessions.COOKIE).value(s.id).path("/editor").httpOnly(true)
                .secure(overHttps(uri, headers)).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(java.net.URI.create(safeNext(next))).cookie(cookie).build();
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(@Context HttpHeaders headers, @Context UriInfo uri, MultivaluedMap<String, String> form) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        call.checkCsrf(form);
        editor.sessions.close(call.session.id);
        NewCookie gone = new NewCookie.Builder(EditorSessions.COOKIE).value("").path("/editor").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(java.net.URI.create("/editor/login")).cookie(gone).build();
    }

    /**
     * Whether the browser reached us over HTTPS: directly, or through a proxy that says so in
     * {@code X-Forwarded-Proto} or RFC 7239's {@code Forwarded} (the first proxy's word, the one the
     * browser spoke to). Believed from any peer: it only makes the sender's own cookie stricter.
     */
    static boolean overHttps(UriInfo uri, HttpHeaders headers) {
        if ("https".equals(uri.getRequestUri().getScheme())) return true;
        String xfp = headers.getHeaderString("X-Forwarded-Proto");
        if (xfp != null && xfp.split(",")[0].trim().equalsIgnoreCase("https")) return true;
        String forwarded = headers.getHeaderString("Forwarded");
        if (forwarded == null) return false;
        for (String pair : forwarded.split(",")[0].split(";")) {
            String[] kv = pair.trim().split("=", 2);
            if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("proto")) return kv[1].trim().replace("\"", "").equalsIgnoreCase("https");
        }
        return false;
    }

    /** Only the editor's own pages: a login link cannot send people elsewhere. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/editor") || next.startsWith("//") || next.contains("\\") || next.startsWith("/editor/login")) {
            return "/editor";
        }
        try {
            java.net.URI u = new java.net.URI(next);
            return u.getScheme() == null && u.getRawAuthority() == null ? next : "/editor";
        } catch (java.net.URISyntaxException e) {
            return "/editor";
        }
    }

    private Response page(HttpHeaders headers, UriInfo uri, int status, String next, String error, Duration wait) {
        String locale = browserLocale(headers, uri.getQueryParameters().getFirst("lang"));
        String token = EditorSessions.token();
        UiTexts texts = editor.texts;
        Map<String, Object> m = new HashMap<>();
        m.put("t", new TextMethod(texts, locale));
        m.put("res", new ResourceMethod(editor.files));
        m.put("lang", locale);
        m.put("csrf", token);
        m.put("next", safeNext(next));
        m.put("siteLocales", editor.locales.locales());
        if (error != null) m.put("error", texts.text(locale, error, wait == null ? 0 : Math.max(1, (wait.toSeconds() + 59) / 60)));
        NewCookie cookie = new NewCookie.Builder(LOGIN_COOKIE).value(token).path("/editor").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
        return Response.status(status).entity(editor.templates.render("editor/login.ftlh", m)).type("text/html; charset=utf-8")
                .cookie(cookie).build();
    }

    private String browserLocale(HttpHeaders headers, String asked) {
        if (asked != null && editor.locales.contains(asked)) return asked;
        for (Locale l : headers.getAcceptableLanguages()) {
            Optional<String> m = editor.locales.match(l.toLanguageTag());
            if (m.isPresent()) return m.get();
        }
        return editor.locales.defaultLocale();
    }
}
