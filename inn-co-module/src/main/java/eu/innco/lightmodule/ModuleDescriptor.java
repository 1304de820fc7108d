package eu.innco.lightmodule;

import eu.innco.FieldError;
import eu.innco.yaml.YamlNode;
import eu.innco.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A light module's {@code module.yaml}, Magnolia's YAML module descriptor: an optional
 * {@code name} (the folder's name otherwise), a {@code version} and {@code dependencies} keyed by
 * module name, each with a {@code version} (range) and {@code optional}. A module without the file
 * has no version and no dependency.
 */
public record ModuleDescriptor(Path folder, String name, String version, List<Dependency> dependencies, String source) {
    static final String FILE = "module.yaml";

    /** One dependency; {@code location} is the file and line of its entry. */
    public record Dependency(String name, String version, boolean optional, String location) {}

    public ModuleDescriptor {
        dependencies = List.copyOf(dependencies);
    }

    /** The folder's name: what every other INN-CO message calls the module. */
    public String folderName() {
        return folder.getFileName().toString();
    }

    /** Reads the module's descriptor, adding what is wrong in it (file and line) to {@code errors}. */
    static ModuleDescriptor read(Path lightModules, Path module, List<FieldError> errors) {
        Path file = module.resolve(FILE);
        String label = LightModules.label(lightModules, file);
        String folderName = module.getFileName().toString();
        if (!Files.isRegularFile(file)) return new ModuleDescriptor(module, folderName, "", List.of(), label);
        YamlNode root;
        try {
            root = YamlReader.read(file, label);
        } catch (eu.innco.InncoException e) {
            errors.addAll(e.errors());
            return new ModuleDescriptor(module, folderName, "", List.of(), label);
        }
        if (root.isNull()) return new ModuleDescriptor(module, folderName, "", List.of(), label);
        if (!root.isMapping()) {
            errors.add(new FieldError(root.location(), "module.yaml is a mapping with 'version' and 'dependencies'"));
            return new ModuleDescriptor(module, folderName, "", List.of(), label);
        }
        String name = root.get("name").filter(YamlNode::isScalar).map(YamlNode::text).orElse(folderName);
        String version = root.get("version").filter(YamlNode::isScalar).map(YamlNode::text).orElse("");
        List<Dependency> deps = new ArrayList<>();
        root.get("dependencies").ifPresent(d -> {
            if (d.isNull()) return;
            if (!d.isMapping()) {
                errors.add(new FieldError(d.location(), "'dependencies' maps module names to {version, optional}"));
                return;
            }
            for (Map.Entry<String, YamlNode> e : d.entries().entrySet()) deps.add(dependency(e.getKey(), e.getValue(), errors));
        });
        return new ModuleDescriptor(module, name, version, deps, label);
    }

    private static Dependency dependency(String name, YamlNode v, List<FieldError> errors) {
        if (v.isNull()) return new Dependency(name, "", false, v.location());
        if (!v.isMapping()) {
            errors.add(new FieldError(v.location(), "dependency '" + name + "' takes 'version' and 'optional'"));
            return new Dependency(name, "", false, v.location());
        }
        String version = v.get("version").filter(YamlNode::isScalar).map(YamlNode::text).orElse("");
        boolean optional = v.get("optional").filter(YamlNode::isScalar).map(o -> o.text().equals("true")).orElse(false);
        return new Dependency(name, version, optional, v.location());
    }
}
