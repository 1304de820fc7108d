package eu.innco.web.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.content.ContentItem;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The translation view shows each value's state and saves a changed one with the form; an edited value becomes a draft. */
class TranslationPageFieldStatesTest {
    static EditorFixture f;
    static EditorClient c;

    @BeforeAll
    static void start() throws Exception {
        f = new EditorFixture();
        c = f.admin();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    static String page(String id) throws Exception {
        HttpResponse<String> r = c.get("/editor/content/caseStudy/" + id + "/translate?source=fr&target=pl");
        assertEquals(200, r.statusCode(), EditorClient.summary(r));
        return r.body();
    }

    static void save(String id, String html, Map<String, String> changes) throws Exception {
        String action = "/editor/content/caseStudy/" + id + "/translate";
        List<Map.Entry<String, String>> form = HtmlForms.fields(html, action);
        for (Map.Entry<String, String> e : changes.entrySet()) form = HtmlForms.with(form, e.getKey(), e.getValue());
        HttpResponse<String> r = c.submit(action, form);
        assertEquals(303, r.statusCode(), EditorClient.summary(r));
    }

    static String state(String id, String path) {
        return f.item("caseStudy", id).orElseThrow().locales().get("pl").fields().get(path).state();
    }

    @Test
    void each_value_has_a_state_badge_and_a_selector_saved_with_the_form() throws Exception {
        ContentItem s = f.create("caseStudy", "{'sourceLocale': 'fr', 'properties': {'title': {'fr': 'Atelier partagé', 'pl': 'Wspólny warsztat'},"
                + " 'summary': {'fr': 'Un atelier pour tous.', 'pl': 'Warsztat dla wszystkich.'}}, 'locales': {'pl': {'translation': 'reviewed'}}}");
        String html = page(s.id());
        assertTrue(html.contains("name=\"fieldState.title\""), html);
        assertTrue(html.contains("<span class=\"tag state-reviewed\">"), html);

        save(s.id(), html, Map.of("fieldState.summary", "draft"));
        assertEquals("draft", state(s.id(), "summary"), "the changed selector");
        assertEquals("reviewed", state(s.id(), "title"), "the selector left alone");
        assertEquals("draft", f.item("caseStudy", s.id()).orElseThrow().locales().get("pl").translation());

        html = page(s.id());
        assertTrue(html.contains("<span class=\"tag state-draft\">"), html);
        save(s.id(), html, Map.of("p.title.pl", "Warsztat wspólny", "fieldState.summary", "translated"));
        assertEquals("draft", state(s.id(), "title"), "the edited value becomes a draft");
        assertEquals("translated", state(s.id(), "summary"));
    }
}
