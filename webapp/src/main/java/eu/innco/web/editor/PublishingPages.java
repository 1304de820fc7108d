package eu.innco.web.editor;

import eu.innco.ErrorCode;
import eu.innco.security.AccessPolicy;
import eu.innco.content.ContentService;
import eu.innco.publishing.Publishing;
import eu.innco.ErrorKind;
import eu.innco.InncoException;
import eu.innco.content.ContentItem;
import eu.innco.content.Precondition;
import eu.innco.content.ValueChange;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.field.Dates;
import eu.innco.publishing.Version;
import eu.innco.publishing.VersionInfo;
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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Publishing from the editor: publish, unpublish or schedule chosen locales; version history, comparison, restore. */
@Path("editor/content/{type}/{id}/{action: publish|versions|compare|restore}")
public final class PublishingPages {
    private static final ZoneId EDITORS_ZONE = ZoneId.of("Europe/Brussels");
    private final Editor editor;
    private final Publishing publishing;
    private final ContentService content;
    private final AccessPolicy policy;

    public PublishingPages(Editor editor, Publishing publishing, ContentService content, AccessPolicy policy) {
        this.editor = editor;
        this.publishing = publishing;
        this.content = content;
        this.policy = policy;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@Context UriInfo uri, @Context HttpHeaders headers, @PathParam("type") String type, @PathParam("id") String id,
                         @PathParam("action") String action, MultivaluedMap<String, String> form) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        call.checkCsrf(form);
        String back = "/editor/content/" + type + "/" + id;
        try {
            switch (action) {
                case "publish" -> publish(call, type, id, form);
                case "restore" -> {
                    long n = Long.parseLong(ContentPages.nz(form.getFirst("version")));
                    publishing.versions.restore(call.actor(), type, id, n, Precondition.ANY);
                    call.flash(call.t("editor.restored", n));
                }
                default -> throw new jakarta.ws.rs.NotAllowedException("GET");
            }
        } catch (NumberFormatException e) {
            call.flash(call.t("editor.badVersion"));
        } catch (InncoException e) {
            if (e.kind() == ErrorKind.FORBIDDEN || e.kind() == ErrorKind.NOT_FOUND) throw e;
            call.flash(ProblemTexts.of(call, type).describe(e, 8, " · "));
        }
        return Pages.redirect(back);
    }

    private void publish(EditorCall call, String type, String id, MultivaluedMap<String, String> form) {
        List<String> locales = form.getOrDefault("locales", List.of());
        boolean together = "true".equals(form.getFirst("includeReferences"));
        String comment = form.getFirst("comment");
        switch (ContentPages.nz(form.getFirst("action"))) {
            case "unpublish" -> {
                publishing.publication.unpublish(call.actor(), type, id, locales, false);
                call.flash(call.t("editor.unpublished", String.join(", ", locales)));
            }
            case "schedule" -> {
                java.time.Instant at = parseLocal(form.getFirst("at"));
                String what = "true".equals(form.getFirst("unpublish")) ? "unpublish" : "publish";
                publishing.scheduling.schedule(call.actor(), type, id, what, at, locales);
                call.flash(call.t("editor.scheduled", EditorDates.format(at, call.locale())));
            }
            default -> {
                var done = publishing.publication.publish(call.actor(), type, id, locales, comment, together);
                call.flash(call.t("editor.publishedNow", String.join(", ", done.get(0).locales()), done.size() - 1));
            }
        }
    }

    /** The browser's datetime-local value, read in the partnership's time zone. */
    private static java.time.Instant parseLocal(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDateTime.parse(value).atZone(EDITORS_ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return Dates.parse(value).orElse(null);
        }
    }

    @GET
    public Response get(@Context UriInfo uri, @Context HttpHeaders headers, @PathParam("type") String type, @PathParam("id") String id,
                        @PathParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        ContentTypeDefinition t = editor.types.require(type);
        ContentItem item = content.get(call.actor(), type, id);
        Map<String, Object> m = new HashMap<>();
        m.put("type", type);
        m.put("item", ItemSummary.of(item, content.valuesJson().write(t.properties(), item.values()), call, policy));
        if (action.equals("versions")) {
            List<Map<String, Object>> versions = new ArrayList<>();
            for (VersionInfo v : publishing.versions.list(call.actor(), type, id)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("number", v.number());
                row.put("created", EditorDates.format(v.created(), call.locale()));
                row.put("by", v.createdBy());
                row.put("action", v.action());
                row.put("locales", String.join(", ", v.locales()));
                row.put("comment", v.comment());
                versions.add(row);
            }
            m.put("versions", versions);
            return Pages.html(call, "versions.ftlh", m);
        }
        if (!action.equals("compare")) throw new jakarta.ws.rs.NotAllowedException("POST");
        long a = number(from);
        Long b = to == null || to.isBlank() || to.equals("working") ? null : number(to);
        Version before = publishing.versions.read(call.actor(), type, id, a);
        var after = b == null ? item.values() : publishing.versions.read(call.actor(), type, id, b).values();
        var jb = content.valuesJson().write(t.properties(), before.values());
        var ja = content.valuesJson().write(t.properties(), after);
        List<Map<String, String>> changes = new ArrayList<>();
        for (ValueChange c : publishing.versions.compare(call.actor(), type, id, a, b)) {
            changes.add(Map.of("field", c.path() + (c.locale() == null ? "" : " (" + c.locale() + ")"), "change", c.kind().name().toLowerCase(),
                    "before", TextDiff.value(jb, c), "after", TextDiff.value(ja, c)));
        }
        m.put("from", a);
        m.put("to", b == null ? "working" : b.toString());
        m.put("changes", changes);
        return Pages.html(call, "compare.ftlh", m);
    }

    private static long number(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException | NullPointerException e) {
            throw InncoException.badRequest(ErrorCode.QUERY_004, "'from' and 'to' must be version numbers.");
        }
    }
}
