package eu.innco.web.editor;

import eu.innco.content.ContentService;
import eu.innco.publishing.Publishing;
import eu.innco.reach.Reach;
import eu.innco.security.AccessPolicy;
import eu.innco.web.portal.PublicAddress;
import java.time.Clock;
import eu.innco.ErrorKind;
import eu.innco.InncoException;
import eu.innco.content.ContentItem;
import eu.innco.publishing.PublishTarget;
import eu.innco.publishing.Release;
import eu.innco.reach.ReachFigures;
import eu.innco.reach.ReachRow;
import eu.innco.security.Action;
import eu.innco.security.Ownership;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Campaigns in the editor: the reach dashboard (overall, per partner, per campaign) with CSV
 * export, a campaign's share links, and its launch: one release of the campaign in every language
 * it chose, with the items it promotes, now or at a time. Partner editors see their partner's
 * campaigns only.
 */
@Path("editor/campaigns")
public final class CampaignPages {
    private final Editor editor;
    private final Clock clock;
    private final AccessPolicy policy;
    private final Publishing publishing;
    private final ContentService content;
    private final Reach reach;
    private final PublicAddress publicAddress;
    /** The newsletters sent for a campaign, listed on its page. */
    private final eu.innco.newsletter.Newsletter newsletter;

    CampaignPages(Editor editor, Clock clock, AccessPolicy policy, Publishing publishing, ContentService content, Reach reach, PublicAddress publicAddress,
                  eu.innco.newsletter.Newsletter newsletter) {
        this.editor = editor;
        this.clock = clock;
        this.policy = policy;
        this.publishing = publishing;
        this.content = content;
        this.reach = reach;
        this.publicAddress = publicAddress;
        this.newsletter = newsletter;
    }

    @GET
    public Response overview(@Context UriInfo uri, @Context HttpHeaders headers) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        ReachPeriod p = ReachPeriod.of(uri, clock);
        ReachScope scope = ReachScope.of(call, content, reach, uri.getQueryParameters().getFirst("partner"));
        Map<String, Object> m = ReachModel.of(call, figures(p, scope.reads()), p);
        m.put("campaigns", ReachModel.campaigns(call, content, scope.campaigns()));
        m.put("partners", scope.partners());
        m.put("partner", scope.partner());
        m.put("overall", scope.overall());
        m.put("csv", "/editor/campaigns/reach.csv?" + p.query() + (scope.partner().isEmpty() ? "" : "&partner=" + scope.partner()));
        return Pages.html(call, "reach.ftlh", m);
    }

    @GET
    @Path("reach.csv")
    public Response overviewCsv(@Context UriInfo uri, @Context HttpHeaders headers) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        ReachPeriod p = ReachPeriod.of(uri, clock);
        return csv(figures(p, ReachScope.of(call, content, reach, uri.getQueryParameters().getFirst("partner")).reads()), "inn-co-reach-" + p.from() + "-" + p.to());
    }

    @GET
    @Path("{id}")
    public Response campaign(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        return Pages.html(call, "campaign.ftlh", model(call, uri, id, null));
    }

    @GET
    @Path("{id}/reach.csv")
    public Response campaignCsv(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        CampaignReach c = new CampaignReach(reach, editor.locales, find(call, id));
        ReachPeriod p = ReachPeriod.of(uri, clock);
        return csv(figures(p, c.reads()), "inn-co-reach-" + c.code + "-" + p.from() + "-" + p.to());
    }

    @POST
    @Path("{id}/launch")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response launch(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        call.checkCsrf(form);
        // a publisher's action: refused (and audited) before the campaign is even looked up
        policy.check(call.actor(), Action.MANAGE_RELEASES, Ownership.NEW);
        ContentItem c = find(call, id);
        List<String> locales = CampaignReach.ids(c.values().get("locales").orElse(null));
        String at = form.getFirst("at");
        try {
            var when = at == null || at.isBlank() ? null : LocalDateTime.parse(at).atZone(ZoneId.of("Europe/Brussels")).toInstant();
            // the campaign in its languages; what it promotes comes along where not yet published (references together)
            Release r = publishing.releases.create(call.actor(), call.t("campaign.releaseName", CampaignReach.name(c)),
                    List.of(new PublishTarget("campaign", c.id(), locales)), true, call.t("campaign.launch"), when, when == null);
            call.flash(call.t("releases.done", r.name(), call.t("releases.state." + r.state())));
            return Pages.redirect("/editor/campaigns/" + c.id());
        } catch (java.time.format.DateTimeParseException e) {
            return Pages.html(call, 400, "campaign.ftlh", model(call, uri, id, call.t("releases.badDate")));
        } catch (InncoException e) {
            if (e.kind() == ErrorKind.FORBIDDEN) throw e;
            return Pages.html(call, 400, "campaign.ftlh", model(call, uri, id, ProblemTexts.of(call).describe(e, 20, "\n")));
        }
    }

    private Map<String, Object> model(EditorCall call, UriInfo uri, String id, String error) {
        CampaignReach c = new CampaignReach(reach, editor.locales, find(call, id));
        ReachPeriod p = ReachPeriod.of(uri, clock);
        ReachFigures f = figures(p, c.reads());
        Map<String, Object> m = ReachModel.of(call, f, p);
        m.put("campaign", ReachModel.campaigns(call, content, List.of(c.campaign)).get(0));
        m.put("links", ReachModel.links(call, content, c, f, base(uri)));
        m.put("pages", List.copyOf(c.pagePaths));
        m.put("newsletters", eu.innco.web.newsletter.IssueModel.ofCampaign(c.campaign.id(), newsletter, editor.locales));
        m.put("mayLaunch", policy.allows(call.actor(), Action.MANAGE_RELEASES, Ownership.NEW));
        m.put("csv", "/editor/campaigns/" + c.campaign.id() + "/reach.csv?" + p.query());
        if (error != null) m.put("error", error);
        return m;
    }

    /** The campaign, if the user may see it; a 404 otherwise (the same answer as for an unknown id). */
    private ContentItem find(EditorCall call, String id) {
        ContentItem c;
        try {
            c = content.get(call.actor(), "campaign", id);
        } catch (InncoException e) {
            throw new NotFoundException();
        }
        if (!CampaignReach.maySee(call.actor(), c)) throw new NotFoundException();
        return c;
    }

    private ReachFigures figures(ReachPeriod p, Predicate<ReachRow> reads) {
        return new ReachFigures(reach.rows(p.from(), p.to()), p.from(), p.to(), reads);
    }

    private static Response csv(ReachFigures f, String name) {
        return Response.ok(f.csv(), "text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                .header("Cache-Control", "no-store").build();
    }

    /** The site's public address for share links, never the request's Host (see {@link eu.innco.web.portal.PublicAddress}). */
    private String base(UriInfo uri) {
        return publicAddress.base();
    }
}
