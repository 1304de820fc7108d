package eu.innco.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.content.ContentItem;
import eu.innco.web.Http;
import eu.innco.web.Http.Res;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** lang and Accept-Language, fallback chains (nl falls back to fr, then en), @fallback, lang=all, Content-Language, Vary. */
class DeliveryLanguagesTest {
    static final String D = "/.rest/delivery/";
    static InncoServer server;
    static Http http;
    static ContentItem study;
    static ContentItem englishOnly;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        http = new Http(server.uri());
        Published content = new Published(server);
        study = content.create("caseStudy", "{'title': {'en': 'Shared kitchen', 'fr': 'Cuisine partagée', 'de': 'Gemeinsame Küche'},"
                + " 'summary': {'en': 'English summary'}, 'country': 'FR'}");
        content.publish(study, "en", "fr", "de");
        englishOnly = content.create("caseStudy", "{'title': {'en': 'Only English', 'fr': 'Brouillon français'}}");
        content.publish(englishOnly, "en");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    JsonNode node(String query, String... headers) {
        Res r = http.get(D + "caseStudies/" + study.name() + query, headers);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    @Test
    void lang_wins_over_accept_language_and_without_either_the_default_locale_is_read() {
        assertEquals("Cuisine partagée", node("?lang=fr", "Accept-Language", "de").path("title").asText());
        assertEquals("Gemeinsame Küche", node("", "Accept-Language", "de-AT, fr;q=0.8").path("title").asText());
        assertEquals("Cuisine partagée", node("", "Accept-Language", "es, fr;q=0.5, de;q=0.4").path("title").asText());
        assertEquals("Shared kitchen", node("").path("title").asText());
        assertEquals("Shared kitchen", node("", "Accept-Language", "es, ja").path("title").asText(), "nothing known: the default");
    }

    @Test
    void a_regional_tag_falls_back_to_its_language() {
        JsonNode n = node("?lang=fr-BE");
        assertEquals("fr", n.path("@locale").asText());
        assertEquals("Cuisine partagée", n.path("title").asText());
    }

    @Test
    void values_fall_back_along_the_chain_and_fallback_lists_them() {
        JsonNode fr = node("?lang=fr");
        assertEquals("English summary", fr.path("summary").asText());
        assertEquals("{\"summary\":\"en\"}", fr.path("@fallback").toString());
        JsonNode nl = node("?lang=nl");
        assertEquals("fr", nl.path("@locale").asText(), "nl is not published: its chain goes to fr first");
        assertEquals("Cuisine partagée", nl.path("title").asText());
        assertEquals("{\"summary\":\"en\"}", nl.path("@fallback").toString());
        JsonNode pl = node("?lang=pl");
        assertEquals("en", pl.path("@locale").asText());
        assertTrue(pl.path("@fallback").isMissingNode(), "everything comes from @locale itself");
    }

    @Test
    void an_unpublished_locale_never_shows_its_draft_and_the_item_falls_back() {
        Res r = http.get(D + "caseStudies/" + englishOnly.name() + "?lang=fr");
        assertEquals("en", r.json().path("@locale").asText());
        assertEquals("Only English", r.json().path("title").asText());
        assertTrue(!r.body().contains("Brouillon"), r.body());
    }

    @Test
    void lang_all_gives_every_published_locales_value_as_a_map() {
        JsonNode all = node("?lang=all");
        assertEquals("Cuisine partagée", all.path("title").path("fr").asText());
        assertEquals("Gemeinsame Küche", all.path("title").path("de").asText());
        assertEquals("{\"en\":\"English summary\"}", all.path("summary").toString());
        assertTrue(all.path("@locale").isMissingNode());
        Res list = http.get(D + "caseStudies?lang=all");
        assertEquals(2, list.json().path("total").asInt());
        assertEquals("Only English", list.json().path("results").get(0).path("title").path("en").asText());
        assertTrue(!list.body().contains("Brouillon"));
    }

    @Test
    void responses_carry_content_language_and_vary() {
        Res r = http.get(D + "caseStudies/" + study.name(), "Accept-Language", "de");
        assertEquals("de", r.header("Content-Language"));
        assertTrue(r.header("Vary").contains("Accept-Language"));
        Res nl = http.get(D + "caseStudies?lang=nl");
        assertEquals("nl", nl.header("Content-Language"));
        assertTrue(nl.header("Vary").contains("Accept-Language"));
    }

    /** API.md: a node's Content-Language is the language its values are in, its @locale; a fallback is never labelled as asked. */
    @Test
    void a_node_through_the_fallback_chain_is_labelled_with_its_at_locale_on_both_doors_and_in_a_304() {
        String node = D + "caseStudies/" + study.name();
        String byId = D + "caseStudies@" + study.id();
        for (String url : new String[] {node + "?lang=nl", node + "?lang=nl&_=1", byId + "?lang=nl", byId + "?_=1&lang=nl"}) {
            // the servlet fast path, then Jersey (a second parameter), by path and by id
            Res r = http.get(url);
            assertEquals("fr", r.json().path("@locale").asText(), url);
            assertEquals("fr", r.header("Content-Language"), url);
            Res again = http.get(url, "If-None-Match", r.header("ETag"));
            assertEquals(304, again.status(), url);
            assertEquals("fr", again.header("Content-Language"), url);
        }
        Res regional = http.get(node, "Accept-Language", "nl-BE, de;q=0.5");
        assertEquals("fr", regional.json().path("@locale").asText());
        assertEquals("fr", regional.header("Content-Language"), "where the values came from, not the tag that was asked for");
        Res english = http.get(D + "caseStudies/" + englishOnly.name() + "?lang=fr-BE");
        assertEquals("en", english.json().path("@locale").asText());
        assertEquals("en", english.header("Content-Language"));
    }

    /** Issue 20: published in English and French, asked for in Polish, the English text is labelled en, never pl. */
    @Test
    void an_english_fallback_is_never_labelled_as_the_language_asked_for() {
        for (String url : new String[] {D + "caseStudies/" + study.name(), D + "caseStudies@" + study.id()}) {
            for (String query : new String[] {"?lang=pl", "?lang=pl&_=1"}) {
                Res r = http.get(url + query);
                assertEquals("Shared kitchen", r.json().path("title").asText(), url + query);
                assertEquals("en", r.header("Content-Language"), url + query);
                Res again = http.get(url + query, "If-None-Match", r.header("ETag"));
                assertEquals(304, again.status(), url + query);
                assertEquals("en", again.header("Content-Language"), url + query);
            }
            Res header = http.get(url, "Accept-Language", "pl, el;q=0.5");
            assertEquals("en", header.json().path("@locale").asText());
            assertEquals("en", header.header("Content-Language"), url);
        }
    }

    /** A list mixes nodes from several locales: it keeps the resolved locale, and each result its @locale. */
    @Test
    void a_list_carries_the_resolved_locale() {
        Res list = http.get(D + "caseStudies?lang=pl");
        assertEquals(2, list.json().path("total").asInt(), list.body());
        assertEquals("pl", list.header("Content-Language"), "one locale for the list, whatever each result fell back to");
    }

    @Test
    void lang_all_names_every_site_locale_in_content_language() {
        String every = "en, fr, nl, de, it, pl, el";
        assertEquals(every, http.get(D + "caseStudies/" + study.name() + "?lang=all").header("Content-Language"));
        assertEquals(every, http.get(D + "caseStudies@" + study.id() + "?lang=all").header("Content-Language"));
        assertEquals(every, http.get(D + "caseStudies?lang=all&country=FR").header("Content-Language"));
    }

    @Test
    void an_unknown_or_malformed_lang_is_a_400_problem_naming_the_lang_parameter() {
        String node = D + "caseStudies/" + study.name();
        for (String bad : new String[] {"es", "xx-YY", "f", "fr%20en", "%3Cscript%3E", "", "all2", "en--GB", "ALL", "x".repeat(60)}) {
            for (String url : new String[] {D + "caseStudies?lang=" + bad, node + "?lang=" + bad, node + "?_=1&lang=" + bad,
                    D + "caseStudies@" + study.id() + "?lang=" + bad, D + "organisations?format=geojson&lang=" + bad}) {
                Res r = http.get(url);
                assertEquals(400, r.status(), url + ": " + r.body());
                assertTrue(r.contentType().startsWith("application/problem+json"), url);
                assertEquals(400, r.json().path("status").asInt(), r.body());
                assertTrue(r.json().path("detail").asText().startsWith("lang"), r.body());
                assertEquals(1, r.json().path("errors").size(), r.body());
                assertEquals("lang", r.json().path("errors").get(0).path("path").asText(), r.body());
                assertTrue(r.json().path("errors").get(0).path("message").asText().contains("'all'"), r.body());
            }
        }
    }

    @Test
    void accept_language_is_never_an_error_and_what_cannot_be_read_gives_the_default() {
        String node = D + "caseStudies/" + study.name();
        for (String header : new String[] {"es", "*", "*;q=0", "xx-YY, zz", "fr;q=2", "fr;q=-1", "fr;q=NaN", "fr;q=abc", "de;q=0",
                "en--GB", ",,;;,", ";q=1", "<script>", "\u00ff\u00fe", "fr;" + "q=0.5;".repeat(200), "x".repeat(5000),
                "a, ".repeat(400) + "de"}) {
            for (String url : new String[] {node, node + "?_=1", D + "caseStudies", D + "organisations?format=geojson"}) {
                Res r = http.get(url, "Accept-Language", header);
                assertEquals(200, r.status(), header + " on " + url + ": " + r.body());
                assertEquals("en", r.header("Content-Language"), header + " on " + url);
            }
        }
        Res withLang = http.get(node + "?lang=de", "Accept-Language", "fr;q=abc,,;;,*");
        assertEquals("de", withLang.header("Content-Language"), "lang wins, whatever the header holds");
        assertEquals("fr", http.get(node, "Accept-Language", "es;q=0.9, fr;q=0.8, de;q=0.7").header("Content-Language"));
    }
}
