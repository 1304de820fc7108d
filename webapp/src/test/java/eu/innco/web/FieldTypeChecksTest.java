package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Code that treats field types differently switches over {@code FieldKind} (checked by the
 * compiler) instead of testing classes one by one (where a new type silently takes the last branch).
 * References are the exception: {@code instanceof ReferenceField r} reads the target type, and
 * covers assets, which are references too.
 */
class FieldTypeChecksTest {
    static final Pattern CLASS_TEST = Pattern.compile("instanceof\\s+(?:\\w+\\.)*(?!ReferenceField\\b)(\\w+Field)\\b");

    @Test
    void no_main_code_tests_a_field_type_by_its_class() throws IOException {
        List<String> found = new ArrayList<>();
        for (MainSources.Source source : MainSources.all()) {
            Matcher m = CLASS_TEST.matcher(source.text());
            while (m.find()) found.add(source.path() + ": " + m.group());
        }
        assertEquals(List.of(), found, "switch over fieldType().kind() without a default arm instead");
    }
}
