package eu.innco.web.editor;

import eu.innco.content.ContentItem;
import eu.innco.reach.ReachFigures;
import eu.innco.reach.ReachKey;
import eu.innco.reach.ShareLink;
import eu.innco.web.reach.Charts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The dashboard's figures made ready for the template: charts (SVG), their tables, lists of pages, sites and links. */
final class ReachModel {
    private ReachModel() {}

    static Map<String, Object> of(EditorCall call, ReachFigures f, ReachPeriod p) {
        Map<String, Object> m = new HashMap<>();
        m.put("from", p.from().toString());
        m.put("to", p.to().toString());
        List<Map<String, Object>> days = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Long> views = new ArrayList<>();
        List<Long> clicks = new ArrayList<>();
        for (LocalDate d : f.days) {
            String label = EditorDates.day(d, call.locale());
            labels.add(label);
            views.add(f.viewsByDay.get(d));
            clicks.add(f.clicksByDay.get(d));
            days.add(Map.of("day", label, "iso", d.toString(), "views", f.viewsByDay.get(d), "clicks", f.clicksByDay.get(d)));
        }
        Map<String, List<Long>> series = new LinkedHashMap<>();
        series.put(call.t("reach.views"), views);
        series.put(call.t("reach.clicks"), clicks);
        m.put("days", days);
        m.put("dayChart", Charts.lines(call.t("reach.byDay"), labels, series));
        Map<String, Long> languages = new LinkedHashMap<>();
        List<Map<String, Object>> byLocale = new ArrayList<>();
        for (var e : f.byLocale.entrySet()) {
            languages.put(call.t("language." + e.getKey()), e.getValue());
            byLocale.add(Map.of("code", e.getKey(), "name", call.t("language." + e.getKey()), "count", e.getValue()));
        }
        m.put("byLocale", byLocale);
        m.put("localeChart", Charts.bars(call.t("reach.byLanguage"), languages));
        m.put("readsByLocale", reads(call, f));
        m.put("topPages", entries(f.topPages));
        m.put("referrers", entries(f.referrers));
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String k : List.of(ReachKey.PAGE, ReachKey.SHARE, ReachKey.DOWNLOAD, ReachKey.FEED, ReachKey.API)) totals.put(k, f.total(k));
        m.put("totals", totals);
        return m;
    }

    /** Feed and API reads per language, one row per language that has either. */
    private static List<Map<String, Object>> reads(EditorCall call, ReachFigures f) {
        java.util.Set<String> codes = new java.util.TreeSet<>(f.feedsByLocale.keySet());
        codes.addAll(f.apiByLocale.keySet());
        List<Map<String, Object>> out = new ArrayList<>();
        for (String code : codes) {
            boolean all = code.equals("all");
            String name = all ? call.t("reach.everyLanguage") : call.t("language." + code);
            out.add(Map.of("code", all ? "" : code, "name", name, "feeds", f.feedsByLocale.getOrDefault(code, 0L),
                    "api", f.apiByLocale.getOrDefault(code, 0L)));
        }
        return out;
    }

    static List<Map<String, String>> campaigns(EditorCall call, eu.innco.content.ContentService content, List<ContentItem> items) {
        List<Map<String, String>> out = new ArrayList<>();
        Editor s = call.editor;
        for (ContentItem c : items) {
            String title = ItemTitles.of(content.valuesJson().write(s.types.require("campaign").properties(), c.values()), c.name(),
                    call.locale(), s.locales.locales());
            out.add(Map.of("id", c.id(), "title", title, "code", CampaignReach.code(c), "name", c.name()));
        }
        return out;
    }

    static List<Map<String, Object>> links(EditorCall call, eu.innco.content.ContentService content, CampaignReach c, ReachFigures f, String base) {
        List<Map<String, Object>> out = new ArrayList<>();
        Map<String, String> titles = new HashMap<>();
        for (ShareLink l : c.links) {
            String title = titles.computeIfAbsent(l.type() + ":" + l.itemId(), k -> title(call, content, l.type(), l.itemId()));
            out.add(Map.of("url", base + "/s/" + l.code(), "code", l.code(), "locale", l.locale(), "type", l.type(), "title", title,
                    "clicks", f.shareClicks.getOrDefault("/s/" + l.code(), 0L)));
        }
        return out;
    }

    private static String title(EditorCall call, eu.innco.content.ContentService content, String type, String id) {
        Editor s = call.editor;
        try {
            ContentItem i = content.get(call.actor(), type, id);
            return ItemTitles.of(content.valuesJson().write(s.types.require(type).properties(), i.values()), i.name(), call.locale(), s.locales.locales());
        } catch (RuntimeException e) {
            return id;
        }
    }

    private static List<Map<String, Object>> entries(List<Map.Entry<String, Long>> list) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (var e : list) out.add(Map.of("name", e.getKey(), "count", e.getValue()));
        return out;
    }
}
