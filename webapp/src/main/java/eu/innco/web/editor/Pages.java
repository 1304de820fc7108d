package eu.innco.web.editor;

import eu.innco.contenttype.ContentTypeDefinition;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders editor pages with the model every page shares (user, language, CSRF token, navigation, message). */
public final class Pages {
    private Pages() {}

    public static Response html(EditorCall call, String template, Map<String, Object> model) {
        return html(call, 200, template, model);
    }

    public static Response html(EditorCall call, int status, String template, Map<String, Object> model) {
        Response.ResponseBuilder r = Response.status(status).entity(render(call, template, model)).type("text/html; charset=utf-8");
        // a secret's key has done its work once a page was shown: the browser forgets it
        if (call.headers.getCookies().containsKey(SecretFlash.COOKIE)) r.cookie(SecretFlash.expired());
        return r.build();
    }

    static String render(EditorCall call, String template, Map<String, Object> model) {
        Map<String, Object> m = new HashMap<>(model);
        m.put("t", new TextMethod(call.editor.texts, call.locale()));
        m.put("res", new ResourceMethod(call.editor.files));
        m.put("lang", call.locale());
        m.put("user", Map.of("name", call.user.username(), "roles", call.user.roles().stream().map(r -> r.label()).toList(),
                "admin", call.user.actor().isAdmin(), "moderates", eu.innco.network.Moderation.moderates(call.user.actor())));
        m.put("csrf", call.session.csrf);
        m.put("flash", SecretFlash.open(call.session.takeFlash(), call.headers.getCookies().get(SecretFlash.COOKIE)).orElse(null));
        m.put("nav", navigation(call));
        m.put("tiles", call.editor.tileUrl);
        m.put("tileAttribution", call.editor.tileAttribution);
        m.put("siteLocales", call.editor.locales.locales());
        return call.editor.templates.render("editor/" + template, m);
    }

    public static Response redirect(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    static Response redirect(String path, jakarta.ws.rs.core.NewCookie cookie) {
        return Response.seeOther(URI.create(path)).cookie(cookie).build();
    }

    private static List<Map<String, String>> navigation(EditorCall call) {
        List<Map<String, String>> nav = new ArrayList<>();
        for (ContentTypeDefinition t : call.editor.types.all()) {
            Map<String, String> item = new LinkedHashMap<>();
            item.put("type", t.name());
            item.put("label", call.t("type." + t.name() + ".plural"));
            nav.add(item);
        }
        return nav;
    }
}
