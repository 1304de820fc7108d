package eu.innco.web.editor;

import static eu.innco.web.editor.EditorClient.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.ErrorKind;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.io.IOException;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module's refusals reach editor users in the language they chose, not in the API's English. */
class EditorLanguageTest {
    static InncoServer server;
    static String studyId;
    static String otherPartnersStudy;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        ObjectMapper json = new ObjectMapper();
        var users = server.services().users;
        String fr = server.services().content.create(Actor.SYSTEM, "organisation",
                json.readTree("{\"properties\":{\"name\":\"Arobase\",\"country\":\"FR\",\"role\":\"partner\"}}")).id();
        String pl = server.services().content.create(Actor.SYSTEM, "organisation",
                json.readTree("{\"properties\":{\"name\":\"Polish partner\",\"country\":\"PL\",\"role\":\"partner\"}}")).id();
        users.create("pauline", "pauline password", Set.of(Role.PUBLISHER), "", Set.of(), true);
        users.setUiLocale("pauline", "fr");
        users.create("zofia", "zofia password", Set.of(Role.EDITOR), pl, Set.of("pl"), false);
        users.setUiLocale("zofia", "pl");
        studyId = server.services().content.create(Actor.SYSTEM, "caseStudy",
                json.readTree("{\"sourceLocale\":\"fr\",\"properties\":{\"title\":{\"fr\":\"Une cuisine partagée\"}}}")).id();
        Actor frEditor = users.create("remi", "remi password", Set.of(Role.EDITOR), fr, Set.of("fr"), false).actor();
        otherPartnersStudy = server.services().content.create(frEditor, "caseStudy",
                json.readTree("{\"sourceLocale\":\"fr\",\"properties\":{\"title\":{\"fr\":\"Étude d’Arobase\"}}}")).id();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_refused_publication_is_explained_in_french_with_field_labels_and_language_names() throws Exception {
        EditorClient c = new EditorClient(server.uri());
        c.signIn("pauline", "pauline password");
        c.get("/editor/content/caseStudy/" + studyId);
        HttpResponse<String> r = c.submit("/editor/content/caseStudy/" + studyId + "/publish", form("action", "publish", "locales", "de"));
        assertEquals(303, r.statusCode(), r.body());
        String page = c.get("/editor/content/caseStudy/" + studyId).body();
        String flash = flash(page);
        assertTrue(flash.startsWith("Rien n’a été publié\u00a0:"), flash);
        assertTrue(flash.contains("Titre (Deutsch)\u00a0: est obligatoire pour publier (Deutsch)"), flash);
        assertFalse(flash.contains("properties.") || flash.contains("problem(s)") || flash.contains("is required"), flash);
    }

    @Test
    void a_release_without_a_name_is_refused_in_french() throws Exception {
        EditorClient c = new EditorClient(server.uri());
        c.signIn("pauline", "pauline password");
        c.get("/editor/releases");
        HttpResponse<String> r = c.submit("/editor/releases", form("name", "", "items", "caseStudy/" + studyId, "locales", "fr"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("La version groupée est incomplète.\nNom\u00a0: est obligatoire, 200 caractères au plus"), r.body());
        assertFalse(r.body().contains("is required"), r.body());
    }

    @Test
    void error_pages_follow_the_language_the_user_chose_not_the_browser() throws Exception {
        EditorClient c = new EditorClient(server.uri());
        c.signIn("zofia", "zofia password");
        HttpResponse<String> forbidden = c.get("/editor/content/caseStudy/" + otherPartnersStudy);
        assertEquals(403, forbidden.statusCode());
        assertTrue(forbidden.body().contains("<html lang=\"pl\">"), forbidden.body());
        assertTrue(forbidden.body().contains("Twoje role nie pozwalają na tę czynność na tej treści."), forbidden.body());
        assertTrue(forbidden.body().contains("<p lang=\"en\">"), "the English detail stays available, marked as English");

        c.get("/editor/account");
        HttpResponse<String> stale = c.post("/editor/account", form("_csrf", "forged", "uiLocale", "en"));
        assertEquals(403, stale.statusCode());
        assertTrue(stale.body().contains("Formularz jest nieaktualny lub nie pochodzi z edytora."), stale.body());
    }

    /** Every rule the module words for people has its sentence in the editor's bundles, and so has every kind of error. */
    @Test
    void every_keyed_rule_and_every_error_kind_has_an_editor_text() throws IOException {
        Properties en = new Properties();
        try (Reader r = Files.newBufferedReader(root().resolve("light-modules/inn-co/i18n/inn-co-editor-messages_en.properties"), StandardCharsets.UTF_8)) {
            en.load(r);
        }
        Set<String> keys = new TreeSet<>();
        Pattern keyed = Pattern.compile("FieldError\\.keyed\\([^;]*?,\\s*\"([a-zA-Z]+)\"", Pattern.DOTALL);
        try (Stream<Path> files = Files.walk(root().resolve("inn-co-module/src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = keyed.matcher(Files.readString(f));
                while (m.find()) keys.add(m.group(1));
            }
        }
        assertTrue(keys.size() >= 20, "the scan finds the keyed rules: " + keys);
        List<String> missing = new ArrayList<>();
        keys.forEach(k -> { if (!en.containsKey("problem.field." + k)) missing.add("problem.field." + k); });
        for (ErrorKind kind : ErrorKind.values()) if (!en.containsKey("problem.kind." + kind)) missing.add("problem.kind." + kind);
        assertEquals(List.of(), missing);
    }

    private static String flash(String page) {
        Matcher m = Pattern.compile("<p class=\"flash\" role=\"status\">(.*?)</p>", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), "a message is shown: " + page);
        return m.group(1).replace("&#39;", "'").replace("&amp;", "&");
    }

    private static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("light-modules/inn-co"))) return p;
        }
        throw new IllegalStateException("project root not found");
    }
}
