package eu.innco.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeLoader;
import eu.innco.contenttype.field.Violation;
import eu.innco.contenttype.field.Violations;
import eu.innco.site.SiteLocales;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sub-models, multiple and localised values: the shapes around the field types. */
class ValuesJsonTest {
    static final ObjectMapper JSON = new ObjectMapper();

    ContentTypeDefinition event() throws Exception {
        Path good = Path.of(getClass().getResource("/contenttypes/good").toURI());
        return ContentTypeLoader.load(good).require("event");
    }

    @Test
    void sub_models_multiple_and_localised_values_read_and_write_back_the_same_json() throws Exception {
        ValuesJson vj = new ValuesJson(SiteLocales.innco());
        String in = "{\"name\":\"n\",\"title\":{\"en\":\"T\",\"pl\":\"Ł\"},\"details\":[{\"address\":\"a\",\"note\":{\"fr\":\"x\"}},{\"address\":\"b\"}]}";
        Violations v = new Violations();
        ItemValues values = vj.read(event().properties(), JSON.readTree(in), "properties", v);
        assertTrue(v.isEmpty(), v.list().toString());
        assertEquals(JSON.readTree(in), vj.write(event().properties(), values));
    }

    @Test
    void wrong_shapes_are_reported_with_their_paths() throws Exception {
        ValuesJson vj = new ValuesJson(SiteLocales.innco());
        Violations v = new Violations();
        vj.read(event().properties(), JSON.readTree(
                "{\"title\":\"plain\",\"details\":{\"address\":\"a\"},\"seats\":\"ten\",\"extra\":1,\"kind\":{\"en\":\"x\"}}"), "properties", v);
        List<String> paths = v.list().stream().map(Violation::path).sorted().toList();
        assertEquals(List.of("properties.details", "properties.extra", "properties.kind", "properties.seats", "properties.title"), paths);
    }
}
