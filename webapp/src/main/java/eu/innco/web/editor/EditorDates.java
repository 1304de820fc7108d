package eu.innco.web.editor;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.util.Date;

/** Dates as people read them in the interface language (ICU: Polish and Greek months in the right form). */
final class EditorDates {
    private EditorDates() {}

    static String format(Instant t, String locale) {
        if (t == null) return "";
        DateFormat f = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, ULocale.forLanguageTag(locale));
        f.setTimeZone(TimeZone.getTimeZone("Europe/Brussels"));
        return f.format(Date.from(t));
    }

    /** A day (UTC, as reach figures are kept) in the interface language. */
    static String day(java.time.LocalDate d, String locale) {
        DateFormat f = DateFormat.getDateInstance(DateFormat.MEDIUM, ULocale.forLanguageTag(locale));
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        return f.format(Date.from(d.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
    }
}
