package eu.innco.contenttype.field;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.TimeZone;

/** The one date format of the APIs: ISO-8601 in UTC with milliseconds ({@code 2026-11-26T10:15:30.000Z}). */
public final class Dates {
    private static final DateTimeFormatter OUT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Dates() {}

    public static String format(Instant instant) {
        return OUT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999Z");

    /** Reads {@code 2022-12-14} (midnight UTC) or a date-time with an offset, in years 1 to 9999; empty otherwise. */
    public static Optional<Instant> parse(String text) {
        String t = text.trim();
        try {
            Instant i = t.length() == 10 ? LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(t).toInstant().truncatedTo(ChronoUnit.MILLIS);
            // JCR stores four-digit years: anything else would fail deep in the store instead of here
            return i.isBefore(FIRST) || i.isAfter(LAST) ? Optional.empty() : Optional.of(i);
        } catch (DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    public static Calendar calendar(Instant instant) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(instant.toEpochMilli());
        return c;
    }
}
