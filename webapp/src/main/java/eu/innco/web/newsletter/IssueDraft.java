package eu.innco.web.newsletter;

import eu.innco.InncoException;
import eu.innco.content.ContentItem;
import eu.innco.newsletter.IssueText;
import eu.innco.reach.ShareLink;
import eu.innco.reach.ShareLinks;
import eu.innco.security.Actor;
import eu.innco.web.editor.CampaignReach;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A new issue's texts made from a campaign, in every site language: the campaign's title as the
 * subject and its goal as the introduction, then the campaign page and each promoted item with its
 * title and summary, all along the language's fallback chain, each linked through the campaign's
 * share link for that item and language (made here when missing), so that clicks are counted there.
 */
final class IssueDraft {
    private IssueDraft() {}

    /** What a draft is made from: the promoted items, the site's languages, share links and the public address. */
    record Sources(eu.innco.content.ContentService content, eu.innco.site.SiteLocales locales, eu.innco.reach.Reach reach,
                   eu.innco.web.portal.PublicAddress address) {}

    static Map<String, IssueText> of(Sources s, Actor actor, ContentItem campaign) {
        String code = CampaignReach.code(campaign);
        List<ContentItem> promoted = new ArrayList<>();
        promoted.add(campaign);
        for (String[] field : CampaignReach.promoted()) {
            for (String id : CampaignReach.ids(campaign.values().get(field[0]).orElse(null))) find(s, actor, field[1], id).ifPresent(promoted::add);
        }
        List<ShareLink> links = new ArrayList<>();
        Map<String, IssueText> texts = new LinkedHashMap<>();
        for (String locale : s.locales().locales()) {
            List<String> chain = s.locales().chain(locale);
            List<IssueText.Item> items = new ArrayList<>();
            for (ContentItem item : promoted) {
                ShareLink link = new ShareLink(ShareLinks.code(code, campaign.id(), item.id(), locale), campaign.id(), code, item.type(), item.id(), locale);
                links.add(link);
                String title = text(item, "title", chain).orElse(item == campaign ? CampaignReach.name(campaign) : item.name());
                String summary = item == campaign ? "" : text(item, "summary", chain).orElse("");
                items.add(new IssueText.Item(title, summary, s.address().base() + "/s/" + link.code()));
            }
            String subject = text(campaign, "title", chain).orElse(CampaignReach.name(campaign));
            texts.put(locale, new IssueText(subject, text(campaign, "goal", chain).orElse(""), items));
        }
        s.reach().links.ensure(links);
        return texts;
    }

    /**
     * A localised value along the chain, then in the item's source language (an item never
     * translated into the chain's languages still has its own title), as plain text: rich text
     * loses its markup, since mails are built from text.
     */
    static Optional<String> text(ContentItem item, String property, List<String> chain) {
        List<String> tried = new ArrayList<>(chain);
        if (item.sourceLocale() != null && !tried.contains(item.sourceLocale())) tried.add(item.sourceLocale());
        for (String l : tried) {
            Object v = item.values().get(property, l).orElse(null);
            if (v instanceof String x && !x.isBlank()) return Optional.of(x.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip());
        }
        return Optional.empty();
    }

    private static Optional<ContentItem> find(Sources s, Actor actor, String type, String id) {
        try {
            return Optional.of(s.content().get(actor, type, id));
        } catch (InncoException e) {
            return Optional.empty(); // a promoted item since deleted, or not readable by this editor
        }
    }
}
