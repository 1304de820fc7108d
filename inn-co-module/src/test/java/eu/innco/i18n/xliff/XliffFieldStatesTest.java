package eu.innco.i18n.xliff;

import static eu.innco.i18n.xliff.XliffFiles.child;
import static eu.innco.i18n.xliff.XliffFiles.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.TestModule;
import eu.innco.content.ContentItem;
import eu.innco.content.Precondition;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Each unit of a translators' file carries its own value's state, out and back in. */
class XliffFieldStatesTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Actor POLISH = new Actor("tomasz", Set.of(Role.TRANSLATOR), "", Set.of("pl"), false);
    static TestModule module;
    static XliffExporter exporter;
    static XliffImporter importer;

    @BeforeAll
    static void start() {
        module = TestModule.memory();
        exporter = new XliffExporter(module.repository, module.types, module.content.nodes(), new AccessPolicy());
        importer = new XliffImporter(module.content, new AccessPolicy());
    }

    @AfterAll
    static void stop() {
        module.close();
    }

    static ContentItem study(String en, String pl) throws Exception {
        return module.content.create(Actor.SYSTEM, "caseStudy", JSON.readTree(("{'properties': {'title': {'en': '" + en + "', 'pl': '" + pl
                + "'}, 'summary': {'en': 'About " + en + "', 'pl': 'O: " + pl + "'}, 'whatHelped': {'en': ['Trust', 'Time']}},"
                + " 'locales': {'pl': {'translation': 'translated'}}}").replace('\'', '"')));
    }

    static ContentItem patch(ContentItem item, String patch) throws Exception {
        return module.content.patch(Actor.SYSTEM, "caseStudy", item.id(), JSON.readTree(patch.replace('\'', '"')), Precondition.etag(item.etag()));
    }

    static Document export(ContentItem item, String states) throws Exception {
        return XliffFiles.parse(exporter.export(Actor.SYSTEM, XliffSelection.of(module.locales, module.types, "pl", null, "caseStudy",
                item.id(), states)).toBytes());
    }

    static String state(ContentItem item, String path) {
        return module.content.get(Actor.SYSTEM, "caseStudy", item.id()).locales().get("pl").fields().get(path).state();
    }

    static String original(ContentItem i) {
        return "caseStudy/" + i.id();
    }

    @Test
    void each_segment_carries_its_own_values_state_and_the_state_filter_follows_it() throws Exception {
        ContentItem s = patch(study("Bakery", "Piekarnia"), "{'locales': {'pl': {'fields': {'summary': 'draft'}}}}");
        Document d = export(s, "missing,draft,translated,reviewed");
        Element title = child(unit(d, original(s), "title"), "segment");
        assertEquals("translated", title.getAttribute("state"));
        Element summary = child(unit(d, original(s), "summary"), "segment");
        assertEquals("initial", summary.getAttribute("state"));
        assertEquals("innco:draft", summary.getAttribute("subState"));
        List<String> translated = XliffFiles.units(export(s, "translated")).stream().map(u -> u.getAttribute("id")).toList();
        assertEquals(List.of("title"), translated, "the draft value of a locale whose other value is translated is not sent");
    }

    @Test
    void an_import_sets_each_accepted_units_own_state_and_the_locale_the_lowest() throws Exception {
        ContentItem s = study("Kitchen", "Kuchnia");
        Document d = export(s, "missing,draft,translated,reviewed");
        XliffFiles.translate(unit(d, original(s), "title"), "Wspólna kuchnia", "final");
        XliffFiles.translate(unit(d, original(s), "summary"), "O wspólnej kuchni", "translated");
        XliffFiles.translate(unit(d, original(s), "whatHelped.1"), "Czas", "initial");
        XliffImportReport r = importer.importFile(POLISH, XliffFiles.bytes(d));
        assertEquals(3, r.count("applied"), r.units().toString());
        assertEquals("reviewed", state(s, "title"));
        assertEquals("translated", state(s, "summary"));
        assertEquals("draft", state(s, "whatHelped.0"), "a list entry the locale lacked is appended, with its unit's state");
        assertEquals("draft", module.content.get(Actor.SYSTEM, "caseStudy", s.id()).locales().get("pl").translation());
        assertEquals("reviewed", r.units().stream().filter(u -> u.unit().equals("title")).findFirst().orElseThrow().state(),
                "the answer gives each unit's own state");

        Document again = export(s, "draft");
        assertEquals(List.of("whatHelped.0"), XliffFiles.units(again).stream().map(u -> u.getAttribute("id")).toList());
        XliffFiles.translate(unit(again, original(s), "whatHelped.0"), "Czas", "translated");
        XliffImportReport second = importer.importFile(POLISH, XliffFiles.bytes(again));
        assertEquals("applied", second.units().get(0).outcome(), "the same text with a new state changes the state");
        assertEquals("reviewed", state(s, "title"), "a value not in the file keeps its state");
        assertEquals("translated", module.content.get(Actor.SYSTEM, "caseStudy", s.id()).locales().get("pl").translation());
    }
}
