package eu.innco.web.editor;

import eu.innco.InncoException;
import eu.innco.web.ErrorPages;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Error pages of the editor: what went wrong and the way back, never a trace, in the language the
 * signed-in user chose (else the browser's). The product's own errors are said in that language;
 * their English detail stays available, folded, for whoever the user asks for help.
 */
public final class EditorErrors implements ErrorPages.Renderer {
    private final Editor editor;

    public EditorErrors(Editor editor) {
        this.editor = editor;
    }

    @Override
    public Optional<Response> render(int status, String title, String detail, UriInfo uri, HttpHeaders headers) {
        return render(status, title, detail, uri, headers, null);
    }

    @Override
    public Optional<Response> render(int status, String title, String detail, UriInfo uri, HttpHeaders headers, InncoException cause) {
        if (uri.getPathSegments().isEmpty() || !uri.getPathSegments().get(0).getPath().equals("editor")) return Optional.empty();
        String locale = locale(headers);
        Map<String, Object> m = new HashMap<>();
        m.put("t", new TextMethod(editor.texts, locale));
        m.put("res", new ResourceMethod(editor.files));
        m.put("lang", locale);
        m.put("status", status);
        if (cause != null) {
            m.put("message", new ProblemTexts(editor, locale, null).describe(cause, 8, " · "));
            if (!locale.equals("en")) m.put("detail", detail);
        } else if (locale.equals("en")) {
            m.put("message", detail);
        }
        String html = editor.templates.render("editor/error.ftlh", m);
        return Optional.of(Response.status(status).entity(html).type("text/html; charset=utf-8").build());
    }

    private String locale(HttpHeaders headers) {
        Cookie c = headers.getCookies().get(EditorSessions.COOKIE);
        Optional<String> chosen = editor.sessions.find(c == null ? null : c.getValue())
                .flatMap(s -> editor.users.chosenUiLocale(s.username))
                .filter(editor.locales::contains);
        if (chosen.isPresent()) return chosen.get();
        for (Locale l : headers.getAcceptableLanguages()) {
            Optional<String> m = editor.locales.match(l.toLanguageTag());
            if (m.isPresent()) return m.get();
        }
        return editor.locales.defaultLocale();
    }
}
