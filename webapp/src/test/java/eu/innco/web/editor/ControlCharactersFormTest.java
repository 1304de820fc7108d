package eu.innco.web.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The editor's form refuses a title holding U+0000 beside the field, and keeps nothing. */
class ControlCharactersFormTest {
    private static EditorFixture f;

    @BeforeAll
    static void start() throws Exception {
        f = new EditorFixture();
    }

    @AfterAll
    static void stop() {
        if (f != null) f.close();
    }

    @Test
    void a_title_with_a_nul_character_is_refused_beside_the_field() throws Exception {
        EditorClient c = f.signIn("claire");
        c.get("/editor/content/caseStudy/new?edit=fr");
        HttpResponse<String> r = c.submit("/editor/content/caseStudy/new",
                EditorClient.form("_locale", "fr", "p.title.fr", "Cuisine\u0000 cachée"));
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, EditorClient.summary(r));
        assertTrue(r.body().contains("U+0000"), r.body());
        assertTrue(r.body().contains("aria-invalid=\"true\""), r.body());
        assertTrue(f.find("caseStudy", "cachée").isEmpty());
    }
}
