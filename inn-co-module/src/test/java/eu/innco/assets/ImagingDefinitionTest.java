package eu.innco.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code imaging/renditions.yaml}: the project's file loads, a wrong one stops the start naming every mistake with its line. */
class ImagingDefinitionTest {
    @Test
    void the_light_modules_file_gives_widths_and_variations() {
        ImagingDefinition d = ImagingDefinition.load(checkout().resolve("light-modules"));
        assertEquals(List.of(320, 640, 960, 1280, 1920), d.widths());
        assertEquals(new ImagingDefinition.Variation("square", 400, 400), d.variation("square").orElseThrow());
        assertEquals(0, d.variation("medium").orElseThrow().height(), "a width alone keeps the proportions");
        assertTrue(d.width(640).isPresent());
        assertTrue(d.width(641).isEmpty());
    }

    @Test
    void a_module_without_the_file_gets_the_two_renditions_it_always_had() throws Exception {
        ImagingDefinition d = ImagingDefinition.load(Files.createTempDirectory("no-imaging"));
        assertEquals(List.of("thumbnail", "medium"), List.copyOf(d.variations().keySet()));
    }

    @Test
    void every_mistake_is_named_with_its_line() throws Exception {
        Path modules = Files.createTempDirectory("imaging");
        Files.createDirectories(modules.resolve("inn-co/imaging"));
        Files.writeString(modules.resolve("inn-co/imaging/renditions.yaml"), """
                widths: [320, 320, 99999, big]
                variations:
                  "bad name!": {width: 100}
                  noWidth: {height: 100}
                  tiny: {width: 2, height: 100}
                """);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ImagingDefinition.load(modules));
        String m = e.getMessage();
        assertTrue(m.contains("renditions.yaml:1: width 320 is listed twice"), m);
        assertTrue(m.contains("found '99999'") && m.contains("found 'big'"), m);
        assertTrue(m.contains("'bad name!'"), m);
        assertTrue(m.contains("renditions.yaml:4: variation 'noWidth' needs a width"), m);
        assertTrue(m.contains("renditions.yaml:5: a size is a whole number of pixels from 16 to 4096, found '2'"), m);
        assertTrue(m.contains("variation 'medium' is missing (the editor and the portal use it)"), m);
    }

    static Path checkout() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("light-modules/inn-co"))) return p;
        }
        throw new IllegalStateException("no checkout above " + Path.of("").toAbsolutePath());
    }
}
