package eu.innco.i18n.xliff;

import static eu.innco.i18n.xliff.XliffFiles.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.ErrorKind;
import eu.innco.InncoException;
import eu.innco.TestModule;
import eu.innco.content.ContentItem;
import eu.innco.content.ContentWriteHook;
import eu.innco.content.Precondition;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/** Translators' files in: states, rich text byte for byte, changed sources, unknown ids, invalid values, bad files, all or nothing. */
class XliffImportTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Actor POLISH = new Actor("tomasz", Set.of(Role.TRANSLATOR), "", Set.of("pl"), false);
    static final String BODY = "<h2>Why</h2><p>Our <strong>shared</strong> kitchen &amp; <a href=\"https://example.org/x?a=1&amp;b=2\""
            + " title=\"The garden\">garden</a><br />opens at 8 &lt; 9 — \"daily\", l'après-midi.</p>"
            + "<ul><li>One <em>and <sup>2</sup></em></li></ul><p><img src=\"https://example.org/k.png\" alt=\"Kitchen\" /></p>";
    static TestModule module;
    static XliffExporter exporter;
    static XliffImporter importer;
    static volatile String failOn = "";

    @BeforeAll
    static void start() {
        module = TestModule.memory();
        exporter = new XliffExporter(module.repository, module.types, module.content.nodes(), new AccessPolicy());
        importer = new XliffImporter(module.content, new AccessPolicy());
        module.content.addHook(new ContentWriteHook() {
            @Override
            public void written(javax.jcr.Session s, javax.jcr.Node item, eu.innco.content.ContentEvent e) throws javax.jcr.RepositoryException {
                if (item.getName().equals(failOn)) throw new IllegalStateException("the disk is full (simulated)");
            }
        });
    }

    @AfterAll
    static void stop() {
        module.close();
    }

    static ContentItem study(String title) throws Exception {
        ObjectNode b = (ObjectNode) JSON.readTree(("{'properties': {'title': {'en': '" + title + "'}, 'summary': {'en': 'About " + title
                + "'}, 'whatHelped': {'en': ['Trust', 'Time']}}}").replace('\'', '"'));
        ((ObjectNode) b.get("properties")).putObject("body").put("en", BODY);
        return module.content.create(Actor.SYSTEM, "caseStudy", b);
    }

    static ContentItem read(ContentItem i) {
        return module.content.get(Actor.SYSTEM, "caseStudy", i.id());
    }

    static Document export(ContentItem... items) throws Exception {
        return export(null, items);
    }

    static Document export(String states, ContentItem... items) throws Exception {
        String ids = java.util.Arrays.stream(items).map(ContentItem::id).collect(Collectors.joining(","));
        return XliffFiles.parse(exporter.export(Actor.SYSTEM, XliffSelection.of(module.locales, module.types, "pl", null, "caseStudy", ids, states))
                .toBytes());
    }

    static XliffImportReport importDoc(Actor actor, Document d) throws Exception {
        return importer.importFile(actor, XliffFiles.bytes(d));
    }

    static String original(ContentItem i) {
        return "caseStudy/" + i.id();
    }

    static Map<String, String> outcomes(XliffImportReport r) {
        return r.units().stream().collect(Collectors.toMap(UnitResult::unit, UnitResult::outcome, (a, b) -> a, java.util.TreeMap::new));
    }

    @Test
    void a_translated_file_is_imported_with_the_states_of_its_segments() throws Exception {
        ContentItem s = study("Bakery");
        Document d = export(s);
        XliffFiles.translate(unit(d, original(s), "title"), "Piekarnia", "reviewed");
        XliffFiles.translate(unit(d, original(s), "summary"), "O piekarni", "translated");
        XliffFiles.translate(unit(d, original(s), "whatHelped.1"), "Czas", "translated");
        XliffImportReport r = importDoc(POLISH, d);
        assertEquals(3, r.count("applied"), r.units().toString());
        assertEquals("unchanged", outcomes(r).get("body"), "a unit without a target changes nothing");
        ContentItem after = read(s);
        assertEquals("Piekarnia", after.values().get("title", "pl").orElseThrow());
        assertEquals(java.util.List.of("Czas"), after.values().get("whatHelped", "pl").orElseThrow());
        assertEquals("translated", after.locales().get("pl").translation(), "the lowest state of the accepted units");
        assertFalse(after.locales().get("pl").outdated());
    }

    @Test
    void rich_text_round_trips_byte_for_byte_through_inline_codes() throws Exception {
        ContentItem s = study("Kitchen");
        Document d = export(s);
        XliffFiles.copySource(unit(d, original(s), "body"), "translated", null);
        assertEquals("applied", outcomes(importDoc(POLISH, d)).get("body"));
        assertEquals(read(s).values().get("body", "en").orElseThrow(), read(s).values().get("body", "pl").orElseThrow());

        Document again = export("translated", s);
        XliffFiles.copySource(unit(again, original(s), "body"), "translated", (doc, target) -> replaceText(target));
        importDoc(POLISH, again);
        String pl = (String) read(s).values().get("body", "pl").orElseThrow();
        String en = (String) read(s).values().get("body", "en").orElseThrow();
        assertEquals(en.replaceAll(">[^<]+<", "><"), pl.replaceAll(">[^<]+<", "><"), "the same tags and attributes around translated text");
        assertTrue(pl.contains("<strong>WSPÓLNA</strong>"), pl);
    }

    /** Upper-cases every text node: a stand-in for translation that keeps the codes. */
    static void replaceText(Node n) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE) c.setNodeValue(c.getNodeValue().replace("shared", "wspólna").toUpperCase());
            else replaceText(c);
        }
    }

    @Test
    void units_whose_source_changed_since_the_export_are_reported_and_not_applied() throws Exception {
        ContentItem s = study("Garden");
        Document d = export(s);
        module.content.patch(Actor.SYSTEM, "caseStudy", s.id(), JSON.readTree("{\"properties\": {\"title\": {\"en\": \"Community garden\"}}}"),
                Precondition.etag(s.etag()));
        XliffFiles.translate(unit(d, original(s), "title"), "Ogród", "translated");
        XliffFiles.translate(unit(d, original(s), "summary"), "O ogrodzie", "translated");
        XliffImportReport r = importDoc(POLISH, d);
        assertEquals("sourceChanged", outcomes(r).get("title"));
        assertEquals("applied", outcomes(r).get("summary"));
        assertTrue(read(s).values().get("title", "pl").isEmpty());
    }

    @Test
    void unknown_items_and_values_are_reported() throws Exception {
        ContentItem s = study("Print shop");
        Document d = export(s);
        XliffFiles.translate(unit(d, original(s), "title"), "Drukarnia", "translated");
        unit(d, original(s), "summary").setAttribute("id", "subtitle");
        XliffFiles.translate(unit(d, original(s), "subtitle"), "?", "translated");
        Document other = export(study("Laundry"));
        ((org.w3c.dom.Element) XliffFiles.units(other).get(0).getParentNode()).setAttribute("original", "caseStudy/00000000-0000-0000-0000-000000000000");
        d.getDocumentElement().appendChild(d.importNode(XliffFiles.units(other).get(0).getParentNode(), true));
        XliffImportReport r = importDoc(POLISH, d);
        assertEquals("applied", outcomes(r).get("title"));
        assertEquals("unknown", outcomes(r).get("subtitle"));
        assertTrue(r.count("unknown") > 1, "every unit of the unknown item: " + r.units());
    }

    @Test
    void invalid_targets_are_reported_with_the_rule_and_the_rest_is_applied() throws Exception {
        ContentItem s = study("Repair café");
        Document d = export(s);
        XliffFiles.translate(unit(d, original(s), "title"), "x".repeat(201), "translated");
        XliffFiles.translate(unit(d, original(s), "summary"), "Kawiarnia naprawcza", "translated");
        XliffFiles.copySource(unit(d, original(s), "body"), "translated", (doc, target) ->
                target.appendChild(doc.createElementNS(XliffFiles.NS, "ph")).getAttributes());
        ((org.w3c.dom.Element) XliffFiles.child(XliffFiles.child(unit(d, original(s), "body"), "target"), "ph")).setAttribute("dataRef", "d99");
        XliffImportReport r = importDoc(POLISH, d);
        assertEquals("invalid", outcomes(r).get("title"));
        assertTrue(r.units().stream().filter(u -> u.unit().equals("title")).findFirst().orElseThrow().message().contains("200"));
        assertEquals("invalid", outcomes(r).get("body"));
        assertEquals("applied", outcomes(r).get("summary"));
        assertTrue(read(s).values().get("title", "pl").isEmpty());
    }

    @Test
    void a_file_that_is_not_well_formed_is_refused_whole_and_nothing_is_written() throws Exception {
        ContentItem s = study("Tool library");
        byte[] xml = XliffFiles.bytes(export(s));
        String broken = new String(xml, StandardCharsets.UTF_8).replace("</xliff>", "");
        InncoException e = assertThrows(InncoException.class, () -> importer.importFile(POLISH, broken.getBytes(StandardCharsets.UTF_8)));
        assertEquals("INNCO-XLIFF-002", e.code());
        assertEquals(ErrorKind.INVALID_INPUT, e.kind());
        assertEquals("INNCO-XLIFF-004", assertThrows(InncoException.class, () -> importer.importFile(POLISH,
                "<xliff version=\"1.2\"/>".getBytes(StandardCharsets.UTF_8))).code());
        assertEquals(s.etag(), read(s).etag());
    }

    @Test
    void a_dtd_or_an_external_entity_is_refused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"pl\"><file id=\"f\">"
                + "<unit id=\"title\"><segment><source>&x;</source></segment></unit></file></xliff>";
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><xliff>&lol2;</xliff>";
        for (String attack : new String[] {xxe, laughs}) {
            InncoException e = assertThrows(InncoException.class, () -> importer.importFile(POLISH, attack.getBytes(StandardCharsets.UTF_8)));
            assertEquals("INNCO-XLIFF-003", e.code(), e.detail());
            assertFalse(e.detail().contains("root:"), "no file content in the answer");
        }
    }

    @Test
    void a_translator_imports_only_into_a_granted_locale() throws Exception {
        ContentItem s = study("Bike workshop");
        Document d = export(s);
        d.getDocumentElement().setAttribute("trgLang", "fr");
        InncoException e = assertThrows(InncoException.class, () -> importDoc(POLISH, d));
        assertEquals(ErrorKind.FORBIDDEN, e.kind());
    }

    @Test
    void nothing_is_half_written_when_one_item_of_the_file_fails_to_save() throws Exception {
        ContentItem first = study("Alpha coop");
        ContentItem second = study("Omega coop");
        Document d = export(first, second);
        XliffFiles.translate(unit(d, original(first), "title"), "Spółdzielnia alfa", "translated");
        XliffFiles.translate(unit(d, original(second), "title"), "Spółdzielnia omega", "translated");
        failOn = second.name();
        try {
            assertThrows(IllegalStateException.class, () -> importDoc(POLISH, d));
        } finally {
            failOn = "";
        }
        assertTrue(read(first).values().get("title", "pl").isEmpty(), "the first item was not written either");
        assertEquals(first.etag(), read(first).etag());
        assertEquals(2, importDoc(POLISH, d).count("applied"));
    }
}
