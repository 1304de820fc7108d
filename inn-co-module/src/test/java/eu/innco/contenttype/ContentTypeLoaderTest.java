package eu.innco.contenttype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.FieldError;
import eu.innco.contenttype.field.AssetField;
import eu.innco.contenttype.field.DateField;
import eu.innco.contenttype.field.GeoField;
import eu.innco.contenttype.field.LongField;
import eu.innco.contenttype.field.ReferenceField;
import eu.innco.contenttype.field.RichTextField;
import eu.innco.contenttype.field.StringField;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentTypeLoaderTest {
    static Path fixture(String name) throws URISyntaxException {
        return Path.of(ContentTypeLoaderTest.class.getResource("/contenttypes/" + name).toURI());
    }

    @Test
    void a_good_definition_becomes_an_immutable_definition_with_every_key() throws Exception {
        ContentTypeRegistry r = ContentTypeLoader.load(fixture("good"));
        ContentTypeDefinition event = r.require("event");
        assertEquals("events", event.workspace());
        assertEquals("innco:event", event.nodeType());
        assertTrue(event.autoCreate());
        PropertyDefinition title = event.property("title").orElseThrow();
        assertTrue(title.required() && title.i18n() && !title.multiple());
        assertTrue(title.fieldType() instanceof StringField);
        assertEquals(120, title.rules().maxLength().getAsInt());
        assertTrue(event.property("name").orElseThrow().fieldType() instanceof StringField, "no type means String");
        assertTrue(event.property("image").orElseThrow().fieldType() instanceof AssetField);
        assertTrue(event.property("date").orElseThrow().fieldType() instanceof DateField);
        assertEquals("place", ((ReferenceField) event.property("host").orElseThrow().fieldType()).targetType());
        PropertyDefinition details = event.property("details").orElseThrow();
        assertTrue(details.isSubModel() && details.multiple());
        assertEquals(List.of("address", "note"), details.subModel().properties().stream().map(PropertyDefinition::name).toList());
        assertTrue(details.subModel().property("note").orElseThrow().i18n());
        PropertyDefinition kind = event.property("kind").orElseThrow();
        assertEquals("Séminaire", kind.rules().option("seminar").orElseThrow().label("fr"));
        assertEquals("webinar", kind.rules().option("webinar").orElseThrow().label("fr"));
        assertTrue(event.property("contact").orElseThrow().rules().email());
        assertEquals(500.0, event.property("seats").orElseThrow().rules().max().orElseThrow());
        assertTrue(event.property("seats").orElseThrow().fieldType() instanceof LongField);
        assertTrue(r.require("place").property("location").orElseThrow().fieldType() instanceof GeoField);
        assertThrows(UnsupportedOperationException.class, () -> event.properties().add(title));
    }

    @Test
    void a_content_type_written_by_magnolias_cli_loads_unchanged() throws Exception {
        ContentTypeDefinition guide = ContentTypeLoader.load(fixture("magnolia-cli")).require("tourGuide");
        assertEquals("tourguides:tourguide", guide.nodeType());
        assertEquals("https://www.magnolia-cms.com/jcr/1.0/tourguides", guide.namespaces().get("tourguides"));
        assertEquals("Name", guide.property("name").orElseThrow().label().orElseThrow());
        assertTrue(guide.property("shortBio").orElseThrow().fieldType() instanceof RichTextField);
    }

    @Test
    void every_error_of_every_file_is_reported_at_once_with_file_and_line() throws Exception {
        DefinitionException e = assertThrows(DefinitionException.class, () -> ContentTypeLoader.load(fixture("broken")));
        List<String> where = e.errors().stream().map(FieldError::path).toList();
        String all = e.errors().toString();
        assertTrue(where.stream().anyMatch(p -> p.startsWith("inn-co/contentTypes/syntax.yaml:")), all);
        assertTrue(where.contains("inn-co/contentTypes/typos.yaml:7"), "unknown key 'requried' on its line: " + all);
        assertTrue(all.contains("type 'Strnig' is neither a field type"), all);
        assertTrue(where.contains("inn-co/contentTypes/typos.yaml:9"), all);
        assertTrue(all.contains("maxLength must be a positive whole number"), all);
        assertTrue(all.contains("pattern is not a valid regular expression"), all);
        assertTrue(all.contains("property 'title' is defined twice"), all);
        assertTrue(all.contains("a property needs a 'name' made of letters and digits"), all);
        assertTrue(all.contains("inn-co/contentTypes/nomodel.yaml:1") && all.contains("'model' (with 'properties') is required"), all);
        assertTrue(e.getMessage().contains("typos.yaml:7"), "the message itself lists the errors");
    }

    @Test
    void a_reference_to_an_unknown_content_type_names_the_property_and_the_known_types() throws Exception {
        DefinitionException e = assertThrows(DefinitionException.class, () -> ContentTypeLoader.load(fixture("dangling")));
        assertEquals(1, e.errors().size());
        assertEquals("inn-co/contentTypes/visit.yaml:6", e.errors().get(0).path());
        assertTrue(e.errors().get(0).message().contains("'plaec', which is not defined (known: place, visit)"), e.errors().toString());
    }

    @Test
    void the_projects_own_content_types_load() {
        ContentTypeRegistry r = ContentTypeLoader.load(eu.innco.TestModule.lightModules());
        assertTrue(r.get("organisation").isPresent() && r.get("caseStudy").isPresent());
        assertFalse(r.all().isEmpty());
    }
}
