package eu.innco.i18n.format;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.text.FieldPosition;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Dates, numbers and plurals for every text the product builds (portal, editor, e-mails), through
 * ICU: {@code java.text} gets Polish plurals (one, few, many, other) and the Polish and Greek month
 * forms wrong. A date with a day uses the month in the form the language needs there ("26 listopada
 * 2026", "26 Νοεμβρίου 2026"); a month on its own uses the standalone form ("listopad 2026").
 */
public final class LocalFormats {
    /**
     * Formatters by skeleton (or "number") and locale: building an ICU formatter (pattern generator,
     * locale data) costs far more than copying one. Formatters are not thread-safe, so callers get
     * copies; the map is capped since a locale may come from a request.
     */
    private static final Map<String, com.ibm.icu.text.UFormat> PROTOTYPES = new ConcurrentHashMap<>();
    private static final int MAX_PROTOTYPES = 512;

    private LocalFormats() {}

    /** A day in the locale's long form: "November 26, 2026", "26 listopada 2026". */
    public static String date(LocalDate day, String locale) {
        return format("yMMMMd", day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC, locale);
    }

    /** A day in the locale's short numeric form: "26.11.2026" in Polish and German. */
    public static String shortDate(LocalDate day, String locale) {
        return format("yMMdd", day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC, locale);
    }

    /** A moment as a day and time where the reader is: "26 listopada 2026 10:15". */
    public static String dateTime(Instant at, ZoneId zone, String locale) {
        return format("yMMMMdHHmm", at, zone, locale);
    }

    /** A month on its own, in its standalone form: "listopad 2026", "Νοέμβριος 2026". */
    public static String month(YearMonth month, String locale) {
        return format("yLLLL", month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC, locale);
    }

    /** A year on its own, as the locale writes it in dates ("2021"). */
    public static String year(int year, String locale) {
        return format("y", LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC, locale);
    }

    /** Two days as one period, as short as the locale writes it: "October 25 – 27, 2021", "25–27 października 2021". */
    public static String dateRange(LocalDate from, LocalDate to, String locale) {
        return interval("yMMMMd", from, to, locale);
    }

    /** Two months as one period: "March – May 2019", "marzec–maj 2019". */
    public static String monthRange(YearMonth from, YearMonth to, String locale) {
        return interval("yMMMM", from.atDay(1), to.atDay(1), locale);
    }

    /** Two years as one period: "2021 – 2022" with the locale's dash and spacing. */
    public static String yearRange(int from, int to, String locale) {
        return interval("y", LocalDate.of(from, 1, 1), LocalDate.of(to, 1, 1), locale);
    }

    private static String interval(String skeleton, LocalDate from, LocalDate to, String locale) {
        DateIntervalFormat f = prototype("interval " + skeleton, locale,
                () -> DateIntervalFormat.getInstance(skeleton, ULocale.forLanguageTag(locale)));
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        long a = from.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long b = to.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        return f.format(new DateInterval(a, b), new StringBuffer(), new FieldPosition(0)).toString();
    }

    /** A number with the locale's separators: "1 234,5" in Polish, "1.234,5" in German. */
    public static String number(Number n, String locale) {
        return prototype("number", locale, () -> NumberFormat.getInstance(ULocale.forLanguageTag(locale))).format(n);
    }

    /** The plural category of a count in the locale: one, few, many or other in Polish; one or other in Greek. */
    public static String pluralCategory(Number n, String locale) {
        return PluralRules.forLocale(ULocale.forLanguageTag(locale)).select(n.doubleValue());
    }

    /** Formats an ICU message ({@code {count, plural, one {# wynik} few {# wyniki} ...}}) with named arguments. */
    public static String message(String pattern, String locale, Map<String, ?> args) {
        return new MessageFormat(pattern, ULocale.forLanguageTag(locale)).format(args);
    }

    private static String format(String skeleton, Instant at, ZoneId zone, String locale) {
        DateFormat f = prototype(skeleton, locale, () -> DateFormat.getInstanceForSkeleton(skeleton, ULocale.forLanguageTag(locale)));
        f.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        return f.format(Date.from(at));
    }

    @SuppressWarnings("unchecked")
    private static <F extends com.ibm.icu.text.UFormat> F prototype(String kind, String locale, Supplier<F> make) {
        String key = kind + '\n' + locale;
        F p = (F) PROTOTYPES.get(key);
        if (p == null) {
            p = make.get();
            if (PROTOTYPES.size() < MAX_PROTOTYPES) PROTOTYPES.putIfAbsent(key, p);
        }
        return (F) p.clone();
    }
}
