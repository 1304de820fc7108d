package eu.innco.i18n.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates, numbers and plurals through ICU in the site's languages, Polish and Greek especially. */
class LocalFormatsTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "pl | 26 listopada 2026", "el | 26 Νοεμβρίου 2026", "en | November 26, 2026", "fr | 26 novembre 2026",
            "nl | 26 november 2026", "de | 26. November 2026", "it | 26 novembre 2026"})
    void a_day_uses_the_month_form_its_language_needs_inside_a_date(String locale, String expected) {
        assertEquals(expected, LocalFormats.date(DAY, locale));
    }

    @Test
    void a_month_on_its_own_takes_the_standalone_form_in_polish_and_greek() {
        assertEquals("listopad 2026", LocalFormats.month(YearMonth.of(2026, 11), "pl"));
        assertEquals("Νοέμβριος 2026", LocalFormats.month(YearMonth.of(2026, 11), "el"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {"en | 2021", "fr | 2021", "nl | 2021", "de | 2021", "it | 2021", "pl | 2021", "el | 2021"})
    void a_year_on_its_own_is_written_as_each_language_writes_years_in_dates(String locale, String expected) {
        assertEquals(expected, LocalFormats.year(2021, locale));
    }

    @ParameterizedTest(name = "{0}: {1} / {2} / {3}")
    @CsvSource(delimiter = '|', value = {
            "en | October 25 – 27, 2021 | March – May 2019 | 2021 – 2022",
            "fr | 25–27 octobre 2021 | mars – mai 2019 | 2021–2022",
            "nl | 25–27 oktober 2021 | maart–mei 2019 | 2021–2022",
            "de | 25.–27. Oktober 2021 | März–Mai 2019 | 2021–2022",
            "it | 25–27 ottobre 2021 | marzo–maggio 2019 | 2021–2022",
            "pl | 25–27 października 2021 | marzec–maj 2019 | 2021–2022",
            "el | 25–27 Οκτωβρίου 2021 | Μάρτιος–Μάιος 2019 | 2021–2022"})
    void a_period_is_written_as_short_as_its_language_writes_it(String locale, String days, String months, String years) {
        String all = LocalFormats.dateRange(LocalDate.of(2021, 10, 25), LocalDate.of(2021, 10, 27), locale) + " / "
                + LocalFormats.monthRange(YearMonth.of(2019, 3), YearMonth.of(2019, 5), locale) + " / "
                + LocalFormats.yearRange(2021, 2022, locale);
        // ICU puts thin (no-break) spaces around some dashes; the text compares them as spaces
        assertEquals(days + " / " + months + " / " + years, all.replace('\u2009', ' ').replace('\u202f', ' '));
    }

    @Test
    void a_moment_is_shown_in_the_readers_time_zone() {
        Instant at = Instant.parse("2026-11-26T23:30:00Z");
        assertEquals("27 listopada 2026 00:30", LocalFormats.dateTime(at, ZoneId.of("Europe/Warsaw"), "pl"));
        assertEquals("27 Νοεμβρίου 2026 στις 01:30", LocalFormats.dateTime(at, ZoneId.of("Asia/Nicosia"), "el"));
        assertEquals("26.11.2026", LocalFormats.shortDate(DAY, "pl"));
    }

    @ParameterizedTest(name = "pl {0} is {1}")
    @CsvSource({"1, one, 1 wynik", "2, few, 2 wyniki", "4, few, 4 wyniki", "5, many, 5 wyników", "12, many, 12 wyników",
            "21, many, 21 wyników", "22, few, 22 wyniki", "25, many, 25 wyników", "1.5, other, '1,5 wyniku'", "0, many, 0 wyników"})
    void polish_has_four_plural_forms(double n, String category, String text) {
        Number count = n == Math.floor(n) ? (Number) (long) n : (Number) n;
        assertEquals(category, LocalFormats.pluralCategory(count, "pl"));
        assertEquals(text, LocalFormats.message("{count, plural, one {# wynik} few {# wyniki} many {# wyników} other {# wyniku}}", "pl",
                Map.of("count", count)));
    }

    @ParameterizedTest(name = "el {0} is {1}")
    @CsvSource({"1, one, 1 αποτέλεσμα", "2, other, 2 αποτελέσματα", "0, other, 0 αποτελέσματα", "1.5, other, '1,5 αποτελέσματα'"})
    void greek_has_one_and_other(double n, String category, String text) {
        Number count = n == Math.floor(n) ? (Number) (long) n : (Number) n;
        assertEquals(category, LocalFormats.pluralCategory(count, "el"));
        assertEquals(text, LocalFormats.message("{count, plural, one {# αποτέλεσμα} other {# αποτελέσματα}}", "el", Map.of("count", count)));
    }

    @Test
    void numbers_take_the_locales_separators() {
        assertEquals("1234,5", LocalFormats.number(1234.5, "pl").replace("\u00a0", " ").replace(" ", ""));
        assertEquals("1.234,5", LocalFormats.number(1234.5, "de"));
        assertEquals("1,234.5", LocalFormats.number(1234.5, "en"));
        assertEquals("1.234,5", LocalFormats.number(1234.5, "el"));
    }
}
