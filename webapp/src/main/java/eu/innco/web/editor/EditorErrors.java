package eu.innco.web.editor;

import eu.innco.web.ErrorPages;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Error pages of the editor, in the browser's language: what went wrong and the way back, never a trace. */
public final class EditorErrors implements ErrorPages.Renderer {
    private final Editor editor;

    public EditorErrors(Editor editor) {
        this.editor = editor;
    }

    @Override
    public Optional<Response> render(int status, String title, String detail, UriInfo uri, HttpHeaders headers) {
        if (uri.getPathSegments().isEmpty() || !uri.getPathSegments().get(0).getPath().equals("editor")) return Optional.empty();
        String locale = editor.services.locales.defaultLocale();
        for (Locale l : headers.getAcceptableLanguages()) {
            Optional<String> m = editor.services.locales.match(l.toLanguageTag());
            if (m.isPresent()) {
                locale = m.get();
                break;
            }
        }
        Map<String, Object> m = new HashMap<>();
        m.put("t", new TextMethod(editor.texts, locale));
        m.put("res", new ResourceMethod(editor.files));
        m.put("lang", locale);
        m.put("status", status);
        m.put("detail", detail);
        String html = editor.templates.render("editor/error.ftlh", m);
        return Optional.of(Response.status(status).entity(html).type("text/html; charset=utf-8").build());
    }
}
