package eu.innco.web.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The editor's upload form keeps a file name in any script, as a browser sends it (raw UTF-8 in the multipart header). */
class UploadFileNamePageTest {
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
    void a_file_uploaded_in_the_editor_keeps_its_accented_name() throws Exception {
        String name = "Éducation populaire à Łódź.png";
        var r = f.signIn("claire").upload("/editor/assets", EditorClient.form("title", "Éducation", "alt", "Un carré rouge"), name,
                EditorFixture.png(20, 20, java.awt.Color.RED));
        assertEquals(303, r.statusCode(), EditorClient.summary(r));
        List<String> names = f.find("asset", "Éducation").stream()
                .map(i -> String.valueOf(i.values().get("fileName").orElse(""))).toList();
        assertEquals(List.of(name), names);
    }
}
