package eu.innco.web.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real Magnolia files, unchanged (inn-co-module's magnolia-fixtures): the SPA demo's light modules
 * with its pages endpoint and page templates, its page tree exported as YAML and its category
 * workspace exported as system view XML, imported over HTTP and read through the endpoints and the
 * template annotations. Answers are compared field by field with the expected answers in
 * magnolia-expected (built from the exports by Magnolia's documented rules, see its README) and,
 * for their shape, with a real answer of Magnolia's pages endpoint.
 */
class MagnoliaWorkspacesHttpTest {
    static final Path FIXTURES = TestServer.checkout().resolve("inn-co-module/src/test/resources/magnolia-fixtures");
    static final Path SPA = FIXTURES.resolve("vasilis-exo/magnolia-spa/magnolia");
    static InncoServer server;
    static Http http;
    static Http admin;

    @BeforeAll
    static void start() throws Exception {
        Path modules = spaModules();
        // not a fixture: endpoints of our own over the category workspace and, with Magnolia's pages type, over website
        Path own = Files.createDirectories(modules.resolve("travel/restEndpoints/delivery"));
        Files.writeString(own.resolve("categories_v1.yaml"), "$type: jcrDeliveryEndpoint_v2\nworkspace: category\nnodeTypes: [mgnl:category]\n");
        Files.writeString(own.resolve("site_v2.yaml"), "$type: pagesDeliveryEndpoint_v2\nworkspace: website\ndepth: 1\n");
        server = TestServer.start(Map.of("INNCO_LIGHT_MODULES", modules.toString()));
        http = new Http(server.uri());
        admin = http.admin();
        Http.Res site = admin.send("POST", "/.rest/authoring/v1/workspaces/website/import",
                Files.readString(SPA.resolve("_dev/content-to-import/website.react-minimal.yaml")), "application/yaml");
        assertEquals(200, site.status(), site.toString());
        Http.Res categories = admin.send("POST", "/.rest/authoring/v1/workspaces/category/import",
                Files.readString(SPA.resolve("_dev/content-to-bootstrap/category.xml")), "application/xml");
        assertEquals(200, categories.status(), categories.toString());
        assertEquals("[\"/tour-types\",\"/destinations\"]", categories.json().path("imported").toString());
    }

    /** A light-modules folder with inn-co and the SPA demo's two modules, unchanged. */
    static Path spaModules() throws Exception {
        Path modules = Files.createTempDirectory("light-modules");
        Files.createSymbolicLink(modules.resolve("inn-co"), TestServer.checkout().resolve("light-modules/inn-co"));
        Files.createSymbolicLink(modules.resolve("spa-lm"), SPA.resolve("light-modules/spa-lm"));
        Files.createSymbolicLink(modules.resolve("react-minimal-lm"), SPA.resolve("light-modules/react-minimal-lm"));
        return modules;
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode expected(String name) throws Exception {
        return Http.JSON.readTree(MagnoliaWorkspacesHttpTest.class.getResourceAsStream("/magnolia-expected/" + name));
    }

    @Test
    void the_real_pages_endpoint_answers_the_real_page_tree_field_by_field_as_magnolia_does() throws Exception {
        Http.Res r = http.get("/.rest/delivery/pages/react-minimal/contact");
        assertEquals(200, r.status(), r.toString());
        assertEquals(List.of(), FieldByField.differences(expected("pages-react-minimal-contact.json"), r.json()));
    }

    @Test
    void our_answers_have_the_shape_of_a_real_magnolia_pages_answer() throws Exception {
        JsonNode real = Http.JSON.readTree(FIXTURES.resolve("redabacha/magnolia-react-editor/packages/react-editor/mock/page.json").toFile());
        assertEquals(List.of(), FieldByField.shapeProblems(real), "the check accepts Magnolia's own answer");
        JsonNode ours = http.get("/.rest/delivery/pages/react-minimal").json();
        assertEquals(List.of(), FieldByField.shapeProblems(ours));
        assertEquals(List.of("main", "extras"), names(ours.path("@nodes")), "areas in the export's order; the sub-page is no childNodeType");
        // an @path feeds back into a read, as Magnolia's SPA helpers do
        String path = ours.path("main").path("01").path("@path").asText();
        assertEquals("spa-lm:components/paragraph", http.get("/.rest/delivery/pages" + path).json().path("mgnl:template").asText());
    }

    @Test
    void the_pages_type_lists_pages_and_reads_by_id_and_children() {
        JsonNode list = http.get("/.rest/delivery/site/v2").json();
        assertEquals(2, list.path("total").asInt(), list.toString());
        assertEquals(List.of("react-minimal", "contact"), names(list.path("results"), "@name"));
        JsonNode byId = http.get("/.rest/delivery/site/v2@c7c11927-7eca-4ac0-99e4-e1c02db22c74").json();
        assertEquals("/react-minimal/contact", byId.path("@path").asText());
        assertEquals(List.of("main"), names(byId.path("@nodes")), "depth 1: the page's area, not deeper");
        assertEquals(0, byId.path("main").path("@nodes").size());
        JsonNode children = http.get("/.rest/delivery/site/v2/react-minimal/contact/main@nodes").json();
        assertEquals(List.of("00", "0", "01", "02"), names(children, "@name"));
    }

    @Test
    void the_category_workspace_answers_by_path_in_german_by_id_and_by_query() throws Exception {
        JsonNode europe = http.get("/.rest/delivery/categories/v1/destinations/europe?lang=en").json();
        assertEquals(List.of(), FieldByField.differences(expected("category-europe.json"), europe));
        JsonNode german = http.get("/.rest/delivery/categories/v1/destinations/europe", "Accept-Language", "de").json();
        assertEquals(List.of(), FieldByField.differences(expected("category-europe-de.json"), german));
        assertEquals("Europa", http.get("/.rest/delivery/categories/v1@6cc50e28-fb0e-4e49-b3b6-728690a2e861?lang=de").json()
                .path("displayName").asText());
        assertEquals("Europa", http.get("/.rest/delivery/categories/v1/destinations/europe?lang=all").json().path("displayName_de").asText());
        JsonNode q = http.get("/.rest/delivery/categories/v1?@ancestor=/destinations&limit=2&orderBy=name%20desc").json();
        assertEquals(6, q.path("total").asInt(), q.toString());
        assertEquals(List.of("southAmerica", "polar"), names(q.path("results"), "@name"));
        assertEquals(2, http.get("/.rest/delivery/categories/v1?displayName[like]=%25america%25").json().path("total").asInt());
        assertEquals(12, http.get("/.rest/delivery/categories/v1?limit=50").json().path("total").asInt(), "folders are not categories");
    }

    @Test
    void template_annotations_name_the_page_its_areas_and_components_as_magnolia_writes_them() throws Exception {
        JsonNode real = Http.JSON.readTree(FIXTURES.resolve("redabacha/magnolia-react-editor/packages/react-editor/mock/template-annotations.json").toFile());
        Http.Res r = http.get("/.rest/template-annotations/v1/react-minimal/contact");
        assertEquals(200, r.status(), r.toString());
        JsonNode ours = r.json();
        for (JsonNode annotations : List.of(real, ours)) {
            annotations.fields().forEachRemaining(e -> assertTrue(e.getValue().asText().matches("cms:(page|area|component) (name=\"[^\"]*\" )?content=\"[^\"]*\".*"),
                    e.getKey() + " " + e.getValue()));
        }
        assertEquals(List.of("/react-minimal/contact", "/react-minimal/contact/main", "/react-minimal/contact/main/00",
                "/react-minimal/contact/main/0", "/react-minimal/contact/main/0/expanderItems", "/react-minimal/contact/main/0/expanderItems/00",
                "/react-minimal/contact/main/01", "/react-minimal/contact/main/02", "/react-minimal/contact/main/02/expanderItems",
                "/react-minimal/contact/main/02/expanderItems/00"), names(ours));
        assertEquals("cms:page content=\"website:/react-minimal/contact\" dialog=\"spa-lm:pages/basic\"", ours.path("/react-minimal/contact").asText());
        String main = ours.path("/react-minimal/contact/main").asText();
        assertTrue(main.startsWith("cms:area name=\"main\" content=\"website:/react-minimal/contact/main\" "
                + "availableComponents=\"spa-lm:components/paragraph,spa-lm:components/expander\" type=\"list\" label=\"Main Area\""), main);
        assertTrue(ours.path("/react-minimal/contact/main/02").asText().endsWith("activationStatus=\"0\""), "never published");
        assertEquals(404, http.get("/.rest/template-annotations/v1/react-minimal/contact/main").status(), "an area is no page");
    }

    @Test
    void exports_come_back_in_both_formats_and_import_again_as_the_same_tree() {
        Http.Res yaml = admin.get("/.rest/authoring/v1/workspaces/website/export?path=/react-minimal");
        assertEquals(200, yaml.status(), yaml.toString());
        assertEquals("attachment; filename=\"website.react-minimal.yaml\"", yaml.header("Content-Disposition"));
        Http.Res xml = admin.get("/.rest/authoring/v1/workspaces/website/export?path=/react-minimal&format=xml");
        assertTrue(xml.body().contains("<sv:value>mgnl:page</sv:value>"), xml.body().substring(0, 300));
        assertEquals(200, admin.send("POST", "/.rest/authoring/v1/workspaces/copy/import", xml.body(), "text/xml").status());
        assertEquals(yaml.body(), admin.get("/.rest/authoring/v1/workspaces/copy/export?path=/react-minimal").body());
    }

    /** An item of a content type (the demo's tour, with an asset) exports as Magnolia writes such a node, for Magnolia to import. */
    @Test
    void a_content_items_export_has_its_node_type_typed_dates_and_magnolias_asset_ids() throws Exception {
        var content = server.services().content;
        var image = content.create(eu.innco.security.Actor.SYSTEM, "asset", Http.JSON.readTree(
                "{\"properties\":{\"title\":{\"en\":\"Ridge\"},\"fileName\":\"ridge.jpg\"}}"));
        var tour = content.create(eu.innco.security.Actor.SYSTEM, "tours", Http.JSON.readTree("{\"properties\":{"
                + "\"name\":{\"en\":\"Ridge walk\",\"de\":\"Gratwanderung\"},\"duration\":7,\"image\":\"" + image.id() + "\"}}"));
        Http.Res yaml = admin.get("/.rest/authoring/v1/workspaces/tours/export?path=/" + tour.name());
        assertEquals(200, yaml.status(), yaml.toString());
        List<eu.innco.workspace.JcrTree> read = eu.innco.workspace.BootstrapYamlReader.read(new java.io.StringReader(yaml.body()), "tour.yaml");
        eu.innco.workspace.JcrTree t = read.get(0);
        assertEquals("mgnl:content", t.primaryType(), "the demo's type has Magnolia's default node type");
        assertEquals(tour.id(), t.uuid());
        assertEquals(javax.jcr.PropertyType.DATE, t.properties().get("mgnl:created").type(), yaml.body());
        assertEquals(javax.jcr.PropertyType.LONG, t.properties().get("duration").type(), yaml.body());
        assertEquals("Gratwanderung", t.properties().get("name_de").first());
        assertEquals("jcr:" + image.id(), t.properties().get("image").first());
        assertTrue(t.properties().keySet().stream().noneMatch(k -> k.startsWith("innco:")), yaml.body());
        String xml = admin.get("/.rest/authoring/v1/workspaces/tours/export?path=/" + tour.name() + "&format=xml").body();
        assertEquals(read, eu.innco.workspace.SystemViewReader.read(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "x"));
        String org = admin.get("/.rest/authoring/v1/workspaces/organisations/export?path=/nobody&format=xml").body();
        assertTrue(org.contains("INNCO-WORKSPACE-404"), org);
    }

    /** Pages authored node by node through Magnolia's nodes API, then read as the SPA reads them. */
    @Test
    void a_page_authored_through_the_nodes_api_is_served_by_the_pages_endpoint_and_annotated() {
        Http.Res page = admin.put("/.rest/nodes/v1/website/react-minimal", Http.j("{'name': 'news', 'type': 'mgnl:page', 'properties': ["
                + "{'name': 'title', 'type': 'String', 'values': ['News']},"
                + "{'name': 'mgnl:template', 'type': 'String', 'values': ['react-minimal-lm:pages/basic']}],"
                + " 'nodes': [{'name': 'main', 'type': 'mgnl:area', 'nodes': [{'name': '0', 'type': 'mgnl:component', 'properties': ["
                + "{'name': 'mgnl:template', 'type': 'String', 'values': ['spa-lm:components/paragraph']},"
                + "{'name': 'richText', 'type': 'String', 'values': ['<p>First</p>']}]}]}]}"));
        assertEquals(200, page.status(), page.toString());
        assertEquals("/react-minimal/news", page.json().path("path").asText());
        assertEquals(200, admin.post("/.rest/nodes/v1/website/react-minimal/news/main/0", Http.j("{'properties': ["
                + "{'name': 'richText', 'type': 'String', 'values': ['<p>Changed</p>']}]}")).status());
        JsonNode read = http.get("/.rest/delivery/pages/react-minimal/news").json();
        assertEquals("<p>Changed</p>", read.path("main").path("0").path("richText").asText(), read.toString());
        assertEquals(List.of(), FieldByField.shapeProblems(read));
        JsonNode annotations = http.get("/.rest/template-annotations/v1/react-minimal/news").json();
        assertTrue(annotations.path("/react-minimal/news/main/0").asText().startsWith("cms:component content=\"website:/react-minimal/news/main/0\""),
                annotations.toString());
        JsonNode nodes = admin.get("/.rest/nodes/v1/website/react-minimal/news?depth=2").json();
        assertEquals("mgnl:component", nodes.path("nodes").get(0).path("nodes").get(0).path("type").asText(), nodes.toString());
        assertEquals(409, admin.put("/.rest/nodes/v1/website/react-minimal", Http.j("{'name': 'news', 'type': 'mgnl:page'}")).status());
        assertEquals(401, http.get("/.rest/nodes/v1/website/react-minimal").status());
        assertEquals(400, admin.put("/.rest/nodes/v1/website/react-minimal", Http.j("{'type': 'mgnl:page'}")).status());
        assertEquals(204, admin.delete("/.rest/nodes/v1/website/react-minimal/news").status());
        assertEquals(404, http.get("/.rest/delivery/pages/react-minimal/news").status());
    }

    @Test
    void bad_imports_and_reads_are_refused_with_their_codes() {
        assertEquals(401, http.send("POST", "/.rest/authoring/v1/workspaces/website/import", "a: {}", "application/yaml").status());
        Http.Res type = admin.send("POST", "/.rest/authoring/v1/workspaces/website/import", "{}", "application/json");
        assertEquals(415, type.status(), type.toString());
        assertEquals("INNCO-WORKSPACE-415", type.json().path("code").asText());
        Http.Res broken = admin.send("POST", "/.rest/authoring/v1/workspaces/website/import", "<sv:node", "application/xml");
        assertEquals(400, broken.status(), broken.toString());
        assertEquals("INNCO-WORKSPACE-001", broken.json().path("code").asText());
        Http.Res typed = admin.send("POST", "/.rest/authoring/v1/workspaces/caseStudies/import", "a:\n  b: c\n", "application/yaml");
        // a content type's workspace takes Magnolia's items (MagnoliaToursImportTest); a plain node there is no item
        assertEquals("INNCO-IMPORT-001", typed.json().path("code").asText(), typed.toString());
        assertTrue(typed.body().contains("/a") && typed.body().contains("innco:caseStudy"), typed.body());
        assertEquals(404, http.get("/.rest/delivery/pages/react-minimal/nothing").status());
        Http.Res filter = http.get("/.rest/delivery/categories/v1?name[between]=a");
        assertEquals(400, filter.status(), filter.toString());
        assertEquals("INNCO-QUERY-002", filter.json().path("code").asText());
    }

    static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) node.forEach(x -> out.add(x.asText()));
        else node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static List<String> names(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.path(field).asText()));
        return out;
    }
}
