package eu.innco.lightmodule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.contenttype.DefinitionException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Magnolia's module.yaml: name, version and dependencies read, modules loaded after what they depend on. */
class ModuleOrderTest {
    @TempDir
    Path modules;

    private void module(String folder, String descriptor) throws Exception {
        Path m = Files.createDirectories(modules.resolve(folder));
        if (descriptor != null) Files.writeString(m.resolve("module.yaml"), descriptor);
    }

    @Test
    void a_module_loads_after_the_modules_it_depends_on_and_its_version_is_read() throws Exception {
        module("a-site", "name: a-site\nversion: 1.2.0\ndependencies:\n  core:\n    version: 6.2/*\n  z-theme:\n    version: '*'\n"
                + "  cache:\n    version: 6.2\n    optional: true\n  not-installed:\n    version: 1.0\n    optional: true\n");
        module("m-plain", null);
        module("z-theme", "version: 2.0\n");
        List<ModuleDescriptor> order = ModuleOrder.of(modules);
        assertEquals(List.of("z-theme", "a-site", "m-plain"), order.stream().map(ModuleDescriptor::folderName).toList());
        ModuleDescriptor site = order.get(1);
        assertEquals("1.2.0", site.version());
        assertEquals(List.of("core", "z-theme", "cache", "not-installed"), site.dependencies().stream().map(d -> d.name()).toList());
        assertEquals("6.2/*", site.dependencies().get(0).version());
        assertTrue(site.dependencies().get(2).optional());
        assertEquals("2.0", order.get(0).version());
        assertEquals("", order.get(2).version());
        assertEquals(List.of(modules.resolve("z-theme"), modules.resolve("a-site"), modules.resolve("m-plain")), LightModules.modules(modules));
    }

    @Test
    void a_missing_dependency_stops_the_start_naming_file_and_line() throws Exception {
        module("shop", "version: 1.0\ndependencies:\n  core:\n    version: 6.2\n  payments:\n    version: 1.0\n");
        DefinitionException e = assertThrows(DefinitionException.class, () -> ModuleOrder.of(modules));
        assertEquals("shop/module.yaml:6", e.errors().get(0).path(), e.getMessage());
        assertTrue(e.errors().get(0).message().contains("'payments'"), e.getMessage());
        // at start, before any definition is read
        Files.createDirectories(modules.resolve("shop/contentTypes"));
        DefinitionException start = assertThrows(DefinitionException.class, () -> eu.innco.contenttype.ContentTypeLoader.load(modules));
        assertEquals("shop/module.yaml:6", start.errors().get(0).path(), start.getMessage());
    }

    @Test
    void a_cycle_stops_the_start_naming_the_modules_file_and_line() throws Exception {
        module("one", "version: 1.0\ndependencies:\n  two:\n    version: 1.0\n");
        module("two", "version: 1.0\ndependencies:\n  one:\n    version: 1.0\n");
        DefinitionException e = assertThrows(DefinitionException.class, () -> ModuleOrder.of(modules));
        assertEquals(1, e.errors().size(), e.getMessage());
        assertTrue(e.errors().get(0).path().startsWith("two/module.yaml:"), e.getMessage());
        assertTrue(e.errors().get(0).message().contains("one → two → one"), e.getMessage());
    }
}
