package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The portal over HTTP: every page type, languages, addresses, caching and what search engines read. */
class PortalHttpTest {
    static InncoServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = PortalSite.start();
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void every_page_type_answers_in_its_language_with_canonical_and_hreflang() {
        for (String type : PortalSite.ORDER) {
            String path = PortalSite.PAGE_TYPES.get(type);
            Http.Res r = PortalSite.html(http, path);
            assertEquals(type.equals("not-found") ? 404 : 200, r.status(), type + " " + path);
            assertTrue(r.contentType().startsWith("text/html"), type);
            assertTrue(r.body().contains("<html lang=\"fr\""), type + " is in French");
            assertTrue(r.body().contains("<link rel=\"canonical\" href=\"" + PortalSite.base(server) + "/fr/"), type + " has a canonical address");
            assertTrue(r.body().contains("hreflang=\"x-default\""), type + " has x-default");
            assertTrue(r.body().contains("hreflang=\"fr\""), type + " has its own hreflang");
            assertTrue(r.body().contains("Cofinancé") || r.body().contains("Erasmus+"), type + " has the funding statement");
            assertTrue(r.body().contains("eu-emblem.svg") && r.body().contains("creativecommons.org/licenses/by-sa/4.0/"), type + " has the emblem and licence");
        }
    }

    @Test
    void the_root_sends_visitors_to_their_language() {
        Http.Res r = http.get("/", "Accept-Language", "pl-PL,pl;q=0.9,en;q=0.5");
        assertEquals(302, r.status());
        assertTrue(r.header("Location").endsWith("/pl/"), r.header("Location"));
        assertEquals("Accept-Language", r.header("Vary"));
        assertTrue(http.get("/", "Accept-Language", "sv").header("Location").endsWith("/en/"), "an unknown language gets the default");
    }

    @Test
    void pages_carry_an_etag_and_answer_304_to_the_same_one() {
        Http.Res first = PortalSite.html(http, "/fr/case-studies/cuisine-partagee-lyon");
        String etag = first.header("ETag");
        assertTrue(etag != null && etag.startsWith("\""), "strong ETag: " + etag);
        Http.Res again = PortalSite.html(http, "/fr/case-studies/cuisine-partagee-lyon", "If-None-Match", etag);
        assertEquals(304, again.status());
        assertEquals("", again.body());
        assertEquals(200, PortalSite.html(http, "/fr/case-studies/cuisine-partagee-lyon", "If-None-Match", "\"other\"").status());
        assertTrue(first.header("Cache-Control").startsWith("public"), first.header("Cache-Control"));
        Http.Res cached = PortalSite.html(http, "/fr/case-studies/cuisine-partagee-lyon");
        assertEquals(first.body(), cached.body(), "from the page cache, in front of Jersey");
        assertEquals(etag, cached.header("ETag"));
        assertEquals(first.header("Content-Security-Policy"), cached.header("Content-Security-Policy"));
        assertEquals("nosniff", cached.header("X-Content-Type-Options"));
        assertTrue(cached.contentType().startsWith("text/html"));
        Http.Res redirect = PortalSite.html(http, "/pl/case-studies/cuisine-partagee-lyon");
        assertEquals(redirect.header("Location"), PortalSite.html(http, "/pl/case-studies/cuisine-partagee-lyon").header("Location"));
    }

    @Test
    void a_missing_page_is_a_404_in_the_language_of_the_address() {
        Http.Res r = PortalSite.html(http, "/pl/case-studies/nie-ma-takiej");
        assertEquals(404, r.status());
        assertTrue(r.body().contains("<html lang=\"pl\"") && r.body().contains("Nie znaleziono strony"), r.body());
        Http.Res other = PortalSite.html(http, "/el/no-such-section/at-all");
        assertEquals(404, other.status());
        assertTrue(other.body().contains("Η σελίδα δεν βρέθηκε"));
        assertEquals(404, PortalSite.html(http, "/xx/").status(), "not a site language");
    }

    @Test
    void a_slug_of_another_language_redirects_to_the_right_one() {
        Http.Res toPolish = PortalSite.html(http, "/pl/case-studies/cuisine-partagee-lyon");
        assertEquals(301, toPolish.status());
        assertTrue(toPolish.header("Location").endsWith("/pl/case-studies/shared-kitchen-lyon"), toPolish.header("Location"));
        Http.Res toFrench = PortalSite.html(http, "/fr/case-studies/shared-kitchen-lyon");
        assertEquals(301, toFrench.status());
        assertTrue(toFrench.header("Location").endsWith("/fr/case-studies/cuisine-partagee-lyon"));
        Http.Res byName = PortalSite.html(http, "/fr/organisations/partner-poland");
        assertTrue(byName.status() == 301 || byName.status() == 200, "a node name finds the item: " + byName.status());
    }

    @Test
    void the_language_switcher_keeps_the_page_with_each_language_slug() {
        String fr = PortalSite.html(http, "/fr/case-studies/cuisine-partagee-lyon").body();
        assertTrue(fr.contains("href=\"/en/case-studies/shared-kitchen-lyon\" hreflang=\"en\""), "English slug in the switcher");
        assertTrue(fr.contains("href=\"/pl/case-studies/shared-kitchen-lyon\" hreflang=\"pl\""), "Polish falls back to the English slug");
        assertTrue(fr.contains("href=\"/fr/case-studies/cuisine-partagee-lyon\" hreflang=\"fr\" lang=\"fr\" aria-current=\"page\""));
        assertTrue(fr.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"" + PortalSite.base(server) + "/en/case-studies/shared-kitchen-lyon\">"));
        assertFalse(fr.contains("<link rel=\"alternate\" hreflang=\"pl\""), "hreflang only for languages the item is published in");
    }

    @Test
    void an_item_shown_in_a_fallback_language_says_so_with_the_right_lang() {
        String pl = PortalSite.html(http, "/pl/case-studies/shared-kitchen-lyon").body();
        assertTrue(pl.contains("<html lang=\"pl\""));
        assertTrue(pl.contains("<article lang=\"en\">"), "the article is marked as English");
        assertTrue(pl.contains("class=\"fallback-notice\" lang=\"pl\">Ta część jest wyświetlana po angielsku"), "Polish notice");
        assertTrue(pl.contains("Four caterers, one kitchen"));
    }

    @Test
    void a_part_that_fell_back_has_its_own_notice_and_lang() {
        String id = http.admin().post("/.rest/authoring/v1/items/caseStudy", Http.j("""
                {'properties': {'title': {'en': 'A bakery shared by three cooperatives', 'fr': 'Une boulangerie partagée par trois coopératives'},
                 'summary': {'en': 'Only written in English so far.'}, 'country': 'FR'}}""")).json().path("id").asText();
        assertEquals(200, http.admin().post("/.rest/authoring/v1/items/caseStudy/" + id + "/publish", "{\"locales\": [\"en\", \"fr\"]}").status());
        String fr = PortalSite.html(http, "/fr/case-studies/" + slugOf(id, "fr")).body();
        assertTrue(fr.contains("<article>") || fr.contains("<article>\n"), "the article itself is French");
        assertTrue(fr.contains("<p class=\"fallback-notice\" lang=\"fr\">Cette partie est affichée en anglais"), fr);
        assertTrue(fr.contains("<p class=\"lead\" lang=\"en\">Only written in English so far.</p>"));
        // in Dutch the whole item falls back to French and its summary further to English: three languages, each labelled
        String nl = PortalSite.html(http, "/nl/case-studies/" + slugOf(id, "nl")).body();
        assertTrue(nl.contains("<article lang=\"fr\">"), nl);
        assertTrue(nl.contains("Une boulangerie partagée par trois coopératives"), nl);
        assertTrue(nl.contains("<p class=\"fallback-notice\" lang=\"nl\">Dit deel wordt in het Engels getoond"),
                "the Dutch notice inside the French article says it is Dutch: " + nl);
        assertTrue(nl.contains("<p class=\"lead\" lang=\"en\">Only written in English so far.</p>"), nl);
    }

    @Test
    void a_seminar_title_in_a_fallback_language_carries_its_lang() {
        String seminar = http.admin().post("/.rest/authoring/v1/items/event", Http.j(
                "{'properties': {'kind': 'seminar', 'title': {'en': 'Seminar on shared ovens'}, 'startDate': '2026-03-14T09:00:00Z'}}"))
                .json().path("id").asText();
        assertEquals(200, http.admin().post("/.rest/authoring/v1/items/event/" + seminar + "/publish", "{\"locales\": [\"en\"]}").status());
        String id = http.admin().post("/.rest/authoring/v1/items/caseStudy", Http.j("{'properties': {'title': {'en': 'Ovens shared',"
                + " 'fr': 'Des fours partagés'}, 'country': 'FR', 'seminar': '" + seminar + "'}}")).json().path("id").asText();
        assertEquals(200, http.admin().post("/.rest/authoring/v1/items/caseStudy/" + id + "/publish", "{\"locales\": [\"en\", \"fr\"]}").status());
        String fr = PortalSite.html(http, "/fr/case-studies/" + slugOf(id, "fr")).body();
        assertTrue(fr.contains("<article>"), "the case study itself is French");
        assertTrue(fr.matches("(?s).*<a href=\"[^\"]*\" lang=\"en\">Seminar on shared ovens</a>.*"), "the English seminar title says so: " + fr);
    }

    @Test
    void a_case_study_shows_its_published_images_with_the_alt_text_of_the_page_language() throws Exception {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(1200, 800, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        String image = server.services().assets.upload(eu.innco.security.Actor.SYSTEM, "kitchen.png",
                new java.io.ByteArrayInputStream(png.toByteArray()), "fr", "Cuisine", "Trois cuisiniers autour d'un plan de travail").id();
        assertEquals(200, http.admin().post("/.rest/authoring/v1/items/asset/" + image + "/publish", "{\"locales\": [\"fr\"]}").status());
        String id = http.admin().post("/.rest/authoring/v1/items/caseStudy", Http.j("""
                {'properties': {'title': {'fr': 'Une cuisine en images'}, 'country': 'FR', 'images': ['%s']}}""".formatted(image)))
                .json().path("id").asText();
        assertEquals(200, http.admin().post("/.rest/authoring/v1/items/caseStudy/" + id + "/publish", "{\"locales\": [\"fr\"]}").status());
        String fr = PortalSite.html(http, "/fr/case-studies/" + slugOf(id, "fr")).body();
        assertTrue(fr.contains("<img src=\"/dam/" + image + "/renditions/medium\" alt=\"Trois cuisiniers autour d&#39;un plan de travail\""), fr);
        Http.Res file = http.get("/dam/" + image + "/renditions/medium");
        assertEquals(200, file.status());
        assertEquals("image/png", file.header("Content-Type"));
        // withdrawn (forced past the case study that references it): the page drops it, the file is gone
        assertEquals(200, http.admin().post("/.rest/authoring/v1/items/asset/" + image + "/unpublish", "{\"locales\": [\"fr\"], \"force\": true}").status());
        assertFalse(PortalSite.html(http, "/fr/case-studies/" + slugOf(id, "fr")).body().contains("/dam/" + image));
        assertEquals(404, http.get("/dam/" + image + "/renditions/medium").status());
    }

    /** The item's address in the locale: its slug there (made from that locale's title when none was given), else its name. */
    private static String slugOf(String id, String locale) {
        var node = http.get("/.rest/delivery/caseStudies@" + id + "?lang=" + locale).json();
        return node.path("slug").asText(node.path("@name").asText());
    }

    @Test
    void a_publication_changes_the_cached_pages_at_once() {
        Http.Res before = PortalSite.html(http, "/en/case-studies");
        String id = http.admin().post("/.rest/authoring/v1/items/caseStudy", Http.j("""
                {'properties': {'title': {'en': 'A repair cafe run by four associations'}, 'country': 'BE',
                 'publicationDate': '2030-01-01T00:00:00.000Z'}}""")).json().path("id").asText();
        assertEquals(200, http.admin().post("/.rest/authoring/v1/items/caseStudy/" + id + "/publish", "{\"locales\": [\"en\"]}").status());
        Http.Res after = PortalSite.html(http, "/en/case-studies", "If-None-Match", before.header("ETag"));
        assertEquals(200, after.status(), "the old ETag no longer matches");
        assertNotEquals(before.header("ETag"), after.header("ETag"));
        assertTrue(after.body().contains("A repair cafe run by four associations"));
    }

    @Test
    void a_publication_changes_what_pages_read_slugs_titles_and_addresses() {
        String items = "/.rest/authoring/v1/items/caseStudy/";
        String id = http.admin().post("/.rest/authoring/v1/items/caseStudy", Http.j("""
                {'properties': {'title': {'en': 'A bicycle workshop', 'fr': 'Un atelier vélo'},
                 'slug': {'en': 'bicycle-workshop', 'fr': 'atelier-velo'}, 'country': 'FR'}}""")).json().path("id").asText();
        assertEquals(200, http.admin().post(items + id + "/publish", "{\"locales\": [\"en\", \"fr\"]}").status());
        assertTrue(PortalSite.html(http, "/fr/case-studies/atelier-velo").body().contains("Un atelier vélo"));
        assertTrue(PortalSite.html(http, "/en/case-studies/bicycle-workshop").body().contains("href=\"/fr/case-studies/atelier-velo\""));
        assertTrue(PortalSite.html(http, "/fr/case-studies").body().contains("Un atelier vélo"));

        http.admin().patch(items + id, Http.j("{'properties': {'title': {'fr': 'Un atelier de réparation'}, 'slug': {'fr': 'atelier-reparation'}}}"),
                "If-Match", "*");
        assertEquals(200, http.admin().post(items + id + "/publish", "{\"locales\": [\"fr\"]}").status());
        Http.Res renamed = PortalSite.html(http, "/fr/case-studies/atelier-reparation");
        assertEquals(200, renamed.status(), "the new slug finds the item at once");
        assertTrue(renamed.body().contains("Un atelier de réparation"));
        assertTrue(PortalSite.html(http, "/en/case-studies/bicycle-workshop").body().contains("href=\"/fr/case-studies/atelier-reparation\""),
                "other languages link to the new slug");
        String list = PortalSite.html(http, "/fr/case-studies").body();
        assertTrue(list.contains("Un atelier de réparation") && !list.contains("Un atelier vélo"), "the list shows the new title");
        assertFalse(PortalSite.html(http, "/fr/case-studies/atelier-velo").body().contains("Un atelier vélo"), "the old title is gone");
    }

    @Test
    void html_in_content_is_escaped_and_rich_text_is_the_sanitised_one() {
        String id = http.admin().post("/.rest/authoring/v1/items/organisation", Http.j("""
                {'properties': {'name': '<script>alert(1)</script> Coop', 'country': 'FR',
                 'description': {'en': '<p>Fine <strong>text</strong><script>alert(2)</script><img src=x onerror=alert(3)></p>'}}}""")).json().path("id").asText();
        assertEquals(200, http.admin().post("/.rest/authoring/v1/items/organisation/" + id + "/publish", "{\"locales\": [\"en\"]}").status());
        String name = http.get("/.rest/delivery/organisations@" + id + "?lang=en").json().path("@name").asText();
        Http.Res page = PortalSite.html(http, "/en/organisations/" + name);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt; Coop"));
        assertFalse(page.body().contains("alert(2)") || page.body().contains("onerror"), "the sanitiser removed them");
        assertTrue(page.body().contains("<strong>text</strong>"));
        String csp = page.header("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
    }

    @Test
    void pages_hold_no_inline_script_only_json_ld_data() {
        for (String type : PortalSite.ORDER) {
            String body = PortalSite.html(http, PortalSite.PAGE_TYPES.get(type)).body();
            Matcher m = Pattern.compile("<script([^>]*)>").matcher(body);
            while (m.find()) {
                String attrs = m.group(1);
                assertTrue(attrs.contains("src=") || attrs.contains("type=\"application/ld+json\""), type + ": inline script " + attrs);
            }
            assertFalse(Pattern.compile("\\son[a-z]+=").matcher(body).find(), type + ": event handler attribute");
        }
    }

    @Test
    void sharing_tags_and_schema_org_data_describe_the_page() {
        String cs = PortalSite.html(http, "/fr/case-studies/cuisine-partagee-lyon").body();
        assertTrue(cs.contains("<meta property=\"og:title\" content=\"Quatre traiteurs, une cuisine"));
        assertTrue(cs.contains("<meta property=\"og:type\" content=\"article\">") && cs.contains("twitter:card"));
        assertTrue(cs.contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Article\""), "Article");
        assertTrue(PortalSite.html(http, "/fr/events/seminaire-lyon").body().contains("\"@type\":\"Event\""));
        assertTrue(PortalSite.html(http, "/fr/materials/fiche-carte-collaborative").body().contains("\"@type\":\"LearningResource\""));
        assertTrue(PortalSite.html(http, "/fr/organisations/arobase").body().contains("\"@type\":\"Organization\""));
        assertTrue(PortalSite.html(http, "/fr/").body().contains("\"@type\":\"Organization\",\"name\":\"INN-CO\""));
    }

    @Test
    void static_files_are_fingerprinted_and_kept_for_a_year() {
        Matcher m = Pattern.compile("href=\"(/\\.resources/[0-9a-f]+/portal/portal\\.css)\"").matcher(PortalSite.html(http, "/en/").body());
        assertTrue(m.find());
        Http.Res css = http.get(m.group(1));
        assertEquals(200, css.status());
        assertTrue(css.header("Cache-Control").contains("max-age=31536000"), css.header("Cache-Control"));
    }

    @Test
    void filters_narrow_the_lists() {
        assertTrue(PortalSite.html(http, "/fr/case-studies?country=PL").body().contains("1 étude de cas"));
        String byKind = PortalSite.html(http, "/fr/case-studies?kind=cooperative").body();
        assertTrue(byKind.contains("cuisine-partagee-lyon"), "the Lyon kitchen is run by a cooperative");
        String byCondition = PortalSite.html(http, "/en/organisations?condition=1d4cdf8a-991b-44a1-9cfe-662e1e7fdab5").body();
        assertTrue(byCondition.contains("/en/organisations/shared-kitchen-cooperative"), "organisations of the case studies of a condition");
        assertTrue(PortalSite.html(http, "/en/map").body().contains("data-lat=\"45.764\" data-lon=\"4.8357\""), "map points in the list");
    }

    @Test
    void search_finds_a_french_word_in_another_form() {
        String page = PortalSite.html(http, "/fr/search?q=cuisines").body();
        assertTrue(page.contains("/fr/case-studies/cuisine-partagee-lyon"), "cuisines finds cuisine");
        assertTrue(PortalSite.html(http, "/fr/search?q=zzzzqqq").body().contains("Aucun résultat"));
    }
}
