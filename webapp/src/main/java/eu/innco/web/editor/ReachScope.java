package eu.innco.web.editor;

import eu.innco.content.ContentService;
import eu.innco.reach.Reach;
import eu.innco.content.ContentItem;
import eu.innco.content.ListQuery;
import eu.innco.reach.ReachRow;
import eu.innco.security.Actor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Whose figures the overview shows: everything (admins and publishers), one partner's campaigns
 * ({@code ?partner=<organisation id>}), or, for a partner's editor, always that partner's campaigns
 * and those they made themselves, whatever they ask.
 */
record ReachScope(boolean overall, String partner, List<ContentItem> campaigns, Predicate<ReachRow> reads,
                  List<Map<String, String>> partners) {

    static ReachScope of(EditorCall call, ContentService content, Reach reach, String askedPartner) {
        Actor a = call.actor();
        List<Map<String, String>> partners = a.reachesAll() ? partners(call, content) : List.of();
        String partner = a.reachesAll() ? (askedPartner == null ? "" : askedPartner.trim()) : a.partner();
        List<ContentItem> campaigns = new ArrayList<>();
        for (ContentItem c : CampaignReach.visible(content, a)) {
            // visible() already keeps a partner editor to their own; an admin's choice of partner narrows it
            if (!a.reachesAll() || partner.isEmpty() || partner.equals(c.ownerPartner())) campaigns.add(c);
        }
        if (a.reachesAll() && partner.isEmpty()) return new ReachScope(true, "", campaigns, r -> true, partners);
        Predicate<ReachRow> reads = r -> false;
        for (ContentItem c : campaigns) reads = reads.or(new CampaignReach(reach, call.editor.locales, c).reads());
        return new ReachScope(false, partner, campaigns, reads, partners);
    }

    /** The partner organisations, for the overview's chooser. */
    private static List<Map<String, String>> partners(EditorCall call, ContentService content) {
        List<Map<String, String>> out = new ArrayList<>();
        for (ContentItem o : content.list(call.actor(), "organisation", ListQuery.of(200, 0, null, null, null, null, "-lastModified")).items()) {
            if (!"partner".equals(o.values().get("role").orElse(null))) continue;
            Map<String, String> m = new LinkedHashMap<>();
            m.put("id", o.id());
            m.put("name", String.valueOf(o.values().get("name").orElse(o.name())));
            out.add(m);
        }
        return out;
    }
}
