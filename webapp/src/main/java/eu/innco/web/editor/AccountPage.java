package eu.innco.web.editor;

import eu.innco.security.Authenticator;
import eu.innco.security.SignInGate;
import eu.innco.InncoException;
import eu.innco.security.PasswordHasher;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;

/** The user's own account: interface language and password. */
@Path("editor/account")
public final class AccountPage {
    private final Editor editor;
    private final SignInGate signIns;
    private final Authenticator authenticator;

    public AccountPage(Editor editor, SignInGate signIns, Authenticator authenticator) {
        this.editor = editor;
        this.signIns = signIns;
        this.authenticator = authenticator;
    }

    @GET
    public Response page(@Context UriInfo uri, @Context HttpHeaders headers) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        return Pages.html(call, "account.ftlh", model(call, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@Context UriInfo uri, @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        call.checkCsrf(form);
        String language = form.getFirst("uiLocale");
        if (language != null && editor.locales.contains(language)) {
            editor.users.setUiLocale(call.user.username(), language);
            call.flash(editor.texts.text(language, "account.languageSaved"));
        }
        String current = form.getFirst("current");
        String next = form.getFirst("password");
        if (next != null && !next.isEmpty()) {
            String address = eu.innco.web.ClientAddress.current();
            var wait = signIns.waitFor(address, call.user.username());
            if (wait.isPresent()) return Pages.html(call, 429, "account.ftlh", model(call, call.t("login.throttled", Math.max(1, (wait.get().toSeconds() + 59) / 60))));
            if (authenticator.password(call.user.username(), ContentPages.nz(current)).isEmpty()) {
                signIns.failed(address, call.user.username());
                return Pages.html(call, 400, "account.ftlh", model(call, call.t("account.wrongCurrent")));
            }
            if (!next.equals(form.getFirst("confirm"))) return Pages.html(call, 400, "account.ftlh", model(call, call.t("account.mismatch")));
            String weak = PasswordHasher.weakness(next);
            if (weak != null) return Pages.html(call, 400, "account.ftlh", model(call, call.t("account.weak", PasswordHasher.MIN_LENGTH)));
            try {
                editor.users.setPassword(call.user.username(), next);
                signIns.succeeded(address, call.user.username());
                editor.sessions.closeAllBut(call.user.username(), call.session.id);
            } catch (InncoException e) {
                return Pages.html(call, 400, "account.ftlh", model(call, ProblemTexts.of(call).describe(e, 4, " · ")));
            }
            call.flash(call.t("account.passwordSaved"));
        }
        return Pages.redirect("/editor/account");
    }

    private Map<String, Object> model(EditorCall call, String error) {
        Map<String, Object> m = new HashMap<>();
        m.put("uiLocale", call.locale());
        m.put("roles", String.join(", ", call.user.roles().stream().map(r -> call.t("role." + r.label())).toList()));
        m.put("translates", String.join(", ", call.user.locales()));
        if (error != null) m.put("error", error);
        return m;
    }
}
