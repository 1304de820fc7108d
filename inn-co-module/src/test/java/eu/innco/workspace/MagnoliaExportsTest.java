package eu.innco.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.InncoException;
import eu.innco.TestModule;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Actor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javax.jcr.PropertyType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real Magnolia exports (magnolia-fixtures/README.md), unchanged: the {@code category} workspace
 * as system view XML and a page tree of the {@code website} workspace as YAML import into a real
 * repository with their types, identifiers and order, and come back out in either format as the
 * same trees.
 */
class MagnoliaExportsTest {
    static final String SPA = "/magnolia-fixtures/vasilis-exo/magnolia-spa/magnolia/_dev/";
    static TestModule m;
    static WorkspaceStore store;

    @BeforeAll
    static void start() {
        m = TestModule.memory();
        store = new WorkspaceStore(m.repository, new AccessPolicy(), Set.of("caseStudies"));
        store.importTrees(Actor.SYSTEM, "category", "/", SystemViewReader.read(fixture("content-to-bootstrap/category.xml"), "category.xml"));
        store.importTrees(Actor.SYSTEM, "website", "/", yaml("content-to-import/website.react-minimal.yaml"));
    }

    @AfterAll
    static void stop() {
        m.close();
    }

    static InputStream fixture(String path) {
        return MagnoliaExportsTest.class.getResourceAsStream(SPA + path);
    }

    static List<JcrTree> yaml(String path) {
        return BootstrapYamlReader.read(new java.io.InputStreamReader(fixture(path), StandardCharsets.UTF_8), path);
    }

    @Test
    void a_whole_workspace_in_system_view_imports_with_types_mixins_ids_and_dates() {
        JcrTree europe = store.tree("category", "/destinations/europe").orElseThrow();
        assertEquals("mgnl:category", europe.primaryType());
        assertEquals(List.of("mgnl:hasVersion"), europe.mixins());
        assertEquals("6cc50e28-fb0e-4e49-b3b6-728690a2e861", europe.uuid());
        assertEquals(new JcrValue(PropertyType.DATE, List.of("2015-01-27T14:31:39.321Z"), false), europe.properties().get("mgnl:created"));
        assertEquals(new JcrValue(PropertyType.BOOLEAN, List.of("true"), false), europe.properties().get("mgnl:activationStatus"));
        assertEquals("jcr:e0894297-fd1c-478a-bac1-a1eb11c5f02f", europe.properties().get("icon").first());
        List<String> order = store.tree("category", "/destinations").orElseThrow().children().stream().map(JcrTree::name).toList();
        assertEquals(List.of("northAmerica", "southAmerica", "europe", "africa", "asia", "polar"), order);
    }

    @Test
    void a_yaml_page_tree_keeps_dates_booleans_text_and_child_order() {
        JcrTree contact = store.tree("website", "/react-minimal/contact").orElseThrow();
        assertEquals("mgnl:page", contact.primaryType());
        JcrTree main = contact.children().get(0);
        assertEquals(List.of("00", "0", "01", "02"), main.children().stream().map(JcrTree::name).toList());
        JcrTree expander = main.children().get(3);
        assertEquals(new JcrValue(PropertyType.BOOLEAN, List.of("false"), false), expander.properties().get("mgnl:activationStatus"));
        assertEquals(PropertyType.DATE, expander.properties().get("mgnl:lastActivated").type());
        assertEquals("2020-03-26T18:16:05.389+01:00", expander.properties().get("mgnl:lastActivated").first());
        assertEquals("<p><strong>Contact Sales</strong></p>\n", main.children().get(0).properties().get("richText").first());
    }

    @Test
    void system_view_out_and_in_again_gives_the_same_tree() {
        JcrTree folder = store.tree("category", "/tour-types").orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SystemViewWriter.write(folder, store.namespaces(folder), out);
        String xml = out.toString(StandardCharsets.UTF_8);
        assertTrue(xml.contains("xmlns:mgnl=\"http://www.magnolia.info/jcr/mgnl\""), xml.substring(0, 400));
        assertEquals(List.of(folder), SystemViewReader.read(new ByteArrayInputStream(out.toByteArray()), "out.xml"));
    }

    @Test
    void yaml_out_and_in_again_gives_the_same_tree_and_so_does_system_view() {
        JcrTree page = store.tree("website", "/react-minimal").orElseThrow();
        String yaml = BootstrapYamlWriter.write(page);
        assertTrue(yaml.startsWith("'react-minimal':\n  'jcr:primaryType': mgnl:page\n  'jcr:uuid': 066761ae-f69b-4029-9900-496259837d2d\n"), yaml);
        assertTrue(yaml.contains("'mgnl:created': 2020-02-01T07:45:49.952+01:00\n"), "dates stay unquoted so that they stay dates");
        assertEquals(List.of(page), BootstrapYamlReader.read(new StringReader(yaml), "out.yaml"));
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        SystemViewWriter.write(page, store.namespaces(page), xml);
        assertEquals(List.of(page), SystemViewReader.read(new ByteArrayInputStream(xml.toByteArray()), "out.xml"));
    }

    @Test
    void importing_the_same_export_again_replaces_it_and_an_id_held_elsewhere_is_a_conflict() {
        store.importTrees(Actor.SYSTEM, "website", "/", yaml("content-to-import/website.react-minimal.yaml"));
        assertEquals(1, store.tree("website", "/").orElseThrow().children().size());
        store.importTrees(Actor.SYSTEM, "website", "/react-minimal", List.of(new JcrTree("copy", "mgnl:page", List.of(), "", java.util.Map.of(),
                List.of())));
        InncoException e = assertThrows(InncoException.class, () -> store.importTrees(Actor.SYSTEM, "website", "/react-minimal/copy",
                yaml("content-to-import/website.react-minimal.yaml")));
        assertEquals("INNCO-WORKSPACE-409", e.code());
        assertTrue(e.detail().contains("/react-minimal"), e.detail());
    }

    @Test
    void a_content_types_workspace_a_doctype_and_a_non_admin_are_refused() throws Exception {
        assertEquals("INNCO-WORKSPACE-004", assertThrows(InncoException.class,
                () -> store.importTrees(Actor.SYSTEM, "caseStudies", "/", List.of())).code());
        String evil = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<sv:node xmlns:sv=\"http://www.jcp.org/jcr/sv/1.0\" sv:name=\"x\"><sv:property sv:name=\"t\" sv:type=\"String\">"
                + "<sv:value>&e;</sv:value></sv:property></sv:node>";
        InncoException e = assertThrows(InncoException.class,
                () -> SystemViewReader.read(new ByteArrayInputStream(evil.getBytes(StandardCharsets.UTF_8)), "evil.xml"));
        assertEquals("INNCO-WORKSPACE-001", e.code());
        InncoException escape = assertThrows(InncoException.class, () -> store.importTrees(Actor.SYSTEM, "website", "/",
                List.of(new JcrTree("../../users", "mgnl:page", List.of(), "", java.util.Map.of(), List.of()))));
        assertEquals("INNCO-WORKSPACE-001", escape.code(), "a name is one name, never a way out of the workspace");
        Actor editor = new Actor("ed", Set.of(eu.innco.security.Role.EDITOR), "p1", Set.of(), false);
        assertEquals(eu.innco.ErrorKind.FORBIDDEN, assertThrows(InncoException.class,
                () -> store.importTrees(editor, "website", "/", List.of())).kind());
    }
}
