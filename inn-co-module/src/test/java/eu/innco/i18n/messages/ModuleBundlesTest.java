package eu.innco.i18n.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.InncoException;
import eu.innco.TestModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Other light modules' i18n bundles load beside INN-CO's, named as Magnolia names them: the SPA
 * demo's real bundle (unchanged, magnolia-fixtures), a module of this test's own with a German file
 * and a file without a locale; a key given twice stops the start naming both files.
 */
class ModuleBundlesTest {
    @TempDir
    Path modules;

    void modules() throws Exception {
        Files.createSymbolicLink(modules.resolve("inn-co"), TestModule.lightModules().resolve("inn-co").toAbsolutePath());
        Path spa = Path.of(ModuleBundlesTest.class.getResource("/magnolia-fixtures/vasilis-exo/magnolia-spa/magnolia/light-modules/spa-lm").toURI());
        Files.createSymbolicLink(modules.resolve("spa-lm"), spa);
        Path travel = Files.createDirectories(modules.resolve("travel/i18n"));
        Files.writeString(travel.resolve("travel-messages.properties"), "travel.hello=Hello {name}\n");
        Files.writeString(travel.resolve("travel-messages_de.properties"), "travel.hello=Hallo {name}\n");
    }

    @Test
    void other_modules_texts_are_read_by_key_along_the_fallback_chain() throws Exception {
        modules();
        Messages m = Messages.load(modules, MessagesTest.SITE);
        assertEquals(Optional.of("SPA Demo: Headline"), m.pattern("spa-lm.templates.components.Headline", "en"));
        assertEquals("Hallo Ada", m.format("travel.hello", "de", "name", "Ada"));
        assertEquals("Hello Ada", m.format("travel.hello", "fr", "name", "Ada"), "no French file: the English one, Magnolia's default");
        assertEquals(Optional.of("INN-CO"), m.pattern("site.name", "en"), "INN-CO's own texts are still there");
    }

    @Test
    void a_key_given_twice_names_both_files() throws Exception {
        modules();
        Path other = Files.createDirectories(modules.resolve("zoo/i18n"));
        Files.writeString(other.resolve("zoo_de.properties"), "travel.hello=Servus\n");
        InncoException e = assertThrows(InncoException.class, () -> Messages.load(modules, MessagesTest.SITE));
        assertEquals("zoo/i18n/zoo_de.properties:travel.hello", e.errors().get(0).path(), e.errors().toString());
        assertTrue(e.errors().get(0).message().contains("travel/i18n/travel-messages_de.properties"), e.errors().toString());
    }

    @Test
    void a_module_cannot_replace_an_inn_co_text() throws Exception {
        modules();
        String key = MessageBundles.load(TestModule.lightModules()).bundle("en").keySet().iterator().next();
        Files.writeString(modules.resolve("travel/i18n/travel-messages_en.properties"), key + "=Mine\n");
        InncoException e = assertThrows(InncoException.class, () -> Messages.load(modules, MessagesTest.SITE));
        assertTrue(e.errors().get(0).message().contains("inn-co/i18n/inn-co-messages_en.properties"), e.errors().toString());
    }
}
