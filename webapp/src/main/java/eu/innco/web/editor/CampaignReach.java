package eu.innco.web.editor;

import eu.innco.content.ContentItem;
import eu.innco.content.ListQuery;
import eu.innco.reach.ReachKey;
import eu.innco.reach.ReachRow;
import eu.innco.reach.ShareLink;
import eu.innco.reach.ShareLinks;
import eu.innco.security.Actor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the dashboard knows of a campaign: its code, its share links (made on first view: the
 * campaign's own page and each promoted item, in each of the campaign's languages), the addresses
 * of its public page in every locale, and which counted reads are its own.
 */
public final class CampaignReach {
    /** The promoted-item fields of a campaign and the content type each refers to. */
    static final String[][] PROMOTED = {{"promotedCaseStudies", "caseStudy"}, {"promotedMaterials", "workshopMaterial"},
            {"promotedGuide", "guide"}, {"promotedEvents", "event"}};

    final ContentItem campaign;
    final String code;
    final List<ShareLink> links;
    final Set<String> pagePaths = new LinkedHashSet<>();

    CampaignReach(eu.innco.reach.Reach reach, eu.innco.site.SiteLocales locales, ContentItem campaign) {
        this.campaign = campaign;
        this.code = code(campaign);
        List<ShareLink> wanted = new ArrayList<>();
        for (String l : locales(locales, campaign)) {
            wanted.add(link(campaign, "campaign", campaign.id(), l));
            for (String[] p : PROMOTED) for (String id : ids(campaign.values().get(p[0]).orElse(null))) wanted.add(link(campaign, p[1], id, l));
        }
        this.links = reach.links.ensure(wanted);
        for (String l : locales.locales()) pagePaths.add("/" + l + "/campaigns/" + slug(locales, campaign, l));
    }

    /** The promoted-item fields of a campaign, each with the content type it refers to (for the newsletter). */
    public static List<String[]> promoted() {
        return java.util.Arrays.stream(PROMOTED).map(String[]::clone).toList();
    }

    /** The campaign's code: its tracking code, else one made from its id. */
    public static String code(ContentItem c) {
        Object t = c.values().get("trackingCode").orElse(null);
        return t instanceof String s && !s.isBlank() ? s.toLowerCase(Locale.ROOT) : "campaign-" + c.id().substring(0, 8);
    }

    /** The campaign's name as its editors wrote it (its node name if it has none). */
    public static String name(ContentItem c) {
        Object n = c.values().get("name").orElse(null);
        return n instanceof String s && !s.isBlank() ? s : c.name();
    }

    /** The reads that are this campaign's: views of its page and clicks on its share links. */
    Predicate<ReachRow> reads() {
        Set<String> shares = new HashSet<>();
        for (ShareLink l : links) shares.add("/s/" + l.code());
        return r -> (r.key().kind().equals(ReachKey.PAGE) && pagePaths.contains(r.key().path()))
                || (r.key().kind().equals(ReachKey.SHARE) && (shares.contains(r.key().path()) || code.equals(r.key().campaign())));
    }

    /** The campaigns an editor may see: all for admins and publishers, else their partner's and their own. */
    public static List<ContentItem> visible(eu.innco.content.ContentService content, Actor a) {
        List<ContentItem> out = new ArrayList<>();
        for (int offset = 0; ; offset += 200) {
            List<ContentItem> page = content.list(a, "campaign", ListQuery.of(200, offset, null, null, null, null, "-lastModified")).items();
            for (ContentItem c : page) if (maySee(a, c)) out.add(c);
            if (page.size() < 200) return out;
        }
    }

    public static boolean maySee(Actor a, ContentItem c) {
        return a.reachesAll() || a.username().equals(c.createdBy()) || (!a.partner().isEmpty() && a.partner().equals(c.ownerPartner()));
    }

    private static ShareLink link(ContentItem c, String type, String id, String locale) {
        String code = code(c);
        return new ShareLink(ShareLinks.code(code, c.id(), id, locale), c.id(), code, type, id, locale);
    }

    private static List<String> locales(eu.innco.site.SiteLocales site, ContentItem c) {
        List<String> chosen = new ArrayList<>();
        for (String l : ids(c.values().get("locales").orElse(null))) if (site.contains(l)) chosen.add(l);
        return chosen.isEmpty() ? site.locales() : chosen;
    }

    private static String slug(eu.innco.site.SiteLocales site, ContentItem c, String locale) {
        for (String l : site.chain(locale)) {
            Object v = c.values().get("slug", l).orElse(null);
            if (v instanceof String x && !x.isBlank()) return x;
        }
        return c.name();
    }

    public static List<String> ids(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> l) for (Object o : l) if (o != null) out.add(o.toString());
        if (value instanceof String v && !v.isBlank()) out.add(v);
        return out;
    }
}
