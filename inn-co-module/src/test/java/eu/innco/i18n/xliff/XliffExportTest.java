package eu.innco.i18n.xliff;

import static eu.innco.i18n.xliff.XliffFiles.child;
import static eu.innco.i18n.xliff.XliffFiles.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.InncoException;
import eu.innco.TestModule;
import eu.innco.content.ContentItem;
import eu.innco.content.Precondition;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Actor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Translators' files out: valid XLIFF 2.0, one unit per localised value, states, filters, rich text as inline codes. */
class XliffExportTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String BODY = "<p>Our <strong>shared</strong> kitchen &amp; <a href=\"https://example.org/a?b=1&amp;c=2\">garden</a>"
            + "<br />opens at 8 &lt; 9, \"daily\".</p><ul><li>One</li><li><em>Two</em></li></ul>";
    static TestModule module;
    static XliffExporter exporter;
    static ContentItem kitchen, bakery, seminar;

    @BeforeAll
    static void start() throws Exception {
        module = TestModule.memory();
        exporter = new XliffExporter(module.repository, module.types, module.content.nodes(), new AccessPolicy());
        kitchen = create("caseStudy", "{'properties': {'title': {'en': 'Shared kitchen', 'pl': 'Wspólna kuchnia'}, 'slug': {'en': 'shared-kitchen'},"
                + " 'summary': {'en': 'Cooking together.'}, 'country': 'PL',"
                + " 'whatHelped': {'en': ['Trust', 'A common budget']}, 'figures': [{'label': {'en': 'Meals a day'}, 'value': 120}]}}", BODY);
        kitchen = mark(kitchen, "caseStudy", "translated");
        // a character XML cannot carry, as stored before such characters were refused at input
        module.repository.write(s -> {
            s.getNodeByIdentifier(kitchen.id()).setProperty(module.locales.propertyName("summary", "en"), "Cooking \u0007together.");
            return null;
        });
        kitchen = module.content.get(Actor.SYSTEM, "caseStudy", kitchen.id());
        bakery = create("caseStudy", "{'properties': {'title': {'en': 'Bakery', 'pl': 'Piekarnia'}}}", null);
        bakery = mark(bakery, "caseStudy", "reviewed");
        bakery = module.content.patch(Actor.SYSTEM, "caseStudy", bakery.id(), json("{'properties': {'title': {'en': 'Worker bakery'}}}"),
                Precondition.etag(bakery.etag()));
        seminar = create("event", "{'properties': {'title': {'en': 'Seminar in Lyon'}, 'kind': 'seminar'}}", null);
    }

    @AfterAll
    static void stop() {
        module.close();
    }

    static com.fasterxml.jackson.databind.JsonNode json(String s) throws Exception {
        return JSON.readTree(s.replace('\'', '"'));
    }

    static ContentItem create(String type, String body, String html) throws Exception {
        ObjectNode b = (ObjectNode) json(body);
        if (html != null) ((ObjectNode) b.get("properties")).putObject("body").put("en", html);
        return module.content.create(Actor.SYSTEM, type, b);
    }

    static ContentItem mark(ContentItem item, String type, String state) throws Exception {
        return module.content.patch(Actor.SYSTEM, type, item.id(), json("{'locales': {'pl': {'translation': '" + state + "'}}}"),
                Precondition.etag(item.etag()));
    }

    static XliffExport export(String type, String items, String states) {
        return exporter.export(Actor.SYSTEM, XliffSelection.of(module.locales, module.types, "pl", null, type, items, states));
    }

    static Document doc(XliffExport e) throws Exception {
        return XliffFiles.parse(e.toBytes());
    }

    static String original(ContentItem i) {
        return i.type() + "/" + i.id();
    }

    @Test
    void an_export_is_valid_against_the_xliff_2_core_schema_and_names_both_languages() throws Exception {
        byte[] xml = export(null, null, "missing,draft,translated,reviewed,outdated").toBytes();
        XliffFiles.validate(xml);
        Element root = XliffFiles.parse(xml).getDocumentElement();
        assertEquals("2.0", root.getAttribute("version"));
        assertEquals("en", root.getAttribute("srcLang"));
        assertEquals("pl", root.getAttribute("trgLang"));
        assertTrue(new String(xml, StandardCharsets.UTF_8).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    }

    @Test
    void each_localised_text_value_is_one_unit_with_the_state_on_its_segment() throws Exception {
        Document d = doc(export("caseStudy", kitchen.id(), "missing,draft,translated,reviewed,outdated"));
        List<String> ids = XliffFiles.units(d).stream().map(u -> u.getAttribute("id")).toList();
        assertEquals(List.of("title", "summary", "body", "whatHelped.0", "whatHelped.1", "figures.0.label"), ids, "slugs are made from each locale's title, not translated");
        Element title = child(unit(d, original(kitchen), "title"), "segment");
        assertEquals("translated", title.getAttribute("state"));
        assertEquals("Wspólna kuchnia", child(title, "target").getTextContent());
        Element summary = child(unit(d, original(kitchen), "summary"), "segment");
        assertEquals("initial", summary.getAttribute("state"));
        assertNull(child(summary, "target"), "a missing value has no target");
    }

    @Test
    void by_default_the_export_holds_what_needs_translation_with_outdated_values_marked() throws Exception {
        Document d = doc(export("caseStudy", null, null));
        assertTrue(XliffFiles.units(d).stream().noneMatch(u -> u.getAttribute("id").equals("title")
                && ((Element) u.getParentNode()).getAttribute("original").equals(original(kitchen))), "a current translation is not sent");
        Element outdated = child(unit(d, original(bakery), "title"), "segment");
        assertEquals("initial", outdated.getAttribute("state"));
        assertEquals("innco:outdated", outdated.getAttribute("subState"));
        assertEquals("Worker bakery", child(outdated, "source").getTextContent());
        assertEquals("Piekarnia", child(outdated, "target").getTextContent());
    }

    @Test
    void the_export_filters_by_type_items_and_states() throws Exception {
        assertEquals(1, export("event", null, null).items());
        assertEquals(1, export(null, seminar.id(), null).items());
        Document reviewed = doc(export(null, null, "reviewed"));
        assertEquals(List.of(original(bakery)), XliffFiles.units(reviewed).stream()
                .map(u -> ((Element) u.getParentNode()).getAttribute("original")).toList(), "states filter as stored; outdated is a flag");
        Document translated = doc(export(null, null, "translated"));
        assertEquals(List.of("title"), XliffFiles.units(translated).stream().map(u -> u.getAttribute("id")).toList());
        assertTrue(export("event", null, "reviewed").isEmpty(), "XLIFF needs at least one unit: an empty export is answered without a file");
        assertThrows(IllegalStateException.class, () -> export("event", null, "reviewed").toBytes());
    }

    @Test
    void rich_text_becomes_paired_and_placeholder_codes_with_the_original_markup_kept() throws Exception {
        Element body = unit(doc(export("caseStudy", kitchen.id(), null)), original(kitchen), "body");
        assertNotNull(child(body, "originalData"));
        assertNotNull(child(child(body, "source"), "pc"));
        assertNotNull(child(child(body, "source"), "ph"), "<br /> is a placeholder");
        String stored = (String) kitchen.values().get("body", "en").orElseThrow();
        InlineCodes.Coded coded = InlineCodes.fromHtml(stored);
        assertEquals(stored, eu.innco.contenttype.field.RichTextSanitizer.sanitize(InlineCodes.toHtml(coded.content(), coded.data())));
        assertTrue(child(body, "source").getTextContent().contains("kitchen & garden"), "translators read text, not entities");
    }

    @Test
    void characters_that_xml_cannot_carry_are_written_as_cp_codes() throws Exception {
        byte[] xml = export("caseStudy", kitchen.id(), null).toBytes();
        assertTrue(new String(xml, StandardCharsets.UTF_8).contains("<cp hex=\"0007\"/>"));
        XliffFiles.validate(xml);
    }

    @Test
    void wrong_export_parameters_are_all_reported() {
        InncoException e = assertThrows(InncoException.class, () -> XliffSelection.of(module.locales, module.types, "pt", "xx", "recipe",
                "not-a-uuid", "done"));
        assertEquals("INNCO-XLIFF-001", e.code());
        assertEquals(List.of("locale", "source", "type", "items", "states"), e.errors().stream().map(eu.innco.FieldError::path).toList());
    }
}
