package eu.innco.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.content.ContentItem;
import eu.innco.web.Http;
import eu.innco.web.Http.Res;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: an item in none of the languages of a reader's chain (French only, read in English,
 * German or Greek) is found in lists, search, the map and on its page, in its own language and
 * marked so; the delivery API does the same when asked ({@code otherLanguages=include|ranked}) and keeps
 * its default answers as the contract says.
 */
class OtherLanguagesTest {
    static final String D = "/.rest/delivery/";
    static InncoServer server;
    static Http http;
    static ContentItem french;
    static ContentItem polish;
    static ContentItem english;
    static ContentItem frenchOrganisation;
    static ContentItem event;
    static ContentItem material;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        http = new Http(server.uri());
        Published content = new Published(server);
        french = content.create("caseStudy", "{'title': {'fr': 'Cuisine solidaire du quartier'}, 'slug': {'fr': 'cuisine-solidaire'},"
                + " 'summary': {'fr': 'Une coopérative de voisins'}, 'country': 'FR', 'publicationDate': '2026-03-01'}");
        content.publish(french, "fr");
        polish = content.create("caseStudy", "{'title': {'pl': 'Spółdzielnia sąsiedzka'}, 'summary': {'pl': 'Wspólna praca'},"
                + " 'country': 'PL', 'publicationDate': '2026-01-01'}");
        content.publish(polish, "pl");
        english = content.create("caseStudy", "{'title': {'en': 'Shared workshop'}, 'summary': {'en': 'Tools for all'},"
                + " 'country': 'BE', 'publicationDate': '2026-02-01'}");
        content.publish(english, "en");
        frenchOrganisation = content.organisation("Atelier Lumière", "FR", 45.76, 4.83, "{'fr': '<p>Une association lyonnaise</p>'}");
        content.publish(frenchOrganisation, "fr");
        event = content.create("event", "{'title': {'fr': 'Rencontre à Lyon'}, 'slug': {'fr': 'rencontre-lyon'}, 'startDate': '2026-05-04', 'kind': 'seminar',"
                + " 'host': '" + frenchOrganisation.id() + "'}");
        content.publish(event, "fr");
        ContentItem meeting = content.create("event", "{'title': {'en': 'Meeting in Turin'}, 'startDate': '2026-06-04', 'kind': 'seminar'}");
        content.publish(meeting, "en");
        material = content.create("workshopMaterial", "{'title': {'en': 'Role cards', 'pl': 'Karty ról'}, 'slug': {'pl': 'karty-rol'},"
                + " 'usedAt': '" + meeting.id() + "'}");
        content.publish(material, "en", "pl");
    }

    /** Issue 20: links to an item in another language carry that language, as the seminar link of a case study does. */
    @Test
    void links_to_a_host_or_an_event_in_another_language_carry_its_lang() {
        Res page = http.get("/el/events/rencontre-lyon");
        assertEquals(200, page.status(), page.body());
        assertTrue(Pattern.compile("<a href=\"/el/organisations/[^\"]+\" lang=\"fr\">Atelier Lumière</a>").matcher(page.body()).find(),
                page.body());
        Res m = http.get("/pl/materials/karty-rol");
        assertEquals(200, m.status(), m.body());
        assertTrue(m.body().contains("lang=\"en\">Meeting in Turin</a>"), "the English fallback of the event is marked: " + m.body());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<String> titles(Res r) {
        List<String> out = new ArrayList<>();
        r.json().path("results").forEach(n -> out.add(n.path("title").asText()));
        return out;
    }

    @Test
    void by_default_the_api_leaves_other_languages_out_as_the_contract_says() {
        Res en = http.get(D + "caseStudies?lang=en&orderBy=publicationDate%20desc");
        assertEquals(List.of("Shared workshop"), titles(en));
        assertEquals(en.body(), http.get(D + "caseStudies?lang=en&otherLanguages=exclude&orderBy=publicationDate%20desc").body());
        assertEquals(404, http.get(D + "caseStudies/" + french.name() + "?lang=en").status());
    }

    @Test
    void other_languages_include_lists_every_item_in_the_asked_order_each_in_its_own_language() {
        Res any = http.get(D + "caseStudies?lang=en&otherLanguages=include&orderBy=publicationDate%20desc");
        assertEquals(200, any.status(), any.body());
        assertEquals(List.of("Cuisine solidaire du quartier", "Shared workshop", "Spółdzielnia sąsiedzka"), titles(any));
        JsonNode first = any.json().path("results").get(0);
        assertEquals("fr", first.path("@locale").asText());
        assertEquals(3, any.json().path("total").asInt());
        assertEquals("en", any.header("Content-Language"), "a list answers the reader's language; each item says its own");
    }

    @Test
    void other_languages_ranked_puts_the_readers_own_language_first_then_its_fallbacks_then_the_others() {
        Res pl = http.get(D + "caseStudies?lang=pl&otherLanguages=ranked&orderBy=publicationDate%20desc");
        assertEquals(List.of("Spółdzielnia sąsiedzka", "Shared workshop", "Cuisine solidaire du quartier"), titles(pl));
        Res el = http.get(D + "caseStudies?lang=el&otherLanguages=ranked&orderBy=publicationDate%20desc");
        assertEquals(List.of("Shared workshop", "Cuisine solidaire du quartier", "Spółdzielnia sąsiedzka"), titles(el));
    }

    @Test
    void one_item_in_another_language_is_read_with_other_languages_include_and_labelled_with_its_own_language() {
        for (String url : new String[] {D + "caseStudies/" + french.name(), D + "caseStudies@" + french.id()}) {
            Res r = http.get(url + "?lang=de&otherLanguages=include");
            assertEquals(200, r.status(), url + " " + r.body());
            assertEquals("fr", r.json().path("@locale").asText());
            assertEquals("fr", r.header("Content-Language"));
            assertEquals(304, http.get(url + "?lang=de&otherLanguages=include", "If-None-Match", r.header("ETag")).status());
            assertEquals(404, http.get(url + "?lang=de").status(), "the default answer is not changed by the cached one");
        }
    }

    @Test
    void full_text_search_and_filters_find_items_in_other_languages() {
        Res q = http.get(D + "caseStudies?lang=de&otherLanguages=include&q=solidaire");
        assertEquals(List.of("Cuisine solidaire du quartier"), titles(q));
        Res country = http.get(D + "caseStudies?lang=el&otherLanguages=include&country=PL");
        assertEquals(List.of("Spółdzielnia sąsiedzka"), titles(country));
        Res geo = http.get(D + "organisations?lang=el&otherLanguages=include&format=geojson");
        assertTrue(geo.body().contains("Atelier Lumière"), geo.body());
    }

    /** The parameter must not shadow a property: organisations filter by their working languages with {@code languages}. */
    @Test
    void the_languages_property_still_filters_beside_other_languages() {
        Res r = http.get(D + "organisations?lang=en&otherLanguages=include&languages=fr");
        assertEquals(200, r.status(), r.body());
    }

    @Test
    void a_bad_languages_value_is_a_400_naming_the_parameter() {
        for (String url : new String[] {D + "caseStudies?otherLanguages=every", D + "caseStudies/" + french.name() + "?otherLanguages=all"}) {
            Res r = http.get(url);
            assertEquals(400, r.status(), url);
            assertTrue(r.header("Content-Type").startsWith("application/problem+json"), url);
            assertEquals("otherLanguages", r.json().path("errors").get(0).path("path").asText(), r.body());
        }
    }

    @Test
    void portal_lists_the_map_and_search_show_other_languages_marked_with_their_lang() {
        for (String page : new String[] {"/en/case-studies", "/de/case-studies", "/el/case-studies", "/de/search?q=solidaire"}) {
            Res r = http.get(page);
            assertEquals(200, r.status(), page);
            assertTrue(Pattern.compile("<li class=\"card\" lang=\"fr\">\\s*<h[23]><a href=\"[^\"]+\">Cuisine solidaire du quartier</a>")
                    .matcher(r.body()).find(), page + "\n" + r.body());
        }
        Res map = http.get("/el/map");
        assertTrue(map.body().contains("Atelier Lumière"), "the map's list");
        Res en = http.get("/en/case-studies");
        assertTrue(en.body().contains("Spółdzielnia sąsiedzka"));
    }

    @Test
    void the_page_of_an_item_in_another_language_answers_with_its_text_marked_and_its_own_slug() {
        Res list = http.get("/el/case-studies");
        Matcher m = Pattern.compile("href=\"(/el/case-studies/[^\"]+)\">Cuisine solidaire").matcher(list.body());
        assertTrue(m.find(), list.body());
        assertEquals("/el/case-studies/cuisine-solidaire", m.group(1));
        Res page = http.get(m.group(1));
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("Cuisine solidaire du quartier"));
        assertTrue(page.body().contains("lang=\"fr\""), "the French text is marked as French on a Greek page");
    }

    @Test
    void the_home_page_features_the_readers_own_language_first() {
        Res pl = http.get("/pl/");
        int own = pl.body().indexOf("Spółdzielnia sąsiedzka");
        int english = pl.body().indexOf("Shared workshop");
        assertTrue(own > 0 && english > 0 && own < english, "Polish first, then the English fallback");
        assertFalse(http.get("/en/").body().indexOf("Shared workshop") < 0);
    }
}
