package eu.innco.web.portal;

import eu.innco.i18n.format.LocalFormats;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Days written in a language ("12 mars 2024"), kept: a day's label never changes, pages show the
 * same few thousand days again and again, and parsing and formatting one was about a twentieth of an
 * uncached case-study page (issue 18). The memo is emptied when it gets large (a crawler over many
 * years), never unbounded.
 */
final class DateLabels {
    private static final int MAX = 20_000;
    private static final Map<String, String> KEPT = new ConcurrentHashMap<>();

    private DateLabels() {}

    /** The label of {@code day} (yyyy-MM-dd) in {@code locale}, as {@link LocalFormats#date} writes it; a bad day throws as parsing does. */
    static String of(String day, String locale) {
        String key = locale + ' ' + day;
        String label = KEPT.get(key);
        if (label != null) return label;
        label = LocalFormats.date(LocalDate.parse(day), locale);
        if (KEPT.size() >= MAX) KEPT.clear();
        KEPT.put(key, label);
        return label;
    }
}
