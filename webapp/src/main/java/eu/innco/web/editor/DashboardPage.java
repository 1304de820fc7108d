package eu.innco.web.editor;

import eu.innco.content.ContentService;
import eu.innco.publishing.Publishing;
import eu.innco.security.AccessPolicy;
import java.time.Clock;
import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.InncoException;
import eu.innco.content.ContentItem;
import eu.innco.content.ListQuery;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.publishing.AuditEntry;
import eu.innco.publishing.AuditQuery;
import eu.innco.publishing.Schedule;
import eu.innco.security.Action;
import eu.innco.security.Actor;
import eu.innco.security.Ownership;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The editor's home: my drafts, what waits for translation in my languages, what is scheduled, recent activity. */
@Path("editor")
public final class DashboardPage {
    private static final int SHOW = 10;
    private final Editor editor;
    private final ContentService content;
    private final Publishing publishing;
    private final AccessPolicy policy;
    private final Clock clock;

    public DashboardPage(Editor editor, ContentService content, Publishing publishing, AccessPolicy policy, Clock clock) {
        this.editor = editor;
        this.content = content;
        this.publishing = publishing;
        this.policy = policy;
        this.clock = clock;
    }

    @GET
    public Response dashboard(@Context UriInfo uri, @Context HttpHeaders headers) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        Actor me = call.actor();
        List<Map<String, Object>> drafts = new ArrayList<>();
        Map<String, List<Map<String, Object>>> waiting = new LinkedHashMap<>();
        Set<String> myLocales = me.locales().isEmpty() ? Set.copyOf(editor.locales.locales()) : me.locales();
        for (ContentTypeDefinition t : editor.types.all()) {
            for (ContentItem i : content.list(me, t.name(), ListQuery.of(200, 0, null, null, null, null, "-lastModified")).items()) {
                boolean draft = i.locales().values().stream().anyMatch(s -> s.published() == null && !"missing".equals(s.translation())
                        || s.published() != null && s.modifiedSincePublished());
                boolean mine = me.reachesAll() || i.createdBy().equals(me.username()) || (!me.partner().isEmpty() && me.partner().equals(i.ownerPartner()));
                if (draft && mine && drafts.size() < SHOW) drafts.add(row(call, t, i));
                if (!t.hasLocalisedProperties()) continue;
                for (String l : myLocales) {
                    if (l.equals(i.sourceLocale())) continue;
                    var s = i.locales().get(l);
                    if (s != null && ("missing".equals(s.translation()) || s.outdated())) {
                        List<Map<String, Object>> list = waiting.computeIfAbsent(l, k -> new ArrayList<>());
                        if (list.size() < SHOW) list.add(row(call, t, i));
                    }
                }
            }
        }
        drafts.sort(Comparator.comparing(r -> r.get("sortKey").toString(), Comparator.reverseOrder()));
        List<Map<String, String>> scheduled = new ArrayList<>();
        for (Schedule s : publishing.scheduling.list(me, null, "pending")) scheduled.add(scheduleRow(call, s));
        // admins hear of publications that will not happen because their author may no longer publish
        List<Map<String, String>> cancelled = new ArrayList<>();
        if (policy.allows(me, Action.MANAGE_USERS, Ownership.NEW)) {
            java.time.Instant since = clock.instant().minus(java.time.Duration.ofDays(30));
            for (Schedule s : publishing.scheduling.list(me, null, "cancelled")) {
                if (!"author".equals(s.cancelledFor()) || s.ranAt() == null || s.ranAt().isBefore(since)) continue;
                Map<String, String> r = scheduleRow(call, s);
                r.put("by", s.createdBy());
                cancelled.add(r);
            }
        }
        boolean everyone = policy.allows(me, Action.READ_AUDIT, Ownership.NEW);
        List<Map<String, String>> activity = new ArrayList<>();
        for (AuditEntry e : publishing.audit.query(AuditQuery.of(null, everyone ? null : me.username(), null, null, null, 0, 15)).entries()) {
            String link = e.type() == null || e.type().isBlank() || e.itemId() == null || e.itemId().isBlank() || editor.types.get(e.type()).isEmpty()
                    ? "" : "/editor/content/" + e.type() + "/" + e.itemId();
            activity.add(Map.of("at", EditorDates.format(e.at(), call.locale()), "user", e.user(), "action", e.action(),
                    "path", e.path() == null ? "" : e.path(), "link", link,
                    "locales", String.join(", ", e.locales().stream().map(l -> call.t("language." + l)).toList())));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("drafts", drafts);
        m.put("waiting", waiting);
        m.put("scheduled", scheduled);
        m.put("cancelled", cancelled);
        m.put("activity", activity);
        return Pages.html(call, "dashboard.ftlh", m);
    }

    /** A pending schedule: when, what, and a link to its item, or to the releases page for a release. */
    private Map<String, String> scheduleRow(EditorCall call, Schedule s) {
        Map<String, String> r = new HashMap<>();
        r.put("action", s.action());
        r.put("at", EditorDates.format(s.at(), call.locale()));
        r.put("locales", String.join(", ", s.locales()));
        r.put("newerDraft", s.newerDraft() ? "true" : "");
        if (s.itemId().isEmpty()) {
            r.put("link", "/editor/releases");
            r.put("title", releaseName(s.releaseId()));
            r.put("kind", "");
            return r;
        }
        r.put("link", "/editor/content/" + s.type() + "/" + s.itemId());
        r.put("title", itemTitle(call, s.type(), s.itemId()));
        r.put("kind", call.t("type." + s.type() + ".one"));
        return r;
    }

    private String itemTitle(EditorCall call, String type, String id) {
        try {
            ContentItem i = content.get(call.actor(), type, id);
            JsonNode props = content.valuesJson().write(editor.types.require(type).properties(), i.values());
            return ItemTitles.of(props, i.name(), call.locale(), editor.locales.locales());
        } catch (InncoException e) {
            return id; // deleted since it was scheduled: the schedule will fail and say so
        }
    }

    private String releaseName(String id) {
        try {
            return publishing.releases.get(id).name();
        } catch (InncoException e) {
            return id;
        }
    }

    private Map<String, Object> row(EditorCall call, ContentTypeDefinition t, ContentItem i) {
        JsonNode props = content.valuesJson().write(t.properties(), i.values());
        Map<String, Object> r = new HashMap<>();
        r.put("type", t.name());
        r.put("id", i.id());
        r.put("title", ItemTitles.of(props, i.name(), call.locale(), editor.locales.locales()));
        r.put("modified", EditorDates.format(i.lastModified(), call.locale()));
        r.put("sortKey", i.lastModified() == null ? "" : i.lastModified().toString());
        return r;
    }
}
