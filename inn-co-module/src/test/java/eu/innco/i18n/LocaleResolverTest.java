package eu.innco.i18n;

import eu.innco.site.SiteLocales;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.innco.InncoException;
import eu.innco.TestModule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The fallback matrix: every site locale, regional variants, unknown and malformed tags, q-values, missing values. */
class LocaleResolverTest {
    /** The project's own site definition (nl falls back to fr, then en). */
    static final SiteLocales INNCO = SiteDefinitionLoader.load(TestModule.lightModules());
    /** The same site with two regional variants, as a site definition could add them. */
    static final SiteLocales REGIONAL = new SiteLocales(List.of("en", "fr", "fr-BE", "nl", "de", "de-AT", "it", "pl", "el"), "en",
            Map.of("nl", List.of("fr")));
    static final LocaleResolver RESOLVER = new LocaleResolver(INNCO);
    static final LocaleResolver REGIONAL_RESOLVER = new LocaleResolver(REGIONAL);

    @ParameterizedTest(name = "lang={0} reads {1} along {2}")
    @CsvSource(delimiter = ';', value = {
            "en; en; en", "fr; fr; fr en", "nl; nl; nl fr en", "de; de; de en", "it; it; it en", "pl; pl; pl en", "el; el; el en",
            "fr-BE; fr; fr en", "de-AT; de; de en", "de-CH; de; de en", "el-CY; el; el en", "PL; pl; pl en", "pl_PL; pl; pl en",
            "nl-be; nl; nl fr en"})
    void each_locale_and_region_resolves_to_its_site_locale_and_chain(String lang, String locale, String chain) {
        ResolvedLocale r = RESOLVER.resolve(lang, "it;q=0.9");
        assertEquals(locale, r.locale());
        assertEquals(List.of(chain.split(" ")), r.chain());
        assertEquals(ResolvedLocale.Source.LANG, r.source());
    }

    @ParameterizedTest(name = "lang={0} on a site with variants reads {1} along {2}")
    @CsvSource(delimiter = ';', value = {
            "fr-BE; fr-BE; fr-BE fr en", "fr-be; fr-BE; fr-BE fr en", "fr-CH; fr; fr en", "de-AT; de-AT; de-AT de en",
            "de; de; de en", "nl; nl; nl fr en"})
    void regional_variants_fall_back_to_their_language_first(String lang, String locale, String chain) {
        ResolvedLocale r = REGIONAL_RESOLVER.resolve(lang, null);
        assertEquals(locale, r.locale());
        assertEquals(List.of(chain.split(" ")), r.chain());
    }

    @Test
    void a_language_that_the_site_has_only_as_a_variant_matches_that_variant() {
        SiteLocales site = new SiteLocales(List.of("en", "de-AT"), "en", Map.of());
        assertEquals("de-AT", new LocaleResolver(site).resolve("de", null).locale());
        assertEquals(List.of("de-AT", "en"), new LocaleResolver(site).resolve("de-DE", null).chain());
    }

    @ParameterizedTest(name = "Accept-Language: {0} gives {1}")
    @CsvSource(delimiter = '|', value = {
            "pl-PL,pl;q=0.9,en;q=0.8 | pl | ACCEPT_LANGUAGE",
            "pt-BR, pt;q=0.9, el;q=0.5 | el | ACCEPT_LANGUAGE",
            "de;q=0.5, fr-BE;q=0.8 | fr | ACCEPT_LANGUAGE",
            "it;q=0.7, nl;q=0.7 | it | ACCEPT_LANGUAGE",
            "el;q=0, pl;q=0.1 | pl | ACCEPT_LANGUAGE",
            "pt | en | DEFAULT",
            "pt, *;q=0.1 | en | ACCEPT_LANGUAGE",
            "fr;q=2, de;q=abc, it;q=0.3 | it | ACCEPT_LANGUAGE",
            "12, ;;, -, en-;q=1 | en | DEFAULT",
            "'' | en | DEFAULT"})
    void accept_language_is_read_by_quality_and_unknown_ranges_are_skipped(String header, String locale, String source) {
        ResolvedLocale r = RESOLVER.resolve(null, header);
        assertEquals(locale, r.locale(), header);
        assertEquals(ResolvedLocale.Source.valueOf(source), r.source());
    }

    @Test
    void lang_wins_over_accept_language_and_neither_gives_the_default() {
        assertEquals("el", RESOLVER.resolve("el", "pl, fr;q=0.5").locale());
        ResolvedLocale none = RESOLVER.resolve(null, null);
        assertEquals("en", none.locale());
        assertEquals(List.of("en"), none.chain());
        assertEquals(ResolvedLocale.Source.DEFAULT, none.source());
    }

    @ParameterizedTest(name = "lang={0} is {1}")
    @CsvSource({"pt, INNCO-LANG-002", "zh-Hant-TW, INNCO-LANG-002", "12, INNCO-LANG-001", "fr--BE, INNCO-LANG-001",
            "'<script>', INNCO-LANG-001", "en;q=1, INNCO-LANG-001", "thisisaverylongtag-abcdefgh-abcdefgh-abcdefgh-abcdefgh, INNCO-LANG-001"})
    void an_unknown_or_malformed_lang_is_the_clients_mistake(String lang, String code) {
        InncoException e = assertThrows(InncoException.class, () -> RESOLVER.resolve(lang, null));
        assertEquals(code, e.code());
        assertEquals(eu.innco.ErrorKind.INVALID_INPUT, e.kind());
        assertEquals("lang", e.errors().get(0).path(), "named like any other bad parameter");
    }

    @Test
    void a_lenient_match_gives_the_default_for_an_unknown_tag() {
        assertEquals("en", RESOLVER.matchOrDefault("pt"));
        assertEquals("en", RESOLVER.matchOrDefault("???"));
        assertEquals("pl", RESOLVER.matchOrDefault("pl-PL"));
    }

    @ParameterizedTest(name = "{0} reads the title from {1}")
    @CsvSource({"en, en", "fr, fr", "nl, fr", "de, en", "it, it", "pl, en", "el, en"})
    void missing_values_are_taken_along_each_locales_chain(String locale, String from) {
        Map<String, String> title = Map.of("en", "Shared kitchen", "fr", "Cuisine partagée", "it", "Cucina condivisa");
        Fallback.Picked<String> p = Fallback.pick(title, INNCO.chain(locale)).orElseThrow();
        assertEquals(from, p.locale());
        assertEquals(title.get(from), p.value());
    }

    @Test
    void a_value_missing_in_every_locale_of_the_chain_is_not_invented() {
        assertEquals(java.util.Optional.empty(), Fallback.pick(Map.of("fr", "x"), INNCO.chain("pl")));
    }
}
