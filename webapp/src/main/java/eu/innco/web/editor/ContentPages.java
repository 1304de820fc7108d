package eu.innco.web.editor;

import eu.innco.content.ContentService;
import eu.innco.security.AccessPolicy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.ErrorKind;
import eu.innco.InncoException;
import eu.innco.content.ContentItem;
import eu.innco.content.ItemJson;
import eu.innco.content.ItemWrite;
import eu.innco.content.ItemPage;
import eu.innco.content.ListQuery;
import eu.innco.content.Precondition;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.security.Action;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The editor's lists and forms for every content type: browse, create, edit, save, delete. */
@Path("editor/content/{type}")
public final class ContentPages {
    private static final int PAGE = 25;
    private final Editor editor;
    private final ContentService content;
    private final AccessPolicy policy;
    private final ItemJson itemJson;

    public ContentPages(Editor editor, ContentService content, AccessPolicy policy) {
        this.editor = editor;
        this.content = content;
        this.policy = policy;
        this.itemJson = new ItemJson(content.valuesJson());
    }

    @GET
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers, @PathParam("type") String type,
                         @QueryParam("q") String q, @QueryParam("status") String status, @QueryParam("locale") String locale,
                         @QueryParam("translation") String translation, @QueryParam("sort") String sort, @QueryParam("page") String page) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        ContentTypeDefinition t = editor.types.require(type);
        int p = Math.max(1, parse(page));
        // the form lets people pick a translation state with "any language": say what is missing rather than fail
        boolean needsLanguage = !nz(translation).isBlank() && nz(locale).isBlank();
        ItemPage items = needsLanguage ? new ItemPage(0, PAGE, 0, List.of())
                : content.list(call.actor(), type, ListQuery.of(PAGE, (p - 1) * PAGE, q, status, locale, translation, sort));
        List<Map<String, Object>> rows = new ArrayList<>();
        RoleLimits limits = new RoleLimits(policy, call);
        for (ContentItem i : items.items()) {
            Map<String, Object> row = new LinkedHashMap<>();
            JsonNode props = content.valuesJson().write(t.properties(), i.values());
            row.put("id", i.id());
            row.put("title", ItemTitles.of(props, i.name(), call.locale(), editor.locales.locales()));
            row.put("modified", EditorDates.format(i.lastModified(), call.locale()));
            row.put("modifiedBy", i.lastModifiedBy());
            Map<String, String> states = new LinkedHashMap<>();
            i.locales().forEach((l, s) -> states.put(l, s.published() == null ? s.translation() : s.modifiedSincePublished() ? "modified" : "published"));
            row.put("states", states);
            // an item the user may not open is said so in the list, rather than by a 403 after the click
            row.put("limit", limits.openReason(new eu.innco.security.Ownership(i.id(), i.createdBy(), i.ownerPartner())));
            rows.add(row);
        }
        Map<String, Object> m = new HashMap<>();
        m.put("type", type);
        m.put("rows", rows);
        m.put("total", items.total());
        m.put("page", p);
        m.put("pages", Math.max(1, (items.total() + PAGE - 1) / PAGE));
        m.put("filters", Map.of("q", nz(q), "status", nz(status), "locale", nz(locale), "translation", nz(translation), "sort", nz(sort)));
        if (needsLanguage) m.put("error", call.t("editor.translationNeedsLanguage"));
        m.put("createLimit", new RoleLimits(policy, call).reason(Action.CREATE, eu.innco.security.Ownership.NEW));
        return Pages.html(call, needsLanguage ? 400 : 200, "list.ftlh", m);
    }

    @GET
    @Path("new")
    public Response newForm(@Context UriInfo uri, @Context HttpHeaders headers, @PathParam("type") String type, @QueryParam("edit") String edit) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        editor.types.require(type);
        policy.check(call.actor(), Action.CREATE, eu.innco.security.Ownership.NEW);
        String locale = edit == null ? EditorLanguage.firstLanguage(call) : editLocale(call, edit);
        return form(call, type, null, JsonNodeFactory.instance.objectNode(), locale, Map.of(), 200, null);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@Context UriInfo uri, @Context HttpHeaders headers, @PathParam("type") String type,
                           MultivaluedMap<String, String> form) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        call.checkCsrf(form);
        ContentTypeDefinition t = editor.types.require(type);
        String locale = editLocale(call, form.getFirst("_locale"));
        FormValues.Bound bound = new FormValues(form, List.of(locale), true, content.valuesJson()).bind(t.properties(), null, editor.locales.locales());
        ObjectNode props = bound.shown();
        ItemWrite asked = bound.write().withSourceLocale(locale).withMessages(Locale.forLanguageTag(call.locale()));
        try {
            ContentItem created = content.create(call.actor(), type, asked);
            call.flash(call.t("editor.saved"));
            return Pages.redirect("/editor/content/" + type + "/" + created.id() + "?edit=" + locale);
        } catch (InncoException e) {
            if (e.kind() != ErrorKind.INVALID_INPUT) throw e;
            return form(call, type, null, props, locale, FormModel.formErrors(ProblemTexts.of(call, type).localised(e.errors())), 400, call.t("editor.invalid"));
        }
    }

    @GET
    @Path("{id}")
    public Response edit(@Context UriInfo uri, @Context HttpHeaders headers, @PathParam("type") String type, @PathParam("id") String id,
                         @QueryParam("edit") String edit) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        ContentItem item = editable(content, policy, call, type, id);
        JsonNode props = itemJson.write(item, editor.types.require(type)).path("properties");
        return form(call, type, item, props, editLocale(call, edit), Map.of(), 200, null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@Context UriInfo uri, @Context HttpHeaders headers, @PathParam("type") String type, @PathParam("id") String id,
                         MultivaluedMap<String, String> form) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        call.checkCsrf(form);
        ContentTypeDefinition t = editor.types.require(type);
        ContentItem current = content.get(call.actor(), type, id);
        String locale = editLocale(call, form.getFirst("_locale"));
        FormValues.Bound bound = new FormValues(form, List.of(locale), true, content.valuesJson()).bind(t.properties(), current.values(), editor.locales.locales());
        ObjectNode props = bound.shown();
        ItemWrite asked = bound.write().withMessages(Locale.forLanguageTag(call.locale()));
        String etag = form.getFirst("_etag");
        try {
            content.replace(call.actor(), type, id, asked, etag == null ? Precondition.NONE : Precondition.etag(etag));
            call.flash(call.t("editor.saved"));
            return Pages.redirect("/editor/content/" + type + "/" + id + "?edit=" + locale);
        } catch (InncoException e) {
            if (e.kind() == ErrorKind.PRECONDITION_FAILED) return Conflicts.page(call, content, policy, t, current, bound, locale, form);
            if (e.kind() != ErrorKind.INVALID_INPUT) throw e;
            return form(call, type, current, props, locale, FormModel.formErrors(ProblemTexts.of(call, type).localised(e.errors())), 400, call.t("editor.invalid"));
        }
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@Context UriInfo uri, @Context HttpHeaders headers, @PathParam("type") String type, @PathParam("id") String id,
                           MultivaluedMap<String, String> form) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        call.checkCsrf(form);
        content.delete(call.actor(), type, id, Precondition.etag(nz(form.getFirst("_etag"))), "true".equals(form.getFirst("force")));
        call.flash(call.t("editor.deleted"));
        return Pages.redirect("/editor/content/" + type);
    }

    /** The item, when the user may change it (or translate it); a 403 page otherwise, even for a forged link. */
    static ContentItem editable(ContentService content, AccessPolicy policy, EditorCall call, String type, String id) {
        ContentItem item = content.get(call.actor(), type, id);
        var owner = new eu.innco.security.Ownership(item.id(), item.createdBy(), item.ownerPartner());
        if (!policy.allows(call.actor(), Action.UPDATE, owner) && !policy.allows(call.actor(), Action.TRANSLATE, owner)) {
            policy.check(call.actor(), Action.UPDATE, owner);
        }
        return item;
    }

    Response form(EditorCall call, String type, ContentItem item, JsonNode props, String locale, Map<String, String> errors, int status,
                  String message) {
        ContentTypeDefinition t = editor.types.require(type);
        FormModel model = new FormModel(call, type, locale, errors, new ReferenceChoices(content, call));
        Map<String, Object> m = new HashMap<>();
        m.put("type", type);
        m.put("item", item == null ? null : ItemSummary.of(item, props, call, policy));
        m.put("fields", model.fields(t.properties(), props, "p", true));
        m.put("editLocale", locale);
        // an image's form shows the picture, where a click sets its focal point (the two number fields stay the way without JavaScript)
        m.put("focalImage", item != null && "asset".equals(type) && String.valueOf(item.values().get("mimeType").orElse("")).startsWith("image/"));
        if (item != null) {
            List<String> complete = EditorLanguage.complete(t, item, editor.locales.locales());
            m.put("publishChecked", complete.isEmpty() ? List.of(locale) : complete);
        }
        m.put("error", message);
        m.put("errors", errors);
        return Pages.html(call, status, "edit.ftlh", m);
    }

    String editLocale(EditorCall call, String asked) {
        if (asked != null && editor.locales.contains(asked)) return asked;
        return call.locale();
    }

    private static int parse(String s) {
        try {
            return s == null ? 1 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
