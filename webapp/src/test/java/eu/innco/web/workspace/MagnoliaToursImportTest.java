package eu.innco.web.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.contenttype.field.RichTextSanitizer;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The travel demo's whole {@code tours} workspace as Magnolia exported it (a folder, many items with
 * Magnolia's names, published, referring to DAM assets and categories the file does not hold),
 * unchanged, imported over HTTP into the workspace of the demo's own {@code tours} content type,
 * then read item by item through the demo's own delivery endpoint and compared with the file,
 * which the test reads with its own XML parser.
 */
class MagnoliaToursImportTest {
    static final Path SPA = MagnoliaWorkspacesHttpTest.SPA;
    static final Path TOURS = SPA.resolve("_dev/content-to-import/tours.magnolia-travels.xml");
    static InncoServer server;
    static Http http;
    static Http admin;
    static JsonNode imported;
    static List<SystemViewNodes.Node> items;

    @BeforeAll
    static void start() throws Exception {
        Path modules = Files.createTempDirectory("light-modules");
        Files.createSymbolicLink(modules.resolve("inn-co"), TestServer.checkout().resolve("light-modules/inn-co"));
        Files.createSymbolicLink(modules.resolve("spa-lm"), SPA.resolve("light-modules/spa-lm"));
        server = TestServer.start(Map.of("INNCO_LIGHT_MODULES", modules.toString()));
        http = new Http(server.uri());
        admin = http.admin();
        Http.Res r = admin.send("POST", "/.rest/authoring/v1/workspaces/tours/import", Files.readString(TOURS), "application/xml");
        assertEquals(200, r.status(), r.toString());
        imported = r.json();
        SystemViewNodes.Node folder = SystemViewNodes.read(TOURS);
        assertEquals("mgnl:folder", folder.primaryType());
        items = folder.children();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void every_item_of_the_file_is_created_and_published_and_what_the_type_lacks_is_named() {
        assertTrue(items.size() > 10, "the file holds many items: " + items.size());
        assertEquals(items.size(), imported.path("created").asInt(), imported.toString());
        for (JsonNode i : imported.path("items")) assertTrue(i.path("publish").toString().contains("\"en\""), i.toString());
        String ignored = imported.path("ignored").toString();
        assertTrue(ignored.contains("/magnolia-travels/Kyoto/author") && ignored.contains("/magnolia-travels/Kyoto/mgnl:tags"), ignored);
    }

    @Test
    void each_item_reads_back_by_magnolias_path_field_by_field_in_english_and_german() {
        for (SystemViewNodes.Node item : items) {
            String path = "/magnolia-travels/" + item.name();
            JsonNode en = http.get("/.rest/delivery/tours" + path + "?lang=en").json();
            assertEquals(item.name(), en.path("@name").asText(), en.toString());
            assertEquals(path, en.path("@path").asText());
            assertEquals(item.one("jcr:uuid"), en.path("@id").asText());
            assertEquals("mgnl:content", en.path("@nodeType").asText());
            for (String text : List.of("name", "description", "location")) assertEquals(item.one(text), en.path(text).asText(), path + " " + text);
            assertEquals(RichTextSanitizer.sanitize(item.one("body")), en.path("body").asText(), path);
            assertEquals(Long.parseLong(item.one("duration")), en.path("duration").asLong(), path);
            if (item.has("isFeatured")) assertEquals(Boolean.parseBoolean(item.one("isFeatured")), en.path("isFeatured").asBoolean(), path);
            else assertTrue(en.path("isFeatured").isMissingNode(), path);
            if (item.has("date")) assertEquals(Instant.parse(item.one("date")), Instant.parse(en.path("date").asText()), path);
            assertEquals(item.all("tourTypes"), texts(en.path("tourTypes")), path);
            // the DAM asset is not here: its id is answered as stored, without Magnolia's "jcr:" prefix (one test imports one later)
            JsonNode image = en.path("image");
            assertEquals(item.one("image").substring("jcr:".length()), image.isObject() ? image.path("@id").asText() : image.asText(), path);
            JsonNode de = http.get("/.rest/delivery/tours" + path, "Accept-Language", "de").json();
            assertEquals(item.one("name_de"), de.path("name").asText(), path);
            assertEquals(item.one("description_de"), de.path("description").asText(), path);
            assertEquals(RichTextSanitizer.sanitize(item.one("body_de")), de.path("body").asText(), path);
        }
    }

    @Test
    void ids_queries_and_the_folder_as_ancestor_answer_magnolias_paths() {
        SystemViewNodes.Node kyoto = items.stream().filter(i -> i.name().equals("Kyoto")).findFirst().orElseThrow();
        assertEquals("/magnolia-travels/Kyoto", http.get("/.rest/delivery/tours@" + kyoto.one("jcr:uuid")).json().path("@path").asText());
        JsonNode below = http.get("/.rest/delivery/tours?@ancestor=/magnolia-travels&limit=100").json();
        assertEquals(items.size(), below.path("total").asInt(), below.toString());
        assertEquals(0, http.get("/.rest/delivery/tours?@ancestor=/elsewhere").json().path("total").asInt());
    }

    @Test
    void the_folder_reads_as_magnolias_folder_node_with_its_items_in_order() {
        JsonNode folder = http.get("/.rest/delivery/tours/magnolia-travels?lang=en").json();
        assertEquals("magnolia-travels", folder.path("@name").asText(), folder.toString());
        assertEquals("/magnolia-travels", folder.path("@path").asText());
        assertEquals("7dff43c1-da60-4e9e-b825-a49ef2d3277f", folder.path("@id").asText());
        assertEquals("mgnl:folder", folder.path("@nodeType").asText());
        List<String> names = items.stream().map(SystemViewNodes.Node::name).toList();
        assertEquals(names, texts(folder.path("@nodes")).subList(0, names.size()));
        assertEquals("Kyoto", folder.path("Kyoto").path("@name").asText());
        JsonNode children = http.get("/.rest/delivery/tours/magnolia-travels@nodes?lang=en").json();
        assertTrue(children.isArray(), children.toString());
        assertEquals(names.get(0), children.path(0).path("@name").asText());
        assertEquals("/magnolia-travels/" + names.get(1), children.path(1).path("@path").asText());
        JsonNode byId = http.get("/.rest/delivery/tours@7dff43c1-da60-4e9e-b825-a49ef2d3277f").json();
        assertEquals("/magnolia-travels", byId.path("@path").asText(), byId.toString());
        // GraphQL's single-node field is typed as an item: a folder is null there
        Http.Res g = http.post("/.rest/graphql", "{\"query\": \"{ f: toursItem(path: \\\"/magnolia-travels\\\") { _name }"
                + " k: toursItem(path: \\\"/magnolia-travels/Kyoto\\\") { _name } }\"}");
        assertEquals(200, g.status(), g.toString());
        assertTrue(g.json().path("data").path("f").isNull(), g.body());
        assertEquals("Kyoto", g.json().path("data").path("k").path("_name").asText(), g.body());
        // lists and queries stay lists of items
        for (JsonNode r : http.get("/.rest/delivery/tours?limit=100").json().path("results")) {
            assertEquals("mgnl:content", r.path("@nodeType").asText(), r.toString());
        }
    }

    @Test
    void folders_without_an_id_get_a_stable_one_show_only_what_is_published_and_leave_the_cache_when_items_come() {
        String yaml = "'europe':\n  'jcr:primaryType': mgnl:folder\n  'greece':\n    'jcr:primaryType': mgnl:folder\n"
                + "    'Athens':\n      'jcr:primaryType': mgnl:content\n      'mgnl:activationStatus': true\n"
                + "      'name': 'Athens'\n      'duration': 7\n"
                + "  'drafts':\n    'jcr:primaryType': mgnl:folder\n    'Later':\n      'jcr:primaryType': mgnl:content\n"
                + "      'name': 'Later'\n      'duration': 2\n";
        Http.Res r = admin.send("POST", "/.rest/authoring/v1/workspaces/tours/import", yaml, "application/yaml");
        assertEquals(200, r.status(), r.toString());
        JsonNode europe = http.get("/.rest/delivery/tours/europe").json();
        assertEquals(List.of("greece"), texts(europe.path("@nodes")), europe.toString());
        assertEquals("mgnl:folder", europe.path("greece").path("@nodeType").asText());
        assertEquals(List.of("Athens"), texts(europe.path("greece").path("@nodes")));
        assertTrue(europe.path("@id").asText().matches("[0-9a-f-]{36}"), europe.toString());
        assertEquals(europe.path("@id").asText(), http.get("/.rest/delivery/tours/europe").json().path("@id").asText());
        assertEquals(404, http.get("/.rest/delivery/tours/europe/drafts").status(), "nothing published below it");
        assertEquals(List.of("Athens"), texts(http.get("/.rest/delivery/tours/europe/greece").json().path("@nodes")));
        String more = "'Sparta':\n  'jcr:primaryType': mgnl:content\n  'mgnl:activationStatus': true\n  'name': 'Sparta'\n  'duration': 2\n";
        Http.Res added = admin.send("POST", "/.rest/authoring/v1/workspaces/tours/import?path=/europe/greece", more, "application/yaml");
        assertEquals(200, added.status(), added.toString());
        JsonNode greece = http.get("/.rest/delivery/tours/europe/greece").json();
        assertEquals(List.of("Athens", "Sparta"), texts(greece.path("@nodes")), "the cached answer was dropped: " + greece);
        assertEquals(2, http.get("/.rest/delivery/tours/europe/greece@nodes").json().size());
        // unpublished, the items leave the folder's answer; with nothing published below it, the folder goes too
        String athens = r.json().path("items").path(0).path("id").asText();
        String sparta = added.json().path("items").path(0).path("id").asText();
        assertEquals(200, admin.post("/.rest/authoring/v1/items/tours/" + athens + "/unpublish", "{\"locales\": [\"en\"]}").status());
        assertEquals(List.of("Sparta"), texts(http.get("/.rest/delivery/tours/europe/greece").json().path("@nodes")));
        assertEquals(200, admin.post("/.rest/authoring/v1/items/tours/" + sparta + "/unpublish", "{\"locales\": [\"en\"]}").status());
        assertEquals(404, http.get("/.rest/delivery/tours/europe/greece").status());
        assertEquals(404, http.get("/.rest/delivery/tours/europe").status());
    }

    @Test
    void importing_the_same_file_again_changes_nothing() throws Exception {
        Http.Res again = admin.send("POST", "/.rest/authoring/v1/workspaces/tours/import", Files.readString(TOURS), "application/xml");
        assertEquals(200, again.status(), again.toString());
        assertEquals(items.size(), again.json().path("unchanged").asInt(), again.toString());
    }

    @Test
    void an_item_exports_back_under_magnolias_name_and_path_and_that_export_imports_unchanged() {
        Http.Res out = admin.get("/.rest/authoring/v1/workspaces/tours/export?path=/magnolia-travels/Kyoto");
        assertEquals(200, out.status(), out.toString());
        assertTrue(out.header("Content-Disposition").contains("tours.magnolia-travels.Kyoto.yaml"), out.header("Content-Disposition"));
        assertTrue(out.body().startsWith("'Kyoto':\n  'jcr:primaryType': mgnl:content\n"), out.body());
        assertTrue(out.body().contains("'jcr:uuid': b475f27e-2929-427b-9517-815118a3b36e"), out.body());
        assertTrue(out.body().contains("'image': 'jcr:44689d29-5966-4d41-8fd4-2dc7da783528'"), out.body());
        Http.Res back = admin.send("POST", "/.rest/authoring/v1/workspaces/tours/import?path=/magnolia-travels", out.body(), "application/yaml");
        assertEquals(200, back.status(), back.toString());
        assertEquals(1, back.json().path("unchanged").asInt(), back.toString());
    }

    @Test
    void an_asset_imported_later_resolves_the_reference_that_was_kept() {
        SystemViewNodes.Node vietnam = items.get(0);
        String assetId = vietnam.one("image").substring("jcr:".length());
        String yaml = "'vietnam':\n  'jcr:primaryType': innco:asset\n  'jcr:uuid': " + assetId + "\n  'mgnl:activationStatus': true\n"
                + "  'title': 'Rice fields'\n  'fileName': 'vietnam.jpg'\n";
        Http.Res r = admin.send("POST", "/.rest/authoring/v1/workspaces/assets/import", yaml, "application/yaml");
        assertEquals(200, r.status(), r.toString());
        JsonNode tour = http.get("/.rest/delivery/tours/magnolia-travels/" + vietnam.name() + "?lang=en").json();
        assertEquals(assetId, tour.path("image").path("@id").asText(), tour.toString());
        assertEquals("Rice fields", tour.path("image").path("title").asText());
    }

    @Test
    void a_yaml_export_with_folders_imports_its_items_below_them() {
        String yaml = "'asia':\n  'jcr:primaryType': mgnl:folder\n  'japan':\n    'jcr:primaryType': mgnl:folder\n"
                + "    'Kyoto--Japan':\n      'jcr:primaryType': mgnl:content\n      'jcr:uuid': 0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0\n"
                + "      'mgnl:activationStatus': true\n      'name': 'Kyoto, again'\n      'duration': 7\n"
                + "'Kyoto-Japan':\n  'jcr:primaryType': mgnl:content\n  'mgnl:activationStatus': false\n  'name': 'Draft'\n";
        Http.Res r = admin.send("POST", "/.rest/authoring/v1/workspaces/tours/import", yaml, "application/yaml");
        assertEquals(200, r.status(), r.toString());
        assertEquals(2, r.json().path("created").asInt(), r.toString());
        JsonNode kyoto = http.get("/.rest/delivery/tours/asia/japan/Kyoto--Japan").json();
        assertEquals("Kyoto, again", kyoto.path("name").asText(), kyoto.toString());
        assertEquals("/asia/japan/Kyoto--Japan", kyoto.path("@path").asText());
        assertEquals(404, http.get("/.rest/delivery/tours/Kyoto-Japan").status(), "mgnl:activationStatus false: a draft");
    }

    @Test
    void a_node_of_another_type_is_a_400_naming_the_file_and_node() {
        String yaml = "'stray':\n  'jcr:primaryType': mgnl:page\n";
        Http.Res r = admin.send("POST", "/.rest/authoring/v1/workspaces/tours/import", yaml, "application/yaml");
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"), r.toString());
        assertEquals("INNCO-IMPORT-001", r.json().path("code").asText());
        assertEquals("the uploaded export:2 /stray", r.json().path("errors").path(0).path("path").asText(), r.body());
        assertTrue(r.body().contains("mgnl:page"), r.body());
        Http.Res broken = admin.send("POST", "/.rest/authoring/v1/workspaces/tours/import", "<sv:node", "application/xml");
        assertEquals(400, broken.status(), broken.toString());
        assertFalse(http.get("/.rest/delivery/tours/stray").status() == 200);
        String badValue = "'f':\n  'jcr:primaryType': mgnl:folder\n  'Bad-Tour':\n    'jcr:primaryType': mgnl:content\n"
                + "    'name': 'Five days'\n    'duration': 5\n";
        Http.Res value = admin.send("POST", "/.rest/authoring/v1/workspaces/tours/import", badValue, "application/yaml");
        assertEquals(400, value.status(), value.toString());
        // the line in the posted file where the node's properties start, its path, the property
        assertEquals("the uploaded export:4 /f/Bad-Tour", value.json().path("errors").path(0).path("path").asText(), value.body());
        assertTrue(value.json().path("errors").path(0).path("message").asText().contains("duration"), value.body());
    }

    @Test
    void a_folder_whose_id_is_no_uuid_is_a_400_naming_the_file_line_and_folder() {
        String yaml = "'odd':\n  'jcr:primaryType': mgnl:folder\n  'jcr:uuid': 'folder-1'\n  'Rome':\n    'jcr:primaryType': mgnl:content\n"
                + "    'name': 'Rome'\n    'duration': 7\n";
        Http.Res r = admin.send("POST", "/.rest/authoring/v1/workspaces/tours/import", yaml, "application/yaml");
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"), r.toString());
        assertEquals("the uploaded export:2 /odd", r.json().path("errors").path(0).path("path").asText(), r.body());
        assertTrue(r.json().path("errors").path(0).path("message").asText().contains("UUID"), r.body());
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }
}
