package eu.innco.lightmodule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The light-modules folder as Magnolia reads it: every sub-folder is a module, and a module keeps
 * each kind of definition in its own folder ({@code contentTypes/}, {@code restEndpoints/}), at any
 * depth below it. Hidden folders ({@code .git}) are not modules.
 */
public final class LightModules {
    private LightModules() {}

    /**
     * The module folders in loading order: a module after those it depends on ({@code module.yaml},
     * see {@link ModuleOrder}), otherwise by name, so that loading and its messages are the same on
     * every start.
     */
    public static List<Path> modules(Path lightModules) {
        return ModuleOrder.of(lightModules).stream().map(ModuleDescriptor::folder).toList();
    }

    /** The module folders, by name. */
    static List<Path> folders(Path lightModules) {
        if (!Files.isDirectory(lightModules)) return List.of();
        try (Stream<Path> s = Files.list(lightModules)) {
            return s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The YAML files below {@code <module>/<kind>}, at any depth, in path order; none when the folder is absent. */
    public static List<Path> yamlFiles(Path module, String kind) {
        Path folder = module.resolve(kind);
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).filter(LightModules::isYaml).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isYaml(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    /** How a file is named in messages: {@code <module>/contentTypes/tour.yaml}, with '/' on every system. */
    public static String label(Path lightModules, Path file) {
        return lightModules.relativize(file).toString().replace('\\', '/');
    }

    /** The file name without {@code .yaml}/{@code .yml}: Magnolia's definition name. */
    public static String baseName(Path file) {
        String n = file.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }
}
