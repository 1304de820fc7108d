package eu.innco.web.editor;

import eu.innco.content.ContentItem;
import eu.innco.reach.ReachFigures;
import eu.innco.reach.ReachKey;
import eu.innco.reach.ReachRow;
import eu.innco.security.Actor;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the one-page dissemination report shows, in the editor's language: who (a partner, or the
 * whole partnership), the period, the totals per kind of read, views and clicks by language, each
 * campaign's figures, the most viewed pages and the referring sites. Lists are cut so that the
 * whole fits on one A4 page.
 */
final class DisseminationReport {
    static final int CAMPAIGNS = 12;
    static final int TOP = 5;

    private DisseminationReport() {}

    /** What the report reads besides the figures: items' titles, share links, the time, the site's address. */
    record Sources(eu.innco.content.ContentService content, eu.innco.reach.Reach reach, java.time.Clock clock,
                   eu.innco.web.portal.PublicAddress address) {}

    static Map<String, Object> model(EditorCall call, Sources sources, ReachScope scope, ReachFigures f, ReachPeriod p) {
        Map<String, Object> m = new HashMap<>();
        String locale = call.locale();
        m.put("t", new TextMethod(call.editor.texts, locale));
        m.put("lang", locale);
        m.put("who", who(call, sources.content(), scope));
        m.put("from", EditorDates.day(p.from(), locale));
        m.put("to", EditorDates.day(p.to(), locale));
        m.put("made", EditorDates.day(LocalDate.ofInstant(sources.clock().instant(), ZoneOffset.UTC), locale));
        m.put("address", sources.address().base());
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String k : List.of(ReachKey.PAGE, ReachKey.SHARE, ReachKey.DOWNLOAD, ReachKey.FEED, ReachKey.API)) totals.put(k, f.total(k));
        m.put("totals", totals);
        long most = f.byLocale.values().stream().mapToLong(Long::longValue).max().orElse(1);
        List<Map<String, Object>> languages = new ArrayList<>();
        for (var e : f.byLocale.entrySet()) {
            languages.add(Map.of("code", e.getKey(), "name", call.t("language." + e.getKey()), "count", e.getValue(),
                    "bar", String.format(java.util.Locale.ROOT, "%.1f", 60.0 * e.getValue() / Math.max(1, most))));
        }
        m.put("languages", languages);
        m.put("campaigns", campaigns(call, sources, scope, f));
        m.put("campaignsCut", scope.campaigns().size() > CAMPAIGNS);
        m.put("topPages", entries(f.topPages));
        m.put("referrers", entries(f.referrers));
        return m;
    }

    /** The partner's name (and country), or the whole partnership, or the editor's own campaigns when they have no partner. */
    private static String who(EditorCall call, eu.innco.content.ContentService content, ReachScope scope) {
        if (scope.overall()) return call.t("reach.report.everyPartner");
        if (scope.partner().isEmpty()) return call.t("reach.partnerScope");
        try {
            ContentItem o = content.get(Actor.SYSTEM, "organisation", scope.partner());
            Object name = o.values().get("name").orElse(o.name());
            Object country = o.values().get("country").orElse(null);
            return country instanceof String c && !c.isBlank() ? name + " (" + c + ")" : String.valueOf(name);
        } catch (eu.innco.InncoException e) {
            return scope.partner();
        }
    }

    /** Each campaign of the scope with its views and clicks in the period, the most read first. */
    private static List<Map<String, Object>> campaigns(EditorCall call, Sources s, ReachScope scope, ReachFigures f) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<Map<String, String>> titles = ReachModel.campaigns(call, s.content(), scope.campaigns());
        for (int i = 0; i < scope.campaigns().size(); i++) {
            Predicate<ReachRow> own = new CampaignReach(s.reach(), call.editor.locales, scope.campaigns().get(i)).reads();
            long views = 0;
            long clicks = 0;
            for (ReachRow r : f.rows) {
                if (!own.test(r)) continue;
                if (r.key().kind().equals(ReachKey.PAGE)) views += r.count();
                else clicks += r.count();
            }
            Map<String, Object> c = new HashMap<>(titles.get(i));
            c.put("views", views);
            c.put("clicks", clicks);
            out.add(c);
        }
        out.sort(Comparator.comparingLong((Map<String, Object> c) -> -((Long) c.get("views") + (Long) c.get("clicks")))
                .thenComparing(c -> String.valueOf(c.get("title"))));
        return out.size() > CAMPAIGNS ? out.subList(0, CAMPAIGNS) : out;
    }

    private static List<Map<String, Object>> entries(List<Map.Entry<String, Long>> list) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (var e : list.subList(0, Math.min(TOP, list.size()))) out.add(Map.of("name", e.getKey(), "count", e.getValue()));
        return out;
    }
}
