package eu.innco.web.editor;

import eu.innco.security.AccessPolicy;
import eu.innco.content.ContentService;
import eu.innco.i18n.Languages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.ErrorKind;
import eu.innco.InncoException;
import eu.innco.content.AskedStates;
import eu.innco.content.ContentItem;
import eu.innco.content.ItemJson;
import eu.innco.content.ItemWrite;
import eu.innco.content.Precondition;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.i18n.translation.FieldWork;
import eu.innco.i18n.translation.ItemTranslation;
import eu.innco.i18n.translation.LocaleWork;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The translation view: the source language on the left, the target on the right, the state of
 * the target language and of each of its values (which can be changed value by value), and for
 * every value that needs work, why (missing, or the source changed since the translation: then both
 * versions of the source are shown).
 */
@Path("editor/content/{type}/{id}/translate")
public final class TranslationPage {
    private static final List<String> SETTABLE = List.of("draft", "translated", "reviewed");
    private final Editor editor;
    private final ContentService content;
    private final Languages languages;
    private final AccessPolicy policy;
    private final ItemJson itemJson;

    public TranslationPage(Editor editor, ContentService content, Languages languages, AccessPolicy policy) {
        this.editor = editor;
        this.content = content;
        this.languages = languages;
        this.policy = policy;
        this.itemJson = new ItemJson(content.valuesJson());
    }

    @GET
    public Response view(@Context UriInfo uri, @Context HttpHeaders headers, @PathParam("type") String type, @PathParam("id") String id,
                         @QueryParam("source") String source, @QueryParam("target") String target) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        ContentItem item = ContentPages.editable(content, policy, call, type, id);
        JsonNode props = itemJson.write(item, editor.types.require(type)).path("properties");
        return page(call, type, item, props, props, pick(source, item.sourceLocale()), pick(target, defaultTarget(call, item)), Map.of(), 200, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@Context UriInfo uri, @Context HttpHeaders headers, @PathParam("type") String type, @PathParam("id") String id,
                         MultivaluedMap<String, String> form) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        call.checkCsrf(form);
        ContentTypeDefinition t = editor.types.require(type);
        ContentItem current = content.get(call.actor(), type, id);
        String source = pick(form.getFirst("_source"), current.sourceLocale());
        String target = pick(form.getFirst("_target"), defaultTarget(call, current));
        JsonNode stored = itemJson.write(current, t).path("properties");
        FormValues.Bound bound = new FormValues(form, List.of(target), false, content.valuesJson()).bind(t.properties(), current.values(), editor.locales.locales());
        ObjectNode props = bound.shown();
        String state = ContentPages.nz(form.getFirst("state"));
        Map<String, Optional<String>> localeState = SETTABLE.contains(state) ? Map.of(target, Optional.of(state)) : Map.of();
        Map<String, Optional<String>> fields = new LinkedHashMap<>();
        FieldStateForm.asked(form, current.locales().get(target).fields()).forEach((path, s) -> fields.put(path, Optional.of(s)));
        // marking translated or reviewed again takes the new source; an unchanged draft keeps the values' own states
        Set<String> named = List.of("translated", "reviewed").contains(state) ? Set.of(target) : Set.of();
        AskedStates states = new AskedStates(localeState, Map.of(target, fields), named);
        ItemWrite base = bound.write();
        String etag = form.getFirst("_etag");
        try {
            ItemWrite asked = new ItemWrite(base.name(), base.sourceLocale(), base.values(), states, base.unreadable(),
                    Locale.forLanguageTag(call.locale()));
            content.replace(call.actor(), type, id, asked, etag == null ? Precondition.NONE : Precondition.etag(etag));
            call.flash(call.t("translate.saved", call.t("language." + target)));
            return Pages.redirect("/editor/content/" + type + "/" + id + "/translate?source=" + source + "&target=" + target);
        } catch (InncoException e) {
            if (e.kind() == ErrorKind.PRECONDITION_FAILED) return Conflicts.page(call, content, policy, t, current, bound, target, form);
            if (e.kind() != ErrorKind.INVALID_INPUT) throw e;
            return page(call, type, current, stored, props, source, target, FormModel.formErrors(ProblemTexts.of(call, type).localised(e.errors())), 400, call.t("editor.invalid"));
        }
    }

    /** {@code stored}: the item as saved (the source column shows only that); {@code props}: the values in the target column. */
    private Response page(EditorCall call, String type, ContentItem item, JsonNode stored, JsonNode props, String source, String target,
                          Map<String, String> errors, int status, String message) {
        ContentTypeDefinition t = editor.types.require(type);
        ItemTranslation work = languages.overview.item(call.actor(), type, item.id());
        Map<String, Map<String, Object>> needs = new LinkedHashMap<>();
        String state = "missing";
        for (LocaleWork lw : work.locales()) {
            if (!lw.locale().equals(target)) continue;
            state = lw.translation();
            for (FieldWork fw : lw.fields()) {
                Map<String, Object> n = new HashMap<>();
                n.put("need", fw.need());
                n.put("source", text(fw.source()));
                n.put("before", text(fw.sourceAtTranslation()));
                needs.put(fw.path(), n);
            }
        }
        Map<String, Object> m = new HashMap<>();
        m.put("type", type);
        m.put("item", ItemSummary.of(item, stored, call, policy));
        m.put("source", source);
        m.put("target", target);
        m.put("state", state);
        m.put("sourceFields", new FormModel(call, type, source, Map.of(), new ReferenceChoices(content, call)).fields(t.properties(), stored, "s", false));
        m.put("fields", new FormModel(call, type, target, errors, new ReferenceChoices(content, call)).fields(t.properties(), props, "p", false));
        m.put("needs", needs);
        m.put("fieldStates", FieldStateForm.shown(item.locales().get(target).fields()));
        m.put("error", message);
        m.put("errors", errors);
        return Pages.html(call, status, "translate.ftlh", m);
    }

    private static String text(Object v) {
        if (v == null) return "";
        String s = v instanceof List<?> l ? String.join(" · ", l.stream().map(String::valueOf).toList()) : String.valueOf(v);
        return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
    }

    private String defaultTarget(EditorCall call, ContentItem item) {
        for (String l : call.user.locales()) if (!l.equals(item.sourceLocale())) return l;
        return item.sourceLocale().equals(call.locale()) ? editor.locales.locales().stream()
                .filter(l -> !l.equals(item.sourceLocale())).findFirst().orElse(call.locale()) : call.locale();
    }

    private String pick(String asked, String dflt) {
        return asked != null && editor.locales.contains(asked) ? asked : dflt;
    }
}
