package eu.innco.web.portal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * iCalendar (RFC 5545) files of events: one event, or every dated event of a locale. An event at
 * midnight UTC is a whole-day event (the content gives days, not hours); one known only to the month
 * or year spans that period and says so first in its description; lines are folded at 75 octets
 * without splitting a character, and text is escaped.
 */
final class Calendars {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Calendars() {}

    static Rendered all(PortalCall call) {
        List<Map<String, Object>> events = new ArrayList<>(Queries.items(call, Sections.EVENTS, "orderBy", "startDate asc", "limit", "100"));
        events.sort(EventDates.TIMELINE);
        return file(call, call.t("portal.events.calendar"), events);
    }

    static Rendered one(PortalCall call, Map<String, Object> event) {
        if (event.get("startDate") == null) throw new PortalNotFound();
        return file(call, String.valueOf(event.get("title")), List.of(event));
    }

    private static Rendered file(PortalCall call, String name, List<Map<String, Object>> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//INN-CO//Portal//" + call.locale.toUpperCase());
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(name));
        for (Map<String, Object> e : events) {
            if (e.get("startDate") == null) continue;
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.get("@id") + "@inn-co");
            line(out, "DTSTAMP:" + STAMP.format(Instant.parse(String.valueOf(e.getOrDefault("mgnl:lastActivated", e.get("mgnl:lastModified"))))));
            String start = e.get("startDate").toString();
            String end = e.get("endDate") == null ? start : e.get("endDate").toString();
            EventDates.Precision precision = EventDates.precision(e);
            if (precision != EventDates.Precision.DAY) {
                // known to the month or year only: the whole period as all-day dates (no day is invented)
                LocalDate last = EventDates.day(e, "endDate");
                LocalDate first = EventDates.day(e, "startDate");
                last = last == null || last.isBefore(first) ? first : last;
                line(out, "DTSTART;VALUE=DATE:" + DAY.format(EventDates.firstDay(first, precision)));
                line(out, "DTEND;VALUE=DATE:" + DAY.format(EventDates.lastDay(last, precision).plusDays(1)));
            } else if (start.contains("T00:00:00") && end.contains("T00:00:00")) {
                line(out, "DTSTART;VALUE=DATE:" + DAY.format(LocalDate.parse(start.substring(0, 10))));
                line(out, "DTEND;VALUE=DATE:" + DAY.format(LocalDate.parse(end.substring(0, 10)).plusDays(1)));
            } else {
                line(out, "DTSTART:" + STAMP.format(Instant.parse(start)));
                line(out, "DTEND:" + STAMP.format(Instant.parse(end).isAfter(Instant.parse(start)) ? Instant.parse(end) : Instant.parse(start).plusSeconds(3600)));
            }
            line(out, "SUMMARY:" + escape(String.valueOf(e.get("title"))));
            String summary = e.get("summary") == null ? "" : e.get("summary").toString();
            if (precision != EventDates.Precision.DAY) summary = EventDates.when(e, call.locale) + (summary.isEmpty() ? "" : "\n" + summary);
            if (!summary.isEmpty()) line(out, "DESCRIPTION:" + escape(summary));
            String place = e.get("city") == null ? "" : e.get("city") + (e.get("country") == null ? ""
                    : ", " + call.label("event", "country", e.get("country").toString()));
            if (!place.isEmpty()) line(out, "LOCATION:" + escape(place));
            line(out, "URL:" + call.abs(String.valueOf(e.get("_url"))));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return Rendered.of(200, "text/calendar; charset=utf-8", out.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Appends a content line folded at 75 octets (continuations start with a space), ending in CRLF. */
    static void line(StringBuilder out, String line) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
