package eu.innco.web.editor;

import eu.innco.exchange.initiatives.Collaboration;
import eu.innco.network.Network;
import eu.innco.InncoException;
import eu.innco.exchange.abuse.Hold;
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
import java.util.List;
import java.util.Map;

/**
 * The abuse reports waiting for a decision, for partner editors of the item's country (admins and
 * publishers: all): restore or remove each with a reason that the member receives. The same
 * decisions as {@code /.rest/authoring/v1/abuse}.
 */
@Path("editor/abuse")
public final class AbuseReviewPage {
    private final Editor editor;
    private final Collaboration collaboration;
    private final Network network;

    public AbuseReviewPage(Editor editor, Collaboration collaboration, Network network) {
        this.editor = editor;
        this.collaboration = collaboration;
        this.network = network;
    }

    @GET
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        EditorCall call = reviewer(uri, headers);
        return Pages.html(call, "abuse.ftlh", model(call, null));
    }

    @POST
    @Path("{id: [A-Za-z0-9-]{1,64}}/{decision: restore|remove}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id, @PathParam("decision") String decision, @Context UriInfo uri,
                           @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
        EditorCall call = reviewer(uri, headers);
        call.checkCsrf(form);
        String reason = ContentPages.nz(form.getFirst("reason")).strip();
        if (reason.length() < 3 || reason.length() > 1000) return Pages.html(call, 400, "abuse.ftlh", model(call, call.t("exchange.abuse.reasonRequired")));
        collaboration.abuse.decide(call.actor(), network.moderation.country(call.actor()), id,
                decision.equals("restore"), reason);
        call.flash(call.t("exchange.abuse.done." + decision));
        return Pages.redirect("/editor/abuse");
    }

    private Map<String, Object> model(EditorCall call, String error) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Hold h : collaboration.abuse.queue(network.moderation.country(call.actor()))) {
            Map<String, Object> r = new HashMap<>();
            r.put("id", h.id());
            r.put("kind", h.kind().equals("message") ? call.t("exchange.abuse.message") : call.t("type." + h.kind() + ".one"));
            r.put("title", h.title());
            r.put("country", h.country());
            r.put("reported", EditorDates.format(h.reported(), call.locale()));
            r.put("reasons", h.reasons());
            rows.add(r);
        }
        Map<String, Object> m = new HashMap<>();
        m.put("holds", rows);
        if (error != null) m.put("error", error);
        return m;
    }

    /** Those who moderate the network review its reports; a member never gets this far. */
    private EditorCall reviewer(UriInfo uri, HttpHeaders headers) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        if (!Moderation.moderates(call.actor())) {
            throw InncoException.forbidden("User '" + call.user.username() + "' does not review abuse reports.");
        }
        return call;
    }
}
