package eu.innco.contenttype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.TestModule;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content-type names with '-', as Magnolia's demos have them, and the PascalCase names made of them. */
class TypeNamesTest {
    @TempDir
    Path modules;

    @Test
    void words_joined_by_a_dash_become_one_pascal_case_name() {
        assertEquals("AboutCareers", TypeNames.pascal("about-careers"));
        assertEquals("CaseStudy", TypeNames.pascal("caseStudy"));
        assertEquals("Tours2026", TypeNames.pascal("tours-2026"));
        assertTrue(TypeNames.NAME.matcher("about-careers").matches());
        for (String bad : new String[] {"-about", "about-", "about--careers", "about_careers", "1about"}) {
            assertTrue(!TypeNames.NAME.matcher(bad).matches(), bad);
        }
    }

    @Test
    void two_types_with_one_pascal_case_name_stop_the_start_naming_both_files() throws Exception {
        Files.createSymbolicLink(modules.resolve("inn-co"), TestModule.lightModules().resolve("inn-co").toAbsolutePath());
        Path types = Files.createDirectories(modules.resolve("careers/contentTypes"));
        Files.writeString(types.resolve("about-careers.yaml"), "datasource:\n  workspace: about-careers\nmodel:\n  properties:\n    - name: title\n");
        Files.writeString(types.resolve("aboutCareers.yaml"), "datasource:\n  workspace: careers\nmodel:\n  properties:\n    - name: title\n");
        DefinitionException e = assertThrows(DefinitionException.class, () -> ContentTypeLoader.load(modules));
        String m = e.getMessage();
        assertTrue(m.contains("careers/contentTypes/about-careers.yaml") && m.contains("careers/contentTypes/aboutCareers.yaml:1"), m);
        assertTrue(m.contains("AboutCareers"), m);
    }
}
