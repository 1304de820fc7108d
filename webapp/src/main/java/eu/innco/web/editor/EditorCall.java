package eu.innco.web.editor;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.security.Actor;
import eu.innco.security.UserAccount;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** One request to the editor: its session and user, interface language, and the CSRF check of its form. */
public final class EditorCall {
    final Editor editor;
    final UriInfo uri;
    final HttpHeaders headers;
    final EditorSession session;
    final UserAccount user;
    private final String locale;

    private EditorCall(Editor editor, UriInfo uri, HttpHeaders headers, EditorSession session, UserAccount user) {
        this.editor = editor;
        this.uri = uri;
        this.headers = headers;
        this.session = session;
        this.user = user;
        this.locale = EditorLanguage.of(editor, user.username(), headers);
    }

    /** The signed-in user's call; anyone else is sent to the login page, coming back here afterwards. */
    public static EditorCall signedIn(Editor editor, UriInfo uri, HttpHeaders headers) {
        Cookie c = headers.getCookies().get(EditorSessions.COOKIE);
        Optional<EditorSession> s = editor.sessions.find(c == null ? null : c.getValue());
        // a member account never works in the editor, even with a session made before it became one
        Optional<UserAccount> u = s.flatMap(x -> editor.users.find(x.username)).filter(x -> !x.disabled())
                .filter(x -> !eu.innco.security.Role.memberOnly(x.roles()));
        if (s.isEmpty() || u.isEmpty()) {
            String next = uri.getRequestUri().getRawPath() + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
            throw new WebApplicationException(Response.seeOther(URI.create("/editor/login?next="
                    + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8))).build());
        }
        return new EditorCall(editor, uri, headers, s.get(), u.get());
    }

    public Actor actor() {
        return user.actor();
    }

    /** The interface language the user chose, else the best one their browser asks for among the site's. */
    public String locale() {
        return locale;
    }

    public String t(String key, Object... args) {
        return editor.texts.text(locale(), key, args);
    }

    /** Refuses a form whose CSRF token is not this session's (a forged cross-site post). */
    public void checkCsrf(MultivaluedMap<String, String> form) {
        String sent = form.getFirst("_csrf");
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), session.csrf.getBytes(StandardCharsets.UTF_8))) {
            throw new InncoException(ErrorCode.SECURITY_004, "Forbidden",
                    "The form is out of date or was not sent from the editor (CSRF check). Reload the page and try again.");
        }
    }

    public void flash(String message) {
        session.flash(message);
    }

    /**
     * A message holding a secret for the next page: stored sealed, its key in the returned cookie,
     * which the response must carry (see {@link SecretFlash}).
     */
    jakarta.ws.rs.core.NewCookie flashSecret(String message) {
        SecretFlash.Sealed sealed = SecretFlash.seal(message);
        session.flash(sealed.stored());
        return SecretFlash.keyCookie(sealed.key(), LoginPages.overHttps(uri, headers));
    }
}
