package eu.innco.web.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import eu.innco.content.ContentItem;
import eu.innco.web.Http;
import eu.innco.web.Http.Res;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Full-text search with each language's analyser (en and fr are in {@link DeliveryApiTest}): a word
 * in another grammatical form than the text's finds the item, in Dutch, German, Italian, Polish
 * (Stempel) and Greek. Each item is published in its language only, so no other locale's text can
 * answer for it.
 */
class DeliverySearchLanguagesTest {
    static final String D = "/.rest/delivery/caseStudies";
    static InncoServer server;
    static Http http;
    static Published content;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        http = new Http(server.uri());
        content = new Published(server);
        study("nl", "Samenwerking in de wijk", "Buren koken samen in een gedeelde keuken.");
        study("de", "Genossenschaften in Berlin", "Nachbarn kochen in einer Küche.");
        study("it", "La cucina condivisa", "Una cooperativa sociale di quartiere.");
        study("pl", "Spółdzielnia socjalna w Poznaniu", "Współpraca sąsiadów.");
        study("el", "Ο συνεταιρισμός της γειτονιάς", "Κοινή κουζίνα στη Λευκωσία.");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static void study(String locale, String title, String summary) {
        ContentItem i = content.create("caseStudy", "{'title': {'" + locale + "': '" + title + "'}, 'summary': {'" + locale + "': '"
                + summary + "'}}");
        content.publish(i, locale);
    }

    /** The titles found by q in a language, each item being visible to that language's readers only through its own text. */
    static List<String> titles(String lang, String q) {
        Res r = http.get(D + "?lang=" + lang + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertEquals(200, r.status(), r.body());
        List<String> out = new ArrayList<>();
        r.json().path("results").forEach(n -> out.add(n.path("title").asText()));
        return out;
    }

    static void findsOnlyByAnotherForm(String lang, String query, String text, String title) {
        assertNotEquals(text.toLowerCase(Locale.ROOT), query.toLowerCase(Locale.ROOT), "the query must be another form");
        assertEquals(List.of(title), titles(lang, query), lang + ": '" + query + "' finds '" + text + "'");
        assertEquals(List.of(), titles(lang, "fietsenmaker"), lang + ": a word in no text finds nothing");
    }

    @Test
    void dutch_plurals_find_the_singular() {
        findsOnlyByAnotherForm("nl", "samenwerkingen", "Samenwerking", "Samenwerking in de wijk");
        findsOnlyByAnotherForm("nl", "wijken", "wijk", "Samenwerking in de wijk");
    }

    @Test
    void german_singular_and_plural_find_each_other() {
        findsOnlyByAnotherForm("de", "Genossenschaft", "Genossenschaften", "Genossenschaften in Berlin");
        findsOnlyByAnotherForm("de", "Küchen", "Küche", "Genossenschaften in Berlin");
    }

    @Test
    void italian_plural_finds_the_singular() {
        findsOnlyByAnotherForm("it", "cucine", "cucina", "La cucina condivisa");
        findsOnlyByAnotherForm("it", "cooperative", "cooperativa", "La cucina condivisa");
    }

    @Test
    void polish_inflections_find_the_nominative_with_stempel() {
        findsOnlyByAnotherForm("pl", "spółdzielni", "Spółdzielnia", "Spółdzielnia socjalna w Poznaniu");
        findsOnlyByAnotherForm("pl", "spółdzielniach", "Spółdzielnia", "Spółdzielnia socjalna w Poznaniu");
        findsOnlyByAnotherForm("pl", "współpracy", "Współpraca", "Spółdzielnia socjalna w Poznaniu");
    }

    @Test
    void greek_plural_finds_the_singular_with_or_without_accents_and_capitals() {
        findsOnlyByAnotherForm("el", "συνεταιρισμοί", "συνεταιρισμός", "Ο συνεταιρισμός της γειτονιάς");
        findsOnlyByAnotherForm("el", "ΣΥΝΕΤΑΙΡΙΣΜΟΙ", "συνεταιρισμός", "Ο συνεταιρισμός της γειτονιάς");
        findsOnlyByAnotherForm("el", "κουζίνες", "κουζίνα", "Ο συνεταιρισμός της γειτονιάς");
    }
}
