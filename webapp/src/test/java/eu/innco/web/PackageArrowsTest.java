package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Arrows between the module's packages that must not come back: the lower package is used by the
 * upper one, never the other way (a cycle makes both one package that is hard to change alone).
 */
class PackageArrowsTest {
    /** package → a package its code must not name. */
    static final Map<String, String> FORBIDDEN = Map.of(
            "eu/innco/publishing", "eu.innco.exports.",
            // the site's locales are in eu.innco.site, below both: content needs them, i18n builds on content
            "eu/innco/content", "eu.innco.i18n.",
            // waiting helpers shared by delivery and checkup (and any other): they stay below every package
            "eu/innco/concurrent", "import eu.innco.");

    @Test
    void no_package_names_one_it_must_not_depend_on() throws IOException {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> arrow : FORBIDDEN.entrySet()) {
            for (MainSources.Source source : MainSources.of(List.of("inn-co-module"), arrow.getKey())) {
                if (source.text().contains(arrow.getValue())) found.add(source.path() + " names " + arrow.getValue());
            }
        }
        assertEquals(List.of(), found);
    }
}
