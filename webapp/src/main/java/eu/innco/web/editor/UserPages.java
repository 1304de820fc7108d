package eu.innco.web.editor;

import eu.innco.ErrorCode;
import eu.innco.content.ContentService;
import eu.innco.publishing.Publishing;
import eu.innco.security.AccessPolicy;
import eu.innco.security.ApiTokens;
import eu.innco.InncoException;
import eu.innco.content.ContentItem;
import eu.innco.content.ListQuery;
import eu.innco.security.Action;
import eu.innco.security.AdminBootstrap;
import eu.innco.security.ApiToken;
import eu.innco.security.Ownership;
import eu.innco.security.Role;
import eu.innco.security.UserAccount;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Administration of users: create, change roles, partner and locales, disable, reset passwords, API tokens. */
@Path("editor/users")
public final class UserPages {
    private final Editor editor;
    private final ApiTokens tokens;
    private final Publishing publishing;
    private final AccessPolicy policy;
    private final ContentService content;

    public UserPages(Editor editor, ApiTokens tokens, Publishing publishing, AccessPolicy policy, ContentService content) {
        this.editor = editor;
        this.tokens = tokens;
        this.publishing = publishing;
        this.policy = policy;
        this.content = content;
    }

    @GET
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        EditorCall call = admin(uri, headers);
        Map<String, Object> m = new HashMap<>();
        List<Map<String, Object>> users = new ArrayList<>();
        for (UserAccount u : editor.users.all()) users.add(view(call, u));
        m.put("users", users);
        List<Map<String, String>> partners = partners(call);
        for (UserAccount u : editor.users.all()) {
            if (!u.partner().isEmpty() && partners.stream().noneMatch(x -> x.get("id").equals(u.partner()))) {
                partners.add(Map.of("id", u.partner(), "name", u.partner()));
            }
        }
        m.put("partners", partners);
        m.put("roles", List.of("admin", "publisher", "partner_publisher", "editor", "translator"));
        return Pages.html(call, "users.ftlh", m);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@Context UriInfo uri, @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
        EditorCall call = admin(uri, headers);
        call.checkCsrf(form);
        String password = AdminBootstrap.generatePassword();
        try {
            editor.users.create(ContentPages.nz(form.getFirst("username")).trim(), password, roles(form),
                    ContentPages.nz(form.getFirst("partner")), locales(form), "true".equals(form.getFirst("allContent")));
            return Pages.redirect("/editor/users", call.flashSecret(call.t("users.created", form.getFirst("username"), password)));
        } catch (InncoException e) {
            call.flash(ProblemTexts.of(call).describe(e, 8, " · "));
        }
        return Pages.redirect("/editor/users");
    }

    @POST
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@Context UriInfo uri, @Context HttpHeaders headers, @PathParam("name") String name,
                           MultivaluedMap<String, String> form) {
        EditorCall call = admin(uri, headers);
        call.checkCsrf(form);
        switch (ContentPages.nz(form.getFirst("action"))) {
            case "reset" -> {
                String password = AdminBootstrap.generatePassword();
                editor.users.setPassword(name, password);
                editor.sessions.closeAll(name);
                return Pages.redirect("/editor/users", call.flashSecret(call.t("users.reset", name, password)));
            }
            case "token" -> {
                if (!editor.users.exists(name)) throw eu.innco.InncoException.notFound(ErrorCode.USER_003, "There is no user '" + name + "'.");
                String token = tokens.create(name, ContentPages.nz(form.getFirst("label")));
                return Pages.redirect("/editor/users", call.flashSecret(call.t("users.token", name, token)));
            }
            case "revoke" -> {
                tokens.revoke(name, ContentPages.nz(form.getFirst("token")));
                call.flash(call.t("users.revoked"));
            }
            default -> {
                boolean disabled = "true".equals(form.getFirst("disabled"));
                if (name.equals(call.user.username()) && (disabled || !roles(form).contains(Role.ADMIN))) {
                    call.flash(call.t("users.notYourself"));
                    return Pages.redirect("/editor/users");
                }
                editor.users.update(name, roles(form), ContentPages.nz(form.getFirst("partner")), locales(form),
                        "true".equals(form.getFirst("allContent")), disabled);
                if (disabled) editor.sessions.closeAll(name);
                // a user who may no longer publish leaves no publication behind to run later in their name
                int cancelled = publishing.scheduling.reviewAuthor(name, call.user.username());
                call.flash(call.t("users.saved", name) + (cancelled == 0 ? "" : " " + call.t("users.schedulesCancelled", cancelled)));
            }
        }
        return Pages.redirect("/editor/users");
    }

    private EditorCall admin(UriInfo uri, HttpHeaders headers) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        policy.check(call.actor(), Action.MANAGE_USERS, Ownership.NEW);
        return call;
    }

    private Map<String, Object> view(EditorCall call, UserAccount u) {
        Map<String, Object> v = new HashMap<>();
        v.put("name", u.username());
        v.put("roles", u.roles().stream().map(Role::label).toList());
        v.put("partner", u.partner());
        v.put("locales", List.copyOf(u.locales()));
        v.put("allContent", u.allContent());
        v.put("disabled", u.disabled());
        List<Map<String, String>> tokens = new ArrayList<>();
        for (ApiToken t : this.tokens.list(u.username())) {
            tokens.add(Map.of("id", t.id(), "label", t.label(), "created", EditorDates.format(t.created(), call.locale())));
        }
        v.put("tokens", tokens);
        return v;
    }

    private List<Map<String, String>> partners(EditorCall call) {
        List<Map<String, String>> out = new ArrayList<>();
        var t = editor.types.get("organisation");
        if (t.isEmpty()) return out;
        for (ContentItem i : content.list(call.actor(), "organisation", ListQuery.of(200, 0, null, null, null, null)).items()) {
            if (!"partner".equals(i.values().get("role").orElse(""))) continue;
            out.add(Map.of("id", i.id(), "name", String.valueOf(i.values().get("name").orElse(i.name()))));
        }
        return out;
    }

    private static Set<Role> roles(MultivaluedMap<String, String> form) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : form.getOrDefault("roles", List.of())) Role.parse(r).ifPresent(roles::add);
        return roles;
    }

    private Set<String> locales(MultivaluedMap<String, String> form) {
        Set<String> out = new LinkedHashSet<>();
        for (String l : form.getOrDefault("locales", List.of())) if (editor.locales.contains(l)) out.add(l);
        return out;
    }
}
