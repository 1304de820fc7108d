package eu.innco.web.portal;

import eu.innco.i18n.format.LocalFormats;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Map;

/**
 * What is known of an event's date: its {@code startDate} (and {@code endDate}) with the
 * {@code datePrecision} the content gives, day (the default, so older items need no migration),
 * month or year. A date known to the month is stored as the month's first day; one known to the
 * year as 1 January.
 */
final class EventDates {
    enum Precision { DAY, MONTH, YEAR }

    /**
     * The timeline's order: by the last day on which the event may have begun, so an event known only
     * as "2021" comes after the events known to the day in 2021 (it may be any of them), but before
     * 2022; undated events last, then by title.
     */
    static final Comparator<Map<String, Object>> TIMELINE = Comparator
            .comparing((Map<String, Object> e) -> latestStart(e), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> precision(e).ordinal())
            .thenComparing(e -> String.valueOf(e.get("title")));

    private EventDates() {}

    static Precision precision(Map<?, ?> event) {
        Object p = event.get("datePrecision");
        if ("month".equals(p)) return Precision.MONTH;
        if ("year".equals(p)) return Precision.YEAR;
        return Precision.DAY;
    }

    static LocalDate day(Map<?, ?> event, String property) {
        Object v = event.get(property);
        return v == null || v.toString().length() < 10 ? null : LocalDate.parse(v.toString().substring(0, 10));
    }

    static LocalDate latestStart(Map<?, ?> event) {
        LocalDate start = day(event, "startDate");
        return start == null ? null : lastDay(start, precision(event));
    }

    /** The first day of the known period that holds {@code d}. */
    static LocalDate firstDay(LocalDate d, Precision p) {
        return switch (p) {
            case DAY -> d;
            case MONTH -> d.withDayOfMonth(1);
            case YEAR -> d.withDayOfYear(1);
        };
    }

    /** The last day of the known period that holds {@code d}. */
    static LocalDate lastDay(LocalDate d, Precision p) {
        return switch (p) {
            case DAY -> d;
            case MONTH -> YearMonth.from(d).atEndOfMonth();
            case YEAR -> d.withDayOfYear(d.lengthOfYear());
        };
    }

    /** "October 25, 2021", "October 2021" or "2021" in the locale; a period ("October 25 – 27, 2021") when the end is later at that precision; "" without a date. */
    static String when(Map<?, ?> event, String locale) {
        LocalDate start = day(event, "startDate");
        if (start == null) return "";
        Precision p = precision(event);
        LocalDate end = day(event, "endDate");
        if (end == null || !lastDay(end, p).isAfter(lastDay(start, p))) return format(start, p, locale);
        return switch (p) {
            case DAY -> LocalFormats.dateRange(start, end, locale);
            case MONTH -> LocalFormats.monthRange(YearMonth.from(start), YearMonth.from(end), locale);
            case YEAR -> LocalFormats.yearRange(start.getYear(), end.getYear(), locale);
        };
    }

    static String format(LocalDate d, Precision p, String locale) {
        return switch (p) {
            case DAY -> LocalFormats.date(d, locale);
            case MONTH -> LocalFormats.month(YearMonth.from(d), locale);
            case YEAR -> LocalFormats.year(d.getYear(), locale);
        };
    }

    /** A schema.org date with only what is known: "2021-10-25", "2021-10" or "2021" (ISO 8601 reduced precision). */
    static String schemaDate(Map<?, ?> event, String property) {
        LocalDate d = day(event, property);
        if (d == null) return null;
        return switch (precision(event)) {
            case DAY -> d.toString();
            case MONTH -> YearMonth.from(d).toString();
            case YEAR -> String.valueOf(d.getYear());
        };
    }
}
