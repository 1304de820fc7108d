package eu.innco.web.editor;

import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The days a dashboard shows: {@code ?from=&to=} (ISO dates, UTC), by default the last 30 days; a year at most. */
record ReachPeriod(LocalDate from, LocalDate to) {
    static ReachPeriod of(UriInfo uri, Clock clock) {
        return of(uri, clock, 366);
    }

    /** The same with another longest period, in days (the dissemination report covers a whole project). */
    static ReachPeriod of(UriInfo uri, Clock clock, int maxDays) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate to = date(uri.getQueryParameters().getFirst("to"), today);
        LocalDate from = date(uri.getQueryParameters().getFirst("from"), to.minusDays(29));
        if (from.isAfter(to)) from = to;
        if (from.isBefore(to.minusDays(maxDays))) from = to.minusDays(maxDays);
        return new ReachPeriod(from, to);
    }

    private static LocalDate date(String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) return otherwise;
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }

    String query() {
        return "from=" + from + "&to=" + to;
    }
}
