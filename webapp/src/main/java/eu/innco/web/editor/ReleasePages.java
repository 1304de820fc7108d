package eu.innco.web.editor;

import eu.innco.content.ContentService;
import eu.innco.publishing.Publishing;
import eu.innco.security.AccessPolicy;
import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.ErrorKind;
import eu.innco.InncoException;
import eu.innco.content.ContentItem;
import eu.innco.content.ListQuery;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.publishing.PublishTarget;
import eu.innco.publishing.Release;
import eu.innco.security.Action;
import eu.innco.security.Ownership;
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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Releases in the editor: pick items and languages, publish them together now or at a time, see past releases. */
@Path("editor/releases")
public final class ReleasePages {
    private final Editor editor;
    private final AccessPolicy policy;
    private final Publishing publishing;
    private final ContentService content;

    public ReleasePages(Editor editor, AccessPolicy policy, Publishing publishing, ContentService content) {
        this.editor = editor;
        this.policy = policy;
        this.publishing = publishing;
        this.content = content;
    }

    @GET
    public Response page(@Context UriInfo uri, @Context HttpHeaders headers) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        policy.check(call.actor(), Action.MANAGE_RELEASES, Ownership.NEW);
        return Pages.html(call, "releases.ftlh", model(call, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@Context UriInfo uri, @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        call.checkCsrf(form);
        List<String> locales = form.getOrDefault("locales", List.of());
        List<PublishTarget> items = new ArrayList<>();
        for (String pick : form.getOrDefault("items", List.of())) {
            int colon = pick.indexOf(':');
            if (colon > 0) items.add(new PublishTarget(pick.substring(0, colon), pick.substring(colon + 1), locales));
        }
        String at = form.getFirst("at");
        try {
            var when = at == null || at.isBlank() ? null : LocalDateTime.parse(at).atZone(ZoneId.of("Europe/Brussels")).toInstant();
            Release r = publishing.releases.create(call.actor(), ContentPages.nz(form.getFirst("name")), items,
                    "true".equals(form.getFirst("includeReferences")), form.getFirst("comment"), when, when == null);
            call.flash(call.t("releases.done", r.name(), call.t("releases.state." + r.state())));
            return Pages.redirect("/editor/releases");
        } catch (java.time.format.DateTimeParseException e) {
            return Pages.html(call, 400, "releases.ftlh", model(call, call.t("releases.badDate")));
        } catch (InncoException e) {
            if (e.kind() == ErrorKind.FORBIDDEN) throw e;
            return Pages.html(call, 400, "releases.ftlh", model(call, ProblemTexts.of(call).describe(e, 20, "\n")));
        }
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@Context UriInfo uri, @Context HttpHeaders headers, @PathParam("id") String id, MultivaluedMap<String, String> form) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        call.checkCsrf(form);
        publishing.releases.cancel(call.actor(), id);
        return Pages.redirect("/editor/releases");
    }

    private Map<String, Object> model(EditorCall call, String error) {
        List<Map<String, Object>> groups = new ArrayList<>();
        for (ContentTypeDefinition t : editor.types.all()) {
            List<Map<String, String>> items = new ArrayList<>();
            for (ContentItem i : content.list(call.actor(), t.name(), ListQuery.of(200, 0, null, null, null, null, "-lastModified")).items()) {
                JsonNode props = content.valuesJson().write(t.properties(), i.values());
                items.add(Map.of("value", t.name() + ":" + i.id(), "label", ItemTitles.of(props, i.name(), call.locale(), editor.locales.locales())));
            }
            if (!items.isEmpty()) groups.add(Map.of("type", t.name(), "items", items));
        }
        List<Map<String, String>> releases = new ArrayList<>();
        for (Release r : publishing.releases.all()) {
            releases.add(Map.of("id", r.id(), "name", r.name(), "state", r.state(), "items", Integer.toString(r.items().size()),
                    "at", r.at() == null ? "" : EditorDates.format(r.at(), call.locale()), "result", r.result()));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("groups", groups);
        m.put("releases", releases);
        if (error != null) m.put("error", error);
        return m;
    }
}
