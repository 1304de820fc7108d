package eu.innco.contenttype;

import eu.innco.FieldError;
import eu.innco.InncoException;
import eu.innco.lightmodule.LightModules;
import eu.innco.yaml.YamlNode;
import eu.innco.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every {@code contentTypes/*.yaml} of a light module into immutable definitions. Collects all
 * errors of all files (syntax, unknown keys, bad types, dangling references) and fails once with
 * every one of them, each with file and line.
 */
public final class ContentTypeLoader {
    static final Pattern TYPE_NAME = TypeNames.NAME;
    /** Sub-model names: GraphQL and schema names are made by appending them, so no '-'. */
    static final Pattern SUB_MODEL_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");
    private static final Set<String> TOP_KEYS = Set.of("datasource", "model", "label", "description");
    private static final Set<String> DATASOURCE_KEYS = Set.of("workspace", "autoCreate", "namespaces", "rootPath", "$type");
    private static final Set<String> MODEL_KEYS = Set.of("nodeType", "properties", "subModels", "$type");

    /** Magnolia's node type for items whose model names none. */
    public static final String DEFAULT_NODE_TYPE = "mgnl:content";
    private static final Logger LOG = LoggerFactory.getLogger(ContentTypeLoader.class);

    private final List<FieldError> errors = new ArrayList<>();

    private ContentTypeLoader() {}

    /**
     * Loads {@code <module>/contentTypes/**.yaml} of every light module under {@code lightModules}, as
     * Magnolia does: one registry, so a type may refer to a type of another module; a name, workspace
     * or node type defined twice stops the start naming both files.
     */
    public static ContentTypeRegistry load(Path lightModules) {
        ContentTypeLoader loader = new ContentTypeLoader();
        List<ContentTypeDefinition> types = new ArrayList<>();
        Map<String, String> fileOfName = new HashMap<>();
        boolean anyFolder = false;
        // read first of all definitions at start: the modules' versions, in the order they load
        for (var d : eu.innco.lightmodule.ModuleOrder.of(lightModules)) {
            LOG.info("light module {}: version {}{}", d.folderName(), d.version().isEmpty() ? "none (no module.yaml version)" : d.version(),
                    d.dependencies().isEmpty() ? "" : ", after " + d.dependencies().stream().map(x -> x.name()).toList());
        }
        for (Path module : LightModules.modules(lightModules)) {
            anyFolder |= Files.isDirectory(module.resolve("contentTypes"));
            List<String> loaded = new ArrayList<>();
            for (Path file : LightModules.yamlFiles(module, "contentTypes")) {
                String label = LightModules.label(lightModules, file);
                loader.loadFile(file, label).ifPresent(t -> {
                    // about-careers and aboutCareers would share one GraphQL type and schema name (AboutCareers)
                    String other = fileOfName.putIfAbsent(TypeNames.pascal(t.name()), label);
                    if (other != null) {
                        loader.error(label + ":1", "content type '" + t.name() + "' is already defined by " + other
                                + "; a content-type name must be unique across light modules (also as "
                                + TypeNames.pascal(t.name()) + ", its GraphQL and OpenAPI name)");
                    } else {
                        types.add(t);
                        loaded.add(t.name());
                    }
                });
            }
            if (!loaded.isEmpty()) LOG.info("light module {}: {} content type(s) {}", module.getFileName(), loaded.size(), loaded);
        }
        if (!anyFolder) {
            throw new DefinitionException(List.of(new FieldError(lightModules.toString(),
                    "no light module under " + lightModules + " has a contentTypes folder")));
        }
        return loader.finish(types);
    }

    /** Loads one folder of YAML files; {@code labelPrefix} is put before file names in messages. */
    public static ContentTypeRegistry loadFolder(Path folder, String labelPrefix) {
        if (!Files.isDirectory(folder)) {
            throw new DefinitionException(List.of(new FieldError(labelPrefix, "the content-type folder " + folder + " does not exist")));
        }
        ContentTypeLoader loader = new ContentTypeLoader();
        List<ContentTypeDefinition> types = new ArrayList<>();
        for (Path file : yamlFiles(folder)) {
            String label = labelPrefix + file.getFileName();
            loader.loadFile(file, label).ifPresent(types::add);
        }
        return loader.finish(types);
    }

    private ContentTypeRegistry finish(List<ContentTypeDefinition> types) {
        crossCheck(types);
        if (!errors.isEmpty()) throw new DefinitionException(errors);
        return new ContentTypeRegistry(types);
    }

    private static List<Path> yamlFiles(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private java.util.Optional<ContentTypeDefinition> loadFile(Path file, String label) {
        YamlNode root;
        try {
            root = YamlReader.read(file, label);
        } catch (InncoException e) {
            errors.addAll(e.errors());
            return java.util.Optional.empty();
        }
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.lastIndexOf('.'));
        if (!TYPE_NAME.matcher(name).matches()) {
            error(label + ":1", "the file name '" + name + "' must be a content-type name: a letter, then letters and digits, words joined by '-'");
        }
        if (!root.isMapping()) {
            error(root.location(), "a content type is a mapping with 'datasource' and 'model'");
            return java.util.Optional.empty();
        }
        unknownKeys(root, TOP_KEYS, "");
        YamlNode ds = root.get("datasource").orElse(null);
        YamlNode model = root.get("model").orElse(null);
        if (ds == null || !ds.isMapping()) error(root.location(), "'datasource' (with 'workspace') is required");
        if (model == null || !model.isMapping()) error(root.location(), "'model' (with 'properties') is required");
        if (ds == null || model == null || !ds.isMapping() || !model.isMapping()) return java.util.Optional.empty();
        unknownKeys(ds, DATASOURCE_KEYS, "datasource.");
        unknownKeys(model, MODEL_KEYS, "model.");

        String workspace = ds.text("workspace").orElse(null);
        if (workspace == null || !TYPE_NAME.matcher(workspace).matches()) {
            error(ds.location(), "datasource.workspace is required: a letter, then letters and digits, words joined by '-'");
        }
        boolean autoCreate = flag(ds, "autoCreate", "datasource.autoCreate", false);
        Map<String, String> namespaces = new LinkedHashMap<>();
        ds.get("namespaces").filter(YamlNode::isMapping).ifPresent(n -> n.entries().forEach((prefix, uri) -> {
            if (uri.isScalar()) namespaces.put(prefix, uri.text());
            else error(uri.location(), "datasource.namespaces." + prefix + " must be a URI");
        }));
        // Magnolia stores the items of a model without nodeType as mgnl:content
        String nodeType = model.text("nodeType").orElse(DEFAULT_NODE_TYPE);
        if (!nodeType.matches("([a-zA-Z][a-zA-Z0-9]*:)?[a-zA-Z][a-zA-Z0-9]*")) {
            error(model.get("nodeType").map(YamlNode::location).orElse(model.location()),
                    "model.nodeType must be a JCR name like 'innco:event' (default " + DEFAULT_NODE_TYPE + ")");
            nodeType = null;
        }
        Map<String, SubModelDefinition> subModels = readSubModels(model, label);
        PropertyReader reader = new PropertyReader(subModels, errors);
        List<PropertyDefinition> props = reader.readAll(model.get("properties").orElse(null), "model.properties", model);
        if (workspace == null || nodeType == null) return java.util.Optional.empty();
        return java.util.Optional.of(new ContentTypeDefinition(name, label, workspace, autoCreate, nodeType,
                namespaces, props, subModels));
    }

    private Map<String, SubModelDefinition> readSubModels(YamlNode model, String label) {
        Map<String, SubModelDefinition> subModels = new LinkedHashMap<>();
        List<YamlNode> items = model.list("subModels");
        for (YamlNode sm : items) {
            String smName = sm.isMapping() ? sm.text("name").orElse(null) : null;
            if (smName == null || !SUB_MODEL_NAME.matcher(smName).matches()) {
                error(sm.location(), "each sub-model needs a 'name': a letter, then letters and digits");
            } else if (subModels.containsKey(smName)) {
                error(sm.location(), "sub-model '" + smName + "' is defined twice");
            } else {
                subModels.put(smName, new SubModelDefinition(smName));
            }
        }
        PropertyReader reader = new PropertyReader(subModels, errors);
        for (YamlNode sm : items) {
            String smName = sm.isMapping() ? sm.text("name").orElse(null) : null;
            SubModelDefinition def = smName == null ? null : subModels.get(smName);
            if (def == null) continue;
            unknownKeys(sm, Set.of("name", "properties", "label"), "model.subModels." + smName + ".");
            def.properties(reader.readAll(sm.get("properties").orElse(null),
                    "model.subModels." + smName + ".properties", sm));
        }
        return subModels;
    }

    /** Checks what needs every file: reference targets exist, workspaces and node types are unique. */
    private void crossCheck(List<ContentTypeDefinition> types) {
        Set<String> names = new HashSet<>();
        types.forEach(t -> names.add(t.name()));
        Map<String, ContentTypeDefinition> workspaces = new HashMap<>();
        Map<String, ContentTypeDefinition> nodeTypes = new HashMap<>();
        for (ContentTypeDefinition t : types) {
            ContentTypeDefinition other = workspaces.putIfAbsent(t.workspace(), t);
            if (other != null) error(t.source() + ":1", "workspace '" + t.workspace() + "' is already used by content type '"
                    + other.name() + "' (" + other.source() + ")");
            // Magnolia's default node type is shared by design; items are then told apart by workspace
            other = t.nodeType().equals(DEFAULT_NODE_TYPE) ? null : nodeTypes.putIfAbsent(t.nodeType(), t);
            if (other != null) error(t.source() + ":1", "node type '" + t.nodeType() + "' is already used by content type '"
                    + other.name() + "' (" + other.source() + ")");
            checkReferences(t.properties(), names);
            t.subModels().values().forEach(sm -> checkReferences(sm.properties(), names));
        }
    }

    private void checkReferences(List<PropertyDefinition> props, Set<String> names) {
        for (PropertyDefinition p : props) {
            if (!p.isSubModel() && p.fieldType() instanceof eu.innco.contenttype.field.ReferenceField r
                    && !names.contains(r.targetType())) {
                error(p.location(), "property '" + p.name() + "' refers to content type '" + r.targetType()
                        + "', which is not defined (known: " + String.join(", ", names.stream().sorted().toList()) + ")");
            }
        }
    }

    private boolean flag(YamlNode map, String key, String path, boolean dflt) {
        YamlNode n = map.get(key).orElse(null);
        if (n == null || n.isNull()) return dflt;
        if (n.isScalar() && (n.text().equals("true") || n.text().equals("false"))) return Boolean.parseBoolean(n.text());
        error(n.location(), path + " must be true or false");
        return dflt;
    }

    private void unknownKeys(YamlNode map, Set<String> known, String prefix) {
        map.entries().forEach((k, v) -> {
            if (!known.contains(k)) {
                error(v.location(), "unknown key '" + prefix + k + "'; expected one of " + known.stream().sorted().toList());
            }
        });
    }

    private void error(String where, String message) {
        errors.add(new FieldError(where, message));
    }
}
