package eu.innco.web.newsletter;

import eu.innco.ErrorCode;
import eu.innco.content.ContentService;
import eu.innco.newsletter.Newsletter;
import eu.innco.site.SiteLocales;
import eu.innco.InncoException;
import eu.innco.content.ContentItem;
import eu.innco.newsletter.Issue;
import eu.innco.newsletter.IssueText;
import eu.innco.newsletter.Topic;
import eu.innco.web.Services;
import eu.innco.web.editor.CampaignReach;
import eu.innco.web.editor.Editor;
import eu.innco.web.editor.EditorCall;
import eu.innco.web.editor.Pages;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * {@code /editor/newsletters}: issues made from campaigns, composed in every language, previewed
 * per language, sent as a test to the editor's own address, then sent to the subscribers of the
 * issue's topic; the page shows how far the sending got and what the SMTP server refused.
 */
@Path("editor/newsletters")
public final class IssuePages {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private final Editor editor;
    private final ContentService content;
    private final SiteLocales locales;
    private final Newsletter newsletter;
    private final IssueDraft.Sources drafts;

    private IssuePages(Editor editor, ContentService content, SiteLocales locales, Newsletter newsletter, IssueDraft.Sources drafts) {
        this.editor = editor;
        this.content = content;
        this.locales = locales;
        this.newsletter = newsletter;
        this.drafts = drafts;
    }

    /** Gives the pages what they use of the services: campaigns, languages, the newsletter, and what drafts are made from. */
    public static void register(ResourceConfig rc, Editor editor, Services s) {
        rc.register(new IssuePages(editor, s.content, s.locales, s.newsletter, new IssueDraft.Sources(s.content, s.locales, s.reach, s.publicAddress)));
    }

    @GET
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        List<ContentItem> campaigns = CampaignReach.visible(content, call.actor()).stream()
                .filter(c -> IssueRights.mayCompose(call.actor(), c)).toList();
        Set<String> ids = campaigns.stream().map(ContentItem::id).collect(Collectors.toSet());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("issues", newsletter.issues.all().stream().filter(i -> ids.contains(i.campaignId()))
                .map(i -> IssueModel.summary(i, locales)).toList());
        m.put("campaigns", campaigns.stream().map(c -> Map.of("id", c.id(), "name", CampaignReach.name(c))).toList());
        return Pages.html(call, "newsletters.ftlh", m);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@Context UriInfo uri, @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        call.checkCsrf(form);
        ContentItem c = campaign(call, form.getFirst("campaign"));
        Map<String, IssueText> texts = IssueDraft.of(drafts, call.actor(), c);
        String id = newsletter.issues.create(call.actor().username(), c.id(), CampaignReach.code(c), c.ownerPartner(),
                Topic.CASE_STUDIES.key(), texts);
        return Pages.redirect("/editor/newsletters/" + id);
    }

    @GET
    @Path("{id}")
    public Response issue(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        return page(call, 200, issue(call, id), null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        call.checkCsrf(form);
        Issue issue = issue(call, id);
        String topic = form.getFirst("topic");
        if (topic == null || Topic.of(topic).isEmpty()) return page(call, 400, issue, call.t("newsletters.badTopic"));
        Map<String, IssueText> texts = new LinkedHashMap<>();
        for (String l : locales.locales()) {
            IssueText old = issue.texts().get(l);
            texts.put(l, new IssueText(limit(form.getFirst("subject_" + l), 200), limit(form.getFirst("intro_" + l), 4000),
                    old == null ? List.of() : old.items()));
        }
        if (texts.values().stream().noneMatch(IssueText::complete)) return page(call, 400, issue, call.t("newsletters.noText"));
        if (!newsletter.issues.update(id, topic, texts)) return page(call, 409, issue, call.t("newsletters.notDraft"));
        call.flash(call.t("newsletters.saved"));
        return Pages.redirect("/editor/newsletters/" + id);
    }

    /** The mail as a subscriber in this language gets it (their language's text, else the fallback's). */
    @GET
    @Path("{id}/preview/{locale}")
    public Response preview(@PathParam("id") String id, @PathParam("locale") String locale, @Context UriInfo uri, @Context HttpHeaders headers) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        Issue issue = issue(call, id);
        if (!locales.contains(locale)) throw new NotFoundException();
        String html = newsletter.issues.preview(issue, locale).orElseThrow(NotFoundException::new);
        return Response.ok(html, "text/html; charset=utf-8").header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{id}/test")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response test(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        call.checkCsrf(form);
        Issue issue = issue(call, id);
        String address = form.getFirst("address") == null ? "" : form.getFirst("address").strip();
        String locale = form.getFirst("locale");
        if (!EMAIL.matcher(address).matches() || address.length() > 254) return page(call, 400, issue, call.t("newsletters.badAddress"));
        if (locale == null || !locales.contains(locale)) return page(call, 400, issue, call.t("newsletters.badLocale"));
        if (!newsletter.issues.test(issue, locale, address)) return page(call, 400, issue, call.t("newsletters.noText"));
        call.flash(call.t("newsletters.testSent"));
        return Pages.redirect("/editor/newsletters/" + id);
    }

    @POST
    @Path("{id}/send")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        call.checkCsrf(form);
        Issue issue = issue(call, id);
        if (!IssueRights.maySend(call.actor(), campaign(call, issue.campaignId()))) {
            throw new InncoException(ErrorCode.NEWSLETTER_001, "Forbidden",
                    "Sending a newsletter needs the publisher role, or an editor of the campaign's partner.");
        }
        if (!newsletter.issues.send(id, call.actor().username())) return page(call, 409, issue, call.t("newsletters.notDraft"));
        call.flash(call.t("newsletters.queued"));
        return Pages.redirect("/editor/newsletters/" + id);
    }

    private Response page(EditorCall call, int status, Issue issue, String error) {
        ContentItem c = campaign(call, issue.campaignId());
        Map<String, Object> m = IssueModel.of(issue, c, locales);
        m.put("maySend", IssueRights.maySend(call.actor(), c));
        m.put("problems", newsletter.issues.problems(issue.id()));
        if (error != null) m.put("error", error);
        return Pages.html(call, status, "newsletter.ftlh", m);
    }

    /** The issue, when its campaign is one the user may compose for; a 404 otherwise. */
    private Issue issue(EditorCall call, String id) {
        Issue i = newsletter.issues.find(id).orElseThrow(NotFoundException::new);
        campaign(call, i.campaignId());
        return i;
    }

    private ContentItem campaign(EditorCall call, String id) {
        ContentItem c;
        try {
            c = content.get(call.actor(), "campaign", id == null ? "" : id);
        } catch (InncoException e) {
            throw new NotFoundException();
        }
        if (!IssueRights.mayCompose(call.actor(), c)) throw new NotFoundException();
        return c;
    }

    private static String limit(String s, int max) {
        String v = s == null ? "" : s.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }
}
