package eu.innco.web.editor;

import eu.innco.network.Network;
import eu.innco.web.portal.PublicAddress;
import eu.innco.InncoException;
import eu.innco.network.Application;
import eu.innco.network.Moderation;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The moderation queue of applications to the network: partner editors see those from their
 * partner's country, admins and publishers all. Approve, ask for changes (a note the applicant
 * gets) or reject (a reason the applicant gets).
 */
@Path("editor/applications")
public final class ApplicationsPage {
    private final Editor editor;
    private final Network network;
    private final PublicAddress publicAddress;

    public ApplicationsPage(Editor editor, Network network, PublicAddress publicAddress) {
        this.editor = editor;
        this.network = network;
        this.publicAddress = publicAddress;
    }

    @GET
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        EditorCall call = moderator(uri, headers);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Application a : network.moderation.queue(call.actor())) rows.add(row(call, a));
        Map<String, Object> m = new HashMap<>();
        m.put("applications", rows);
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Moderation.MemberChange c : network.moderation.recentChanges(call.actor(), 30)) {
            changes.add(Map.of("organisation", c.organisation(), "name", c.name(), "when", EditorDates.format(c.at(), call.locale()),
                    "languages", String.join(", ", c.locales())));
        }
        m.put("changes", changes);
        return Pages.html(call, "applications.ftlh", m);
    }

    @GET
    @Path("{id}")
    public Response one(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        EditorCall call = moderator(uri, headers);
        return Pages.html(call, "application.ftlh", detail(call, network.moderation.get(call.actor(), id), null));
    }

    @POST
    @Path("{id}/{decision: approve|changes|reject}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id, @PathParam("decision") String decision, @Context UriInfo uri,
                           @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
        EditorCall call = moderator(uri, headers);
        call.checkCsrf(form);
        Moderation moderation = network.moderation;
        Application app = moderation.get(call.actor(), id);
        // the configured public address, never the request's Host: a forged Host must not end up in a mailed link
        String base = publicAddress.base() + "/" + app.locale();
        String text = ContentPages.nz(form.getFirst("text")).strip();
        if (!decision.equals("approve") && (text.isEmpty() || text.length() > 2000)) {
            return Pages.html(call, 400, "application.ftlh", detail(call, app, call.t("network.app.reasonRequired")));
        }
        switch (decision) {
            case "approve" -> moderation.approve(call.actor(), id, base + "/account/password?t=");
            case "changes" -> moderation.requestChanges(call.actor(), id, text, base + "/join/changes?t=");
            default -> moderation.reject(call.actor(), id, text);
        }
        call.flash(call.t("network.app.done." + decision));
        return Pages.redirect("/editor/applications");
    }

    @POST
    @Path("members/{organisation}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("organisation") String organisation, @Context UriInfo uri, @Context HttpHeaders headers,
                             MultivaluedMap<String, String> form) {
        EditorCall call = moderator(uri, headers);
        call.checkCsrf(form);
        String reason = ContentPages.nz(form.getFirst("text")).strip();
        if (reason.isEmpty() || reason.length() > 2000) {
            call.flash(call.t("network.app.reasonRequired"));
            return Pages.redirect("/editor/applications");
        }
        network.moderation.withdraw(call.actor(), organisation, reason, publicAddress.base() + "/{locale}/account");
        call.flash(call.t("network.app.done.withdraw"));
        return Pages.redirect("/editor/applications");
    }

    /** Only those who moderate; a member never gets this far (it cannot sign in to the editor). */
    private EditorCall moderator(UriInfo uri, HttpHeaders headers) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        if (!Moderation.moderates(call.actor())) {
            throw InncoException.forbidden("User '" + call.user.username() + "' does not moderate applications to the network.");
        }
        return call;
    }

    private Map<String, Object> row(EditorCall call, Application a) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", a.id());
        r.put("name", a.fields().name());
        r.put("place", a.fields().city() + ", " + option(call, "country", a.fields().country()));
        r.put("kind", option(call, "kind", a.fields().kind()));
        r.put("received", EditorDates.format(a.created(), call.locale()));
        r.put("state", a.state().label());
        r.put("duplicate", !a.duplicates().isEmpty());
        r.put("language", a.locale());
        return r;
    }

    private Map<String, Object> detail(EditorCall call, Application a, String error) {
        Map<String, Object> m = new HashMap<>(row(call, a));
        var f = a.fields();
        m.put("city", f.city());
        m.put("location", f.lat() + ", " + f.lon());
        m.put("sectors", f.sectors().stream().map(s -> option(call, "sectors", s)).toList());
        m.put("languages", f.languages());
        m.put("description", f.description());
        m.put("website", f.website());
        m.put("contactName", f.contactName());
        m.put("contactEmail", f.contactEmail());
        m.put("terms", a.termsVersion());
        m.put("termsAt", EditorDates.format(a.termsAcceptedAt(), call.locale()));
        m.put("hasLogo", a.hasLogo());
        m.put("note", a.note());
        List<Map<String, String>> dups = new ArrayList<>();
        for (String d : a.duplicates()) {
            String[] p = d.split(":");
            dups.add(Map.of("kind", p[0], "id", p[1], "why", p[2],
                    "url", p[0].equals("organisation") ? "/editor/content/organisation/" + p[1] : "/editor/applications/" + p[1]));
        }
        m.put("duplicates", dups);
        if (error != null) m.put("error", error);
        return m;
    }

    private String option(EditorCall call, String property, String value) {
        return network.validator.options(property).stream().filter(o -> o.value().equals(value)).findFirst()
                .map(o -> o.label(call.locale())).orElse(value);
    }
}
