package eu.innco.web.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.content.Precondition;
import eu.innco.security.Actor;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A content type's list in the editor: text search, status, language and translation filters, sort order, pages of 25. */
class ContentListPageTest {
    private static final Pattern ROW = Pattern.compile("<tr><td><a href=\"/editor/content/caseStudy/[0-9a-f-]{36}(?:/preview)?\">(.*?)</a>");
    static EditorFixture f;
    static EditorClient c;

    @BeforeAll
    static void start() throws Exception {
        f = new EditorFixture();
        for (int i = 1; i <= 30; i++) {
            // the last one in a later millisecond than the others, so "newest first" has one answer
            if (i == 30) Thread.sleep(5);
            f.study("claire", String.format("Liste %02d", i));
        }
        f.create("caseStudy", "{'sourceLocale':'fr','properties':{'title':{'fr':'Aiguille'},'body':{'fr':'<p>Le mot Zébulon est caché ici.</p>'}}}");
        f.publish("caseStudy", f.study("claire", "Publiée"), "fr");
        String modified = f.study("claire", "Modifiée plus tard");
        f.publish("caseStudy", modified, "fr");
        f.setTitle(modified, "fr", "Modifiée");
        String reviewed = f.study("claire", "Relue en polonais");
        translate(reviewed, "Przejrzana", "reviewed");
        String outdated = f.study("claire", "Dépassée en polonais");
        translate(outdated, "Nieaktualna", "reviewed");
        f.setTitle(outdated, "fr", "Dépassée en polonais, source changée");
        c = f.signIn("claire");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    static void translate(String id, String title, String state) throws Exception {
        f.services.content.patch(Actor.SYSTEM, "caseStudy", id, EditorFixture.JSON.readTree(
                "{\"properties\":{\"title\":{\"pl\":\"" + title + "\"}},\"locales\":{\"pl\":{\"translation\":\"" + state + "\"}}}"), Precondition.ANY);
    }

    static List<String> titles(String query) throws Exception {
        HttpResponse<String> r = c.get("/editor/content/caseStudy" + query);
        assertEquals(200, r.statusCode(), EditorClient.summary(r));
        List<String> out = new ArrayList<>();
        Matcher m = ROW.matcher(r.body());
        while (m.find()) out.add(HtmlForms.unescape(m.group(1)));
        return out;
    }

    @Test
    void the_search_finds_words_in_titles_and_in_the_text() throws Exception {
        assertEquals(List.of("Aiguille"), titles("?q=z%C3%A9bulon"), "found in the body, whatever the case");
        assertEquals(List.of("Relue en polonais"), titles("?q=relue"));
        assertEquals(List.of(), titles("?q=introuvable"));
        assertTrue(c.get("/editor/content/caseStudy?q=introuvable").body().contains("No item found"));
    }

    @Test
    void the_status_filter_tells_drafts_from_published_and_changed_items() throws Exception {
        assertEquals(List.of("Publiée"), titles("?status=published"));
        assertEquals(List.of("Modifiée"), titles("?status=modified"));
        List<String> drafts = titles("?status=draft&q=polonais");
        assertEquals(List.of("Dépassée en polonais, source changée", "Relue en polonais"), drafts);
        assertTrue(!titles("?status=draft").contains("Publiée"));
    }

    @Test
    void the_translation_filter_reads_the_state_of_the_chosen_language() throws Exception {
        assertEquals(List.of("Dépassée en polonais, source changée", "Relue en polonais"), titles("?locale=pl&translation=reviewed"),
                "a state, whether or not the source changed since");
        assertEquals(List.of("Dépassée en polonais, source changée"), titles("?locale=pl&translation=outdated"));
        assertEquals(List.of(), titles("?locale=de&translation=reviewed"));
        assertTrue(titles("?locale=pl&translation=missing&q=liste").size() == 25, "the Liste items have no Polish at all");
    }

    @Test
    void items_sort_by_name_or_by_last_change_newest_first() throws Exception {
        assertEquals("Liste 01", titles("?q=liste&sort=name").get(0));
        assertEquals("Liste 30", titles("?q=liste&sort=-lastModified").get(0));
        String id = f.find("caseStudy", "Liste 07").get(0).id();
        Thread.sleep(5);
        f.setTitle(id, "fr", "Liste 07 revue");
        assertEquals("Liste 07 revue", titles("?q=liste&sort=-lastModified").get(0));
        assertEquals("Liste 01", titles("?q=liste").get(0), "by name when no order is chosen");
    }

    @Test
    void long_lists_come_in_pages_of_twenty_five() throws Exception {
        List<String> first = titles("?q=liste");
        assertEquals(25, first.size());
        assertEquals("Liste 25", first.get(24));
        List<String> second = titles("?q=liste&page=2");
        assertEquals(List.of("Liste 26", "Liste 27", "Liste 28", "Liste 29", "Liste 30"), second);
        String page = c.get("/editor/content/caseStudy?q=liste&page=2").body();
        assertTrue(page.contains("30 items found"), "the count is of all pages");
        assertTrue(page.contains("Page 2 of 2") && page.contains("page=1\">Previous</a>"), "a way back to the first page");
        assertEquals(List.of(), titles("?q=liste&page=9"), "past the end: an empty page, not an error");
        assertEquals(25, titles("?q=liste&page=nonsense").size(), "a page that is not a number is the first");
    }

    @Test
    void filter_values_the_form_does_not_offer_are_a_client_error_never_a_server_error() throws Exception {
        for (String query : List.of("?status=lost", "?sort=random", "?locale=xx", "?translation=missing", "?page=99999999999", "?page=100000000")) {
            int status = c.get("/editor/content/caseStudy" + query).statusCode();
            assertTrue(status == 200 || status == 400, query + ": " + status);
        }
        assertEquals(400, c.get("/editor/content/caseStudy?status=lost").statusCode());
    }

    @Test
    void a_translation_state_chosen_without_a_language_asks_for_one_on_the_list_page() throws Exception {
        HttpResponse<String> r = c.get("/editor/content/caseStudy?locale=&translation=missing");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("<p class=\"error-box\" role=\"alert\">Choose a language to filter by the state of its translation.</p>"),
                EditorClient.summary(r));
        assertTrue(HtmlForms.fields(r.body(), "").contains(java.util.Map.entry("translation", "missing")), "the filters stay as chosen");
    }
}
