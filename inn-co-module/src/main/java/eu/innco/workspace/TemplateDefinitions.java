package eu.innco.workspace;

import eu.innco.InncoException;
import eu.innco.lightmodule.LightModules;
import eu.innco.yaml.YamlNode;
import eu.innco.yaml.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Magnolia's page and component templates ({@code <module>/templates/**.yaml}, id
 * {@code <module>:<path>} as in {@code react-minimal-lm:pages/basic}), read for what the template
 * annotations tell an SPA editor: the dialog, the title and the areas with their components. We
 * render no template: a front end does; a file we cannot read is logged and skipped, since nothing
 * else depends on it.
 */
public final class TemplateDefinitions {
    private static final Logger LOG = LoggerFactory.getLogger(TemplateDefinitions.class);

    /** An area of a template: its type (list, single, noComponent) and the ids of the components it takes. */
    public record Area(String name, String type, String title, List<String> availableComponents, boolean inherit, boolean optional,
                       boolean createAreaNode) {}

    public record Template(String id, String title, String dialog, Map<String, Area> areas) {}

    private final Map<String, Template> byId;

    private TemplateDefinitions(Map<String, Template> byId) {
        this.byId = Map.copyOf(byId);
    }

    public static TemplateDefinitions empty() {
        return new TemplateDefinitions(Map.of());
    }

    public static TemplateDefinitions load(Path lightModules) {
        Map<String, Template> out = new LinkedHashMap<>();
        for (Path module : LightModules.modules(lightModules)) {
            Path base = module.resolve("templates");
            for (Path file : LightModules.yamlFiles(module, "templates")) {
                String rel = base.relativize(file).toString().replace('\\', '/');
                String id = module.getFileName() + ":" + rel.substring(0, rel.lastIndexOf('.'));
                try {
                    YamlNode root = YamlReader.read(file, LightModules.label(lightModules, file));
                    if (root.isMapping()) out.put(id, template(id, root));
                } catch (InncoException e) {
                    LOG.warn("template {} not read: {}", id, e.detail());
                }
            }
        }
        return new TemplateDefinitions(out);
    }

    public Optional<Template> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private static Template template(String id, YamlNode root) {
        Map<String, Area> areas = new LinkedHashMap<>();
        root.get("areas").filter(YamlNode::isMapping).ifPresent(a -> a.entries().forEach((name, def) -> {
            if (def.isMapping()) areas.put(name, area(name, def));
        }));
        return new Template(id, root.text("title").orElse(""), root.text("dialog").orElse(""), areas);
    }

    private static Area area(String name, YamlNode def) {
        List<String> components = new ArrayList<>();
        def.get("availableComponents").ifPresent(c -> {
            if (c.isMapping()) c.entries().forEach((k, v) -> components.add(v.isMapping() ? v.text("id").orElse(k) : k));
            else if (c.isSequence()) c.items().forEach(i -> components.add(i.isMapping() ? i.text("id").orElse("") : i.text()));
        });
        boolean inherit = def.get("inherit").map(i -> i.isMapping() ? i.text("enabled").orElse("false") : i.text())
                .map("true"::equals).orElse(false);
        return new Area(name, def.text("type").orElse("list"), def.text("title").orElse(""), components, inherit,
                def.text("optional").map("true"::equals).orElse(false), !def.text("createAreaNode").map("false"::equals).orElse(false));
    }
}
