package eu.innco.web.hardening;

import static eu.innco.web.Http.j;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Characters XML 1.0 forbids (U+0000 and the other control characters but tab and line ends) are
 * refused wherever text comes in, with a 400 naming the field; and the feeds and the sitemap parse
 * with a real XML parser whatever was published, even text stored before the refusal existed.
 */
class ControlCharactersTest {
    private static final String API = "/.rest/authoring/v1/";
    private static InncoServer server;
    private static Http anonymous;
    private static Http admin;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        anonymous = new Http(server.uri());
        admin = anonymous.admin();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void a_title_with_a_nul_character_is_refused_naming_the_field() {
        Http.Res r = admin.post(API + "items/caseStudy", j("{'properties': {'title': {'fr': 'Une cuisine\\u0000partagée'}, 'country': 'FR'}}"));
        assertEquals(400, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals("properties.title.fr", r.json().path("errors").get(0).path("path").asText(), r.body());
        String id = caseStudy("Une cuisine partagée");
        Http.Res patch = admin.patch(API + "items/caseStudy/" + id, j("{'properties': {'summary': {'en': 'A bell\\u0007 rings'}}}"), "If-Match", "*");
        assertEquals(400, patch.status(), patch.body());
        assertEquals("properties.summary.en", patch.json().path("errors").get(0).path("path").asText(), patch.body());
    }

    @Test
    void an_imported_file_with_a_control_character_is_refused_naming_file_and_line_and_nothing_is_written() throws Exception {
        String yaml = """
                bad-bee:
                  jcr:primaryType: 'innco:organisation'
                  jcr:uuid: '5d1e2f30-4a5b-4c6d-8e7f-901a2b3c4d99'
                  innco:sourceLocale: 'fr'
                  name: "La Ruche\\x01 cachée"
                  country: 'FR'
                """;
        byte[] zip = zip("organisations.bad-bee.yaml", yaml);
        var raw = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(server.uri().resolve(API.substring(1) + "import"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + TestServer.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/zip").POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(zip)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(400, raw.statusCode(), raw.body());
        JsonNode problem = Http.JSON.readTree(raw.body());
        assertTrue(problem.path("errors").toString().contains("organisations.bad-bee.yaml:5"), raw.body());
        assertTrue(problem.path("errors").toString().contains("U+0001"), raw.body());
        assertEquals(404, admin.get(API + "items/organisation/5d1e2f30-4a5b-4c6d-8e7f-901a2b3c4d99").status());
    }

    @Test
    void a_translation_file_carrying_a_control_character_is_refused_naming_the_unit() {
        Http.Res created = admin.post(API + "items/caseStudy", j("{'properties': {'title': {'en': 'A study visit'}, 'country': 'FR'}}"));
        assertEquals(201, created.status(), created.body());
        String id = created.json().path("id").asText();
        Http.Res export = admin.get(API + "translations/export?locale=pl&type=caseStudy&items=" + id);
        assertEquals(200, export.status(), export.body());
        // XLIFF 2 writes characters XML cannot hold as <cp hex=".."/>: a way to smuggle U+0000 in
        String translated = export.body().replaceFirst("(<source xml:space=\"preserve\">[^<]*</source>)",
                "$1<target>Wizyta<cp hex=\"0000\"/>studyjna</target>");
        Http.Res imported = admin.send("POST", API + "translations/import", translated, "application/xliff+xml");
        assertEquals(400, imported.status(), imported.body());
        assertEquals("INNCO-XLIFF-006", imported.json().path("code").asText(), imported.body());
        assertTrue(imported.json().path("errors").get(0).path("path").asText().contains("title"), imported.body());
        assertTrue(admin.get(API + "items/caseStudy/" + id).json().path("properties").path("title").path("pl").isMissingNode());
    }

    @Test
    void feeds_and_the_sitemap_parse_whatever_was_published() throws Exception {
        caseStudyPublished("Tab\there & <there> \"quoted\" 'single' \uD83D\uDE80 \u200F\u05E9\u05DC\u05D5\u05DD \uFFFD \u2028 end");
        // text stored before such characters were refused, written straight into the repository as an old version did
        String legacy = caseStudy("Ancienne cuisine");
        server.services().repository.write(s -> {
            s.getNodeByIdentifier(legacy).setProperty(server.services().locales.propertyName("title", "fr"), "Ancienne\u0000cuisine\u001B");
            return null;
        });
        Http.Res publish = admin.post(API + "items/caseStudy/" + legacy + "/publish", j("{'locales': ['fr']}"));
        assertEquals(200, publish.status(), publish.body());
        for (String locale : server.services().locales.locales()) {
            parses("/" + locale + "/feeds/case-studies.atom");
            parses("/" + locale + "/feeds/events.atom");
        }
        String feed = parses("/fr/feeds/case-studies.atom");
        assertTrue(feed.contains("Anciennecuisine"), feed);
        parses("/sitemap.xml");
    }

    private static String parses(String path) throws Exception {
        Http.Res r = anonymous.get(path);
        assertEquals(200, r.status(), path + ": " + r.body());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try {
            f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        } catch (org.xml.sax.SAXParseException e) {
            throw new AssertionError(path + " is not well-formed XML: " + e.getMessage() + "\n" + r.body(), e);
        }
        return r.body();
    }

    private static String caseStudy(String title) {
        Http.Res r = admin.post(API + "items/caseStudy", j("{'properties': {'title': {'fr': '" + title.replace("'", "\\u0027") + "'}, 'country': 'FR'}}"));
        assertEquals(201, r.status(), r.body());
        return r.json().path("id").asText();
    }

    private static void caseStudyPublished(String title) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode body = Http.JSON.createObjectNode();
        body.putObject("properties").put("country", "FR").putObject("title").put("fr", title);
        Http.Res r = admin.post(API + "items/caseStudy", Http.JSON.writeValueAsString(body));
        assertEquals(201, r.status(), r.body());
        Http.Res p = admin.post(API + "items/caseStudy/" + r.json().path("id").asText() + "/publish", j("{'locales': ['fr']}"));
        assertEquals(200, p.status(), p.body());
    }

    private static byte[] zip(String name, String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(text.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return bytes.toByteArray();
    }
}
