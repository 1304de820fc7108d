package eu.innco.i18n.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.InncoException;
import eu.innco.TestModule;
import eu.innco.i18n.SiteDefinitionLoader;
import eu.innco.site.SiteLocales;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Interface texts: lookup along the fallback chain, ICU plurals, dates and selects in the reader's language. */
class MessagesTest {
    static final SiteLocales SITE = SiteDefinitionLoader.load(TestModule.lightModules());
    static final Messages MESSAGES = Messages.load(TestModule.lightModules(), SITE);

    @Test
    void result_counts_use_each_languages_plural_forms() {
        assertEquals("1 wynik", MESSAGES.format("search.results", "pl", "count", 1));
        assertEquals("22 wyniki", MESSAGES.format("search.results", "pl", "count", 22));
        assertEquals("25 wyników", MESSAGES.format("search.results", "pl", "count", 25));
        assertEquals("1,5 wyniku", MESSAGES.format("search.results", "pl", "count", 1.5));
        assertEquals("Brak wyników", MESSAGES.format("search.results", "pl", "count", 0));
        assertEquals("3 studia przypadków", MESSAGES.format("count.caseStudies", "pl", "count", 3));
        assertEquals("1 μελέτη περίπτωσης", MESSAGES.format("count.caseStudies", "el", "count", 1));
        assertEquals("7 οργανισμοί", MESSAGES.format("count.organisations", "el", "count", 7));
    }

    @Test
    void dates_inside_a_text_take_the_genitive_month_in_polish_and_greek() {
        Map<String, Object> args = Map.of("start", LocalDate.of(2026, 11, 26), "end", LocalDate.of(2026, 11, 28));
        assertEquals("Od 26 listopada 2026 do 28 listopada 2026", MESSAGES.format("event.dates", "pl", args));
        assertEquals("Από 26 Νοεμβρίου 2026 έως 28 Νοεμβρίου 2026", MESSAGES.format("event.dates", "el", args));
    }

    @Test
    void the_fallback_notice_names_the_language_in_the_readers_grammar() {
        assertEquals("Ta część jest wyświetlana po angielsku, ponieważ nie została jeszcze przetłumaczona.",
                MESSAGES.format("fallback.notice", "pl", "language", "en"));
        assertEquals("Dit deel wordt in het Frans getoond omdat het nog niet is vertaald.", MESSAGES.format("fallback.notice", "nl", "language", "fr"));
    }

    @Test
    void the_funding_statement_exists_in_all_seven_languages() {
        for (String l : SITE.locales()) assertTrue(MESSAGES.format("footer.funding", l).contains("Erasmus+"), l);
        assertEquals("Co-funded by the Erasmus+ programme of the European Union", MESSAGES.format("footer.funding", "en"));
    }

    @Test
    void a_region_reads_its_language_and_an_unknown_locale_or_key_falls_back(@TempDir Path dir) throws Exception {
        assertEquals("Startseite", MESSAGES.format("nav.home", "de-AT"));
        assertEquals("Home", MESSAGES.format("nav.home", "pt"));
        assertEquals("no.such.key", MESSAGES.format("no.such.key", "pl"));
        Path i18n = Files.createDirectories(dir.resolve(MessageBundles.FOLDER));
        Files.writeString(i18n.resolve("inn-co-messages_en.properties"), "a=A\nb=B\n");
        Files.writeString(i18n.resolve("inn-co-messages_fr.properties"), "a=Â\n");
        Messages partial = Messages.load(dir, SITE);
        assertEquals("B", partial.format("b", "fr"), "a text missing in French shows in English");
        assertEquals("Â", partial.format("a", "nl"), "Dutch falls back to French first");
    }

    @Test
    void a_broken_icu_pattern_stops_the_start_with_its_file_and_key(@TempDir Path dir) throws Exception {
        Path i18n = Files.createDirectories(dir.resolve(MessageBundles.FOLDER));
        Files.writeString(i18n.resolve("inn-co-messages_en.properties"), "ok=Fine\nbroken={count, plural, one {# x}\n");
        InncoException e = assertThrows(InncoException.class, () -> MessageBundles.load(dir));
        assertEquals("INNCO-DEFINITION-003", e.code());
        assertEquals(List.of("inn-co/i18n/inn-co-messages_en.properties:broken"), e.errors().stream().map(eu.innco.FieldError::path).toList());
    }

    @Test
    void a_format_that_only_fails_when_built_still_stops_the_start(@TempDir Path dir) throws Exception {
        // syntax alone accepts these; the formats they name cannot be built (an unknown type, a broken number pattern)
        Path i18n = Files.createDirectories(dir.resolve(MessageBundles.FOLDER));
        Files.writeString(i18n.resolve("inn-co-messages_en.properties"), """
                ok={n, number} of {m, plural, one {# item} other {# items}} on {d, date, short}
                type={n, nummber}
                style={n, number, #,##0.0.0'}
                """);
        InncoException e = assertThrows(InncoException.class, () -> MessageBundles.load(dir));
        assertEquals(List.of("inn-co/i18n/inn-co-messages_en.properties:style", "inn-co/i18n/inn-co-messages_en.properties:type"),
                e.errors().stream().map(eu.innco.FieldError::path).sorted().toList());
    }
}
