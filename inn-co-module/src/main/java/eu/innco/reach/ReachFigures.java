package eu.innco.reach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The figures of a dashboard from the rows of a period, for the reads a predicate keeps (a
 * campaign's, a partner's, all): page views and share-link clicks by day (every day of the period,
 * zeros included), by locale, feed and API reads by locale, the most read pages, referring sites, clicks per share link, and the
 * totals per kind of read.
 */
public final class ReachFigures {
    public final List<LocalDate> days = new ArrayList<>();
    public final Map<LocalDate, Long> viewsByDay = new LinkedHashMap<>();
    public final Map<LocalDate, Long> clicksByDay = new LinkedHashMap<>();
    public final Map<String, Long> byLocale = new TreeMap<>();
    /** Feed reads by the locale of the feed, and delivery API reads by the language answered in ({@code all}: every one). */
    public final Map<String, Long> feedsByLocale = new TreeMap<>();
    public final Map<String, Long> apiByLocale = new TreeMap<>();
    public final Map<String, Long> totals = new TreeMap<>();
    public final List<Map.Entry<String, Long>> topPages;
    public final List<Map.Entry<String, Long>> referrers;
    /** Clicks per share link path ({@code /s/<code>}). */
    public final Map<String, Long> shareClicks = new TreeMap<>();
    public final List<ReachRow> rows;

    public ReachFigures(List<ReachRow> all, LocalDate from, LocalDate to, Predicate<ReachRow> keep) {
        this.rows = all.stream().filter(keep).sorted(Comparator.comparing(ReachRow::day)
                .thenComparing(r -> r.key().kind()).thenComparing(r -> r.key().path())).toList();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(d);
            viewsByDay.put(d, 0L);
            clicksByDay.put(d, 0L);
        }
        Map<String, Long> pages = new LinkedHashMap<>();
        Map<String, Long> sites = new LinkedHashMap<>();
        for (ReachRow r : rows) {
            ReachKey k = r.key();
            totals.merge(k.kind(), r.count(), Long::sum);
            boolean view = k.kind().equals(ReachKey.PAGE);
            boolean click = k.kind().equals(ReachKey.SHARE);
            if (view) viewsByDay.merge(r.day(), r.count(), Long::sum);
            if (click) {
                clicksByDay.merge(r.day(), r.count(), Long::sum);
                shareClicks.merge(k.path(), r.count(), Long::sum);
            }
            if ((view || click) && !k.locale().isEmpty()) byLocale.merge(k.locale(), r.count(), Long::sum);
            if (k.kind().equals(ReachKey.FEED) && !k.locale().isEmpty()) feedsByLocale.merge(k.locale(), r.count(), Long::sum);
            if (k.kind().equals(ReachKey.API) && !k.locale().isEmpty()) apiByLocale.merge(k.locale(), r.count(), Long::sum);
            if (view) pages.merge(k.path(), r.count(), Long::sum);
            if (!k.referrer().isEmpty()) sites.merge(k.referrer(), r.count(), Long::sum);
        }
        this.topPages = top(pages, 10);
        this.referrers = top(sites, 10);
    }

    public long total(String kind) {
        return totals.getOrDefault(kind, 0L);
    }

    private static List<Map.Entry<String, Long>> top(Map<String, Long> counts, int n) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }

    /** The rows as CSV (RFC 4180): day, kind, path, locale, campaign, referrer, count. */
    public String csv() {
        StringBuilder b = new StringBuilder("day,kind,path,locale,campaign,referrer,count\r\n");
        Function<String, String> q = s -> s.matches("[A-Za-z0-9._/:@-]*") && !s.startsWith("=") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
        for (ReachRow r : rows) {
            ReachKey k = r.key();
            b.append(r.day()).append(',').append(q.apply(k.kind())).append(',').append(q.apply(k.path())).append(',')
                    .append(q.apply(k.locale())).append(',').append(q.apply(k.campaign())).append(',').append(q.apply(k.referrer()))
                    .append(',').append(r.count()).append("\r\n");
        }
        return b.toString();
    }
}
