package eu.innco.web.newsletter;

import eu.innco.content.ContentItem;
import eu.innco.newsletter.Issue;
import eu.innco.newsletter.IssueText;
import eu.innco.newsletter.Topic;
import eu.innco.web.editor.CampaignReach;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An issue as the editor's templates read it: plain maps of strings and numbers. */
public final class IssueModel {
    private IssueModel() {}

    /** The issues made from one campaign, newest first, for the campaign's reach page: what was sent and how it went. */
    public static List<Map<String, Object>> ofCampaign(String campaignId, eu.innco.newsletter.Newsletter newsletter, eu.innco.site.SiteLocales locales) {
        List<Map<String, Object>> out = new ArrayList<>();
        newsletter.issues.all().stream().filter(i -> campaignId.equals(i.campaignId()))
                .sorted(java.util.Comparator.comparing(Issue::created).reversed()).forEach(i -> out.add(summary(i, locales)));
        return out;
    }

    static Map<String, Object> summary(Issue i, eu.innco.site.SiteLocales locales) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("subject", i.resolve(locales.chain(locales.defaultLocale())).map(l -> i.texts().get(l).subject()).orElse(i.id()));
        m.put("code", i.campaignCode());
        m.put("topic", i.topic());
        m.put("state", i.state());
        m.put("created", i.created().toString().substring(0, 16).replace('T', ' '));
        m.put("counts", counts(i.counts()));
        return m;
    }

    static Map<String, Object> of(Issue i, ContentItem campaign, eu.innco.site.SiteLocales locales) {
        Map<String, Object> m = summary(i, locales);
        m.put("campaign", Map.of("id", campaign.id(), "name", CampaignReach.name(campaign)));
        m.put("draft", i.draft());
        m.put("topics", Topic.keys());
        List<Map<String, Object>> languages = new ArrayList<>();
        for (String l : locales.locales()) {
            IssueText t = i.texts().getOrDefault(l, new IssueText("", "", List.of()));
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("locale", l);
            x.put("subject", t.subject());
            x.put("intro", t.intro());
            x.put("items", t.items().stream().map(it -> Map.of("title", it.title(), "summary", it.summary(), "url", it.url())).toList());
            // which language's text a subscriber of this language gets
            x.put("sentAs", i.resolve(locales.chain(l)).orElse(""));
            languages.add(x);
        }
        m.put("languages", languages);
        return m;
    }

    private static Map<String, Long> counts(Issue.Counts c) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("total", c.total());
        m.put("sent", c.sent());
        m.put("waiting", c.waiting());
        m.put("refused", c.refused());
        m.put("uncertain", c.uncertain());
        m.put("skipped", c.skipped());
        return m;
    }
}
