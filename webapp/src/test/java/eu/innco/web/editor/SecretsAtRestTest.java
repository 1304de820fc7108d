package eu.innco.web.editor;

import static eu.innco.web.editor.EditorClient.fields;
import static eu.innco.web.editor.EditorClient.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Passwords and tokens shown once (editor Users page, authoring API) never rest in clear: after
 * making them, every string of the repository tree and every byte of the data folder (segment
 * files, index, journal) is searched for each of them.
 */
class SecretsAtRestTest {
    private static final Pattern FLASH = Pattern.compile("<p class=\"flash\" role=\"status\">(.*?)</p>", Pattern.DOTALL);
    /** Written with the secrets, and searched for too: proves that the search reads what the store keeps. */
    private static final Pattern TOKEN_ID = Pattern.compile("_[0-9a-f]{12}_");
    private static final String MARKER = "label-that-must-be-found-7f3a";

    @Test
    void secrets_made_through_the_editor_and_the_api_are_nowhere_in_the_store(@TempDir Path home) throws Exception {
        Map<String, String> secrets = new LinkedHashMap<>();
        try (InncoServer server = TestServer.start(Map.of("INNCO_STORE", "segment", "INNCO_HOME", home.toString()))) {
            EditorClient admin = new EditorClient(server.uri());
            assertEquals(303, admin.signIn("admin", TestServer.ADMIN_PASSWORD).statusCode());
            Http api = new Http(server.uri());

            secrets.put("created password", shownOnce(admin, admin.submit("/editor/users", fields("username", "sofia", "roles", "editor"))));
            assertEquals(200, api.as("sofia", secrets.get("created password")).get("/.rest/authoring/v1/types").status());
            secrets.put("reset password", shownOnce(admin, admin.submit("/editor/users/sofia", form("action", "reset"))));
            assertEquals(200, api.as("sofia", secrets.get("reset password")).get("/.rest/authoring/v1/types").status());
            secrets.put("editor's token", shownOnce(admin, admin.submit("/editor/users/sofia", form("action", "token", "label", MARKER))));
            secrets.put("api token", api.admin().post("/.rest/authoring/v1/tokens", "{\"label\": \"" + MARKER + "\"}").json().path("token").asText());
            secrets.put("preview token", api.admin().post("/.rest/authoring/v1/preview-tokens", "{\"label\": \"" + MARKER + "\"}")
                    .json().path("token").asText());
            for (String token : List.of("editor's token", "api token")) {
                assertEquals(200, api.bearer(secrets.get(token)).get("/.rest/authoring/v1/types").status(), token + " works");
            }
            // the secret part of a token, alone, must not rest in clear either
            for (String token : List.of("editor's token", "api token", "preview token")) {
                String t = secrets.get(token);
                assertTrue(t.length() > 40, token + ": " + t);
                // <prefix>_<12 hex id>_<secret>: the secret is all after the id (base64url may hold '_' itself)
                Matcher id = TOKEN_ID.matcher(t);
                assertTrue(id.find(), token + ": " + t);
                secrets.put(token + " (secret part)", t.substring(id.end()));
            }
            List<String> strings = server.services().repository.read(s -> {
                List<String> out = new ArrayList<>();
                strings(s.getRootNode(), out);
                return out;
            });
            assertTrue(strings.stream().anyMatch(v -> v.contains(MARKER)), "the tree walk sees what was stored");
            for (Map.Entry<String, String> secret : secrets.entrySet()) {
                assertTrue(strings.stream().noneMatch(v -> v.contains(secret.getValue())), secret.getKey() + " is in the repository tree");
            }
        }
        // stopped: everything is written out to the data folder
        List<Path> files;
        try (Stream<Path> all = Files.walk(home)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.stream().anyMatch(f -> contains(f, MARKER)), "the file search sees what the segment store wrote");
        for (Map.Entry<String, String> secret : secrets.entrySet()) {
            for (Path f : files) assertTrue(!contains(f, secret.getValue()), secret.getKey() + " is in clear in " + home.relativize(f));
        }
    }

    /** The secret a one-shot message shows after the form's redirect (after its last colon). */
    private static String shownOnce(EditorClient admin, HttpResponse<String> redirect) throws Exception {
        assertEquals(303, redirect.statusCode(), EditorClient.summary(redirect));
        Matcher m = FLASH.matcher(admin.get(EditorClient.location(redirect)).body());
        assertTrue(m.find(), "a message is shown after the redirect");
        String message = HtmlForms.unescape(m.group(1));
        String secret = message.substring(message.lastIndexOf(": ") + 2).strip();
        assertTrue(secret.length() >= 20, message);
        return secret;
    }

    private static void strings(Node n, List<String> out) throws RepositoryException {
        out.add(n.getName());
        for (PropertyIterator it = n.getProperties(); it.hasNext(); ) {
            Property p = it.nextProperty();
            if (p.getType() == PropertyType.BINARY) continue;
            if (p.isMultiple()) for (Value v : p.getValues()) out.add(v.getString());
            else out.add(p.getString());
        }
        for (NodeIterator it = n.getNodes(); it.hasNext(); ) strings(it.nextNode(), out);
    }

    private static boolean contains(Path file, String text) {
        try {
            byte[] hay = Files.readAllBytes(file);
            byte[] needle = text.getBytes(StandardCharsets.UTF_8);
            outer:
            for (int i = 0; i + needle.length <= hay.length; i++) {
                for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
                return true;
            }
            return false;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
