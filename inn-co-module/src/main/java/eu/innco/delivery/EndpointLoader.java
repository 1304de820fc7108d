package eu.innco.delivery;

import eu.innco.FieldError;
import eu.innco.InncoException;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.contenttype.field.ReferenceField;
import eu.innco.lightmodule.LightModules;
import eu.innco.assets.ImagingDefinition;
import eu.innco.workspace.DeliveryOptions;
import eu.innco.workspace.ReferenceRule;
import eu.innco.workspace.WorkspaceEndpoint;
import eu.innco.workspace.WorkspaceStore;
import eu.innco.yaml.YamlNode;
import eu.innco.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code restEndpoints/delivery/*.yaml}. A definition written for Magnolia's JCR delivery
 * endpoint v2 loads unchanged; a key we do not act on becomes a warning with file and line (never
 * silently ignored); anything we cannot serve is an error, all errors of all files reported at once.
 */
public final class EndpointLoader {
    static final String DELIVERY = "delivery/";
    static final String NAME = "[a-zA-Z0-9][a-zA-Z0-9_-]*(/[a-zA-Z0-9][a-zA-Z0-9_-]*)*";
    static final Set<String> SUPPORTED = Set.of("class", "$type", "workspace", "rootPath", "nodeTypes", "depth",
            "includeSystemProperties", "limit", "references", "endpointPath", "childNodeTypes", "referenceDepth", "systemProperties",
            "bypassWorkspaceAcls", "personalized");
    private static final Logger LOG = LoggerFactory.getLogger(EndpointLoader.class);
    static final Set<String> GENERIC_NODE_TYPES = Set.of("mgnl:content", "mgnl:contentNode", "mgnl:page", "mgnl:component");

    private final ContentTypeRegistry types;
    private final List<FieldError> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<WorkspaceEndpoint> generic = new ArrayList<>();
    private final ReferenceRules rules;

    private EndpointLoader(ContentTypeRegistry types, Set<String> variations) {
        this.types = types;
        this.rules = new ReferenceRules(variations, errors, warnings);
    }

    /** The image variations that {@code assetRenditions} may name; a broken imaging file is reported where it is read. */
    private static Set<String> variations(Path lightModules) {
        try {
            return new java.util.LinkedHashSet<>(ImagingDefinition.load(lightModules).variations().keySet());
        } catch (RuntimeException e) {
            return new java.util.LinkedHashSet<>(ImagingDefinition.defaults().variations().keySet());
        }
    }

    /**
     * Loads {@code <module>/restEndpoints/**.yaml} of every light module. As in Magnolia the endpoint
     * path is the file's path below {@code restEndpoints} with each '_' turned into '/' (or
     * {@code endpointPath}): {@code delivery/tours_v1.yaml} serves {@code /.rest/delivery/tours/v1}.
     * We serve delivery endpoints only, so a path outside {@code delivery/} is a warning; a path
     * defined twice stops the start naming both files.
     */
    public static EndpointRegistry load(Path lightModules, ContentTypeRegistry types) {
        EndpointLoader loader = new EndpointLoader(types, variations(lightModules));
        List<EndpointDefinition> out = new ArrayList<>();
        Map<String, String> fileOfName = new HashMap<>();
        for (Path module : LightModules.modules(lightModules)) {
            List<String> loaded = new ArrayList<>();
            Path base = module.resolve("restEndpoints");
            for (Path file : LightModules.yamlFiles(module, "restEndpoints")) {
                String label = LightModules.label(lightModules, file);
                String rel = base.relativize(file).toString().replace('\\', '/');
                String path = rel.substring(0, rel.lastIndexOf('.')).replace('_', '/');
                int before = loader.generic.size();
                Optional<EndpointDefinition> typed = loader.loadFile(file, label, path);
                Optional<String> name = typed.map(EndpointDefinition::name)
                        .or(() -> loader.generic.size() > before ? Optional.of(loader.generic.get(before).name()) : Optional.empty());
                name.ifPresent(n -> {
                    String other = fileOfName.putIfAbsent(n, label);
                    if (other != null) {
                        loader.error(label + ":1", "the endpoint /.rest/" + DELIVERY + n + " is already defined by " + other);
                        if (typed.isEmpty()) loader.generic.remove(before);
                    } else {
                        typed.ifPresent(out::add);
                        loaded.add("/.rest/" + DELIVERY + n);
                    }
                });
            }
            if (!loaded.isEmpty()) LOG.info("light module {}: {} delivery endpoint(s) {}", module.getFileName(), loaded.size(), loaded);
        }
        if (out.isEmpty() && loader.generic.isEmpty() && loader.errors.isEmpty()) {
            loader.warnings.add(lightModules + ": no light module defines a delivery endpoint");
        }
        if (!loader.errors.isEmpty()) throw new EndpointDefinitionException(loader.errors);
        return new EndpointRegistry(out, loader.generic, loader.warnings);
    }

    public static EndpointRegistry loadFolder(Path folder, String labelPrefix, ContentTypeRegistry types) {
        EndpointLoader loader = new EndpointLoader(types, new java.util.LinkedHashSet<>(ImagingDefinition.defaults().variations().keySet()));
        List<EndpointDefinition> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            loader.warnings.add(labelPrefix + ": no such folder; the delivery API has no endpoints");
            return new EndpointRegistry(out, loader.warnings);
        }
        for (Path file : yamlFiles(folder)) {
            String path = DELIVERY + LightModules.baseName(file).replace('_', '/');
            loader.loadFile(file, labelPrefix + file.getFileName(), path).ifPresent(out::add);
        }
        if (!loader.errors.isEmpty()) throw new EndpointDefinitionException(loader.errors);
        return new EndpointRegistry(out, loader.generic, loader.warnings);
    }

    private static List<Path> yamlFiles(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code path} is the endpoint path below {@code /.rest/} taken from the file's place, unless it sets {@code endpointPath}. */
    private Optional<EndpointDefinition> loadFile(Path file, String label, String path) {
        YamlNode root;
        try {
            root = YamlReader.read(file, label);
        } catch (InncoException e) {
            errors.addAll(e.errors());
            return Optional.empty();
        }
        if (!root.isMapping()) {
            error(root.location(), "an endpoint definition is a mapping with at least 'workspace'");
            return Optional.empty();
        }
        path = root.text("endpointPath").map(p -> p.replaceAll("^/+|/+$", "")).orElse(path);
        if (!path.startsWith(DELIVERY)) {
            warnings.add(label + ":1: Magnolia serves this endpoint at /.rest/" + path
                    + "; INN-CO serves delivery endpoints below /.rest/" + DELIVERY + " only, so it is not loaded");
            return Optional.empty();
        }
        String name = path.substring(DELIVERY.length());
        if (!name.matches(NAME)) {
            error(root.get("endpointPath").map(YamlNode::location).orElse(label + ":1"), "the endpoint path '" + name
                    + "' must be segments of a letter or digit, then letters, digits, '-' or '_', separated by '/'");
            return Optional.empty();
        }
        EndpointTypes.check(root, label, errors); // the rest is still checked, so every mistake shows at once
        root.entries().forEach((k, v) -> {
            if (!SUPPORTED.contains(k)) warnings.add(v.location() + ": key '" + k + "' is not supported by INN-CO and has no effect");
        });
        Optional<String> ws = root.text("workspace");
        if (ws.isPresent() && (EndpointTypes.pages(root) || types.byWorkspace(ws.get()).isEmpty())) {
            workspaceEndpoint(root, name, label, ws.get());
            return Optional.empty();
        }
        Optional<ContentTypeDefinition> type = workspace(root);
        if (type.isEmpty()) return Optional.empty();
        String rootPath = rootPath(root, type.get());
        checkNodeTypes(root, type.get());
        EndpointSettings.fixedKeys(root, warnings, errors);
        int depth = EndpointSettings.itemChildren(root) ? number(root, "depth", 0, 0, 20) : 0;
        boolean system = flag(root, "includeSystemProperties", true);
        int limit = number(root, "limit", 10, 1, EndpointDefinition.MAX_LIMIT);
        List<ReferenceRule> refs = new ReferencesReader(type.get(), types, rules, errors, warnings).read(root.get("references").orElse(null));
        ItemSystemProperties.warnUsers(root, warnings);
        DeliveryOptions options = new DeliveryOptions(EndpointSettings.referenceDepth(root, errors),
                EndpointSettings.systemProperties(root, system, warnings, errors), refs);
        return Optional.of(new EndpointDefinition(name, label, type.get(), rootPath, depth, system, limit,
                refs.stream().map(ReferenceRule::property).toList(), options));
    }

    /**
     * An endpoint over a workspace no content type declares (Magnolia's website, category...): it
     * serves the plain nodes imported there ({@code eu.innco.workspace}). Its references name any
     * property; a JCR resolver needs its {@code targetWorkspace}, as in Magnolia.
     */
    private void workspaceEndpoint(YamlNode root, String name, String label, String workspace) {
        YamlNode wsNode = root.get("workspace").get();
        if (!WorkspaceStore.WORKSPACE.matcher(workspace).matches()) {
            error(wsNode.location(), "workspace '" + workspace + "' must be a letter, then letters, digits, '-' or '_'");
            return;
        }
        if (types.byWorkspace(workspace).isPresent()) {
            error(wsNode.location(), "a pages endpoint serves a workspace of plain page nodes; '" + workspace
                    + "' holds a content type's items: use $type jcrDeliveryEndpoint_v2");
            return;
        }
        boolean pages = EndpointTypes.pages(root);
        String rootPath = root.text("rootPath").map(p -> p.replaceAll("/+$", "")).filter(p -> !p.isEmpty()).orElse("/");
        if (!rootPath.startsWith("/")) error(root.get("rootPath").get().location(), "rootPath must be a path starting with '/'");
        List<String> nodeTypes = names(root, "nodeTypes", pages ? WorkspaceEndpoint.PAGE_TYPES : List.of());
        List<String> childTypes = names(root, "childNodeTypes", pages ? WorkspaceEndpoint.PAGE_CHILD_TYPES : List.of());
        EndpointSettings.fixedKeys(root, warnings, errors);
        int depth = number(root, "depth", 0, 0, 20);
        boolean system = flag(root, "includeSystemProperties", true);
        int limit = number(root, "limit", 10, 1, EndpointDefinition.MAX_LIMIT);
        DeliveryOptions options = new DeliveryOptions(EndpointSettings.referenceDepth(root, errors),
                EndpointSettings.systemProperties(root, system, warnings, errors), plainReferences(root.get("references").orElse(null)));
        generic.add(new WorkspaceEndpoint(name, label, workspace, rootPath, depth, nodeTypes, childTypes, system, limit, pages, options));
    }

    /** {@code references} of an endpoint over a plain workspace: any property, resolved by the rule's resolver. */
    private List<ReferenceRule> plainReferences(YamlNode refs) {
        List<ReferenceRule> out = new ArrayList<>();
        if (refs == null || refs.isNull()) return out;
        if (!refs.isSequence()) {
            error(refs.location(), "references must be a list of {propertyName, referenceResolver}");
            return out;
        }
        for (YamlNode r : refs.items()) {
            Optional<String> prop = r.isMapping() ? r.text("propertyName").or(() -> r.text("name")) : Optional.empty();
            if (prop.isEmpty()) {
                error(r.location(), "each reference needs a 'propertyName' (or a 'name' naming the property)");
                continue;
            }
            r.entries().forEach((k, v) -> {
                if (!ReferencesReader.KEYS.contains(k)) warnings.add(v.location() + ": key 'references." + k + "' is not supported by INN-CO and has no effect");
            });
            YamlNode resolver = r.get("referenceResolver").orElse(null);
            if (resolver == null) {
                error(r.location(), "a reference over a plain workspace needs a referenceResolver (JCR with targetWorkspace, or asset)");
                continue;
            }
            rules.read(prop.get(), resolver, false).ifPresent(rule -> {
                if (!rule.asset() && rule.targetWorkspace() == null) error(resolver.location(), "a JCR reference resolver needs its targetWorkspace");
                else out.add(rule);
            });
        }
        return out;
    }

    private List<String> names(YamlNode root, String key, List<String> dflt) {
        YamlNode n = root.get(key).orElse(null);
        if (n == null || n.isNull()) return dflt;
        List<String> out = new ArrayList<>();
        if (n.isScalar()) out.add(n.text());
        else if (n.isSequence()) for (YamlNode i : n.items()) if (i.isScalar()) out.add(i.text());
        if (out.isEmpty()) error(n.location(), key + " must be a node type or a list of node types");
        return out;
    }

    private Optional<ContentTypeDefinition> workspace(YamlNode root) {
        Optional<String> ws = root.text("workspace");
        if (ws.isEmpty()) {
            error(root.location(), "'workspace' is required: the workspace of a content type (" + workspaces() + ")");
            return Optional.empty();
        }
        Optional<ContentTypeDefinition> t = types.byWorkspace(ws.get());
        if (t.isEmpty()) error(root.get("workspace").get().location(), "workspace '" + ws.get() + "' holds no content type; known: " + workspaces());
        return t;
    }

    private String workspaces() {
        return String.join(", ", types.all().stream().map(ContentTypeDefinition::workspace).toList());
    }

    private String rootPath(YamlNode root, ContentTypeDefinition type) {
        YamlNode n = root.get("rootPath").orElse(null);
        if (n == null || n.isNull()) return "/";
        if (!n.isScalar() || !n.text().startsWith("/")) {
            error(n.location(), "rootPath must be a path starting with '/'");
            return "/";
        }
        String p = n.text().replaceAll("/+$", "");
        // Magnolia's rootPath is inside the workspace; ours also accepts the path with the workspace folder
        if (p.equals(type.rootPath())) return "/";
        if (p.startsWith(type.rootPath() + "/")) p = p.substring(type.rootPath().length());
        return p.isEmpty() ? "/" : p;
    }

    private void checkNodeTypes(YamlNode root, ContentTypeDefinition type) {
        YamlNode n = root.get("nodeTypes").orElse(null);
        if (n == null || n.isNull()) return;
        List<String> listed = new ArrayList<>();
        if (n.isScalar()) listed.add(n.text());
        else if (n.isSequence()) for (YamlNode i : n.items()) if (i.isScalar()) listed.add(i.text());
        if (listed.contains(type.nodeType())) return;
        if (!listed.isEmpty() && GENERIC_NODE_TYPES.containsAll(listed)) {
            warnings.add(n.location() + ": nodeTypes " + listed + " are Magnolia's generic types; this endpoint serves " + type.nodeType() + " items");
            return;
        }
        error(n.location(), "nodeTypes " + listed + " do not include " + type.nodeType() + ", the node type of workspace '" + type.workspace() + "'");
    }

    private int number(YamlNode root, String key, int dflt, int min, int max) {
        YamlNode n = root.get(key).orElse(null);
        if (n == null || n.isNull()) return dflt;
        try {
            int v = Integer.parseInt(n.text());
            if (v >= min && v <= max) return v;
        } catch (RuntimeException e) {
            // reported below
        }
        error(n.location(), key + " must be a whole number from " + min + " to " + max);
        return dflt;
    }

    private boolean flag(YamlNode root, String key, boolean dflt) {
        YamlNode n = root.get(key).orElse(null);
        if (n == null || n.isNull()) return dflt;
        if (n.isScalar() && (n.text().equals("true") || n.text().equals("false"))) return Boolean.parseBoolean(n.text());
        error(n.location(), key + " must be true or false");
        return dflt;
    }

    private void error(String where, String message) {
        errors.add(new FieldError(where, message));
    }

    private static boolean reference(PropertyDefinition p) {
        return !p.isSubModel() && p.fieldType() instanceof ReferenceField;
    }

    /** Reads {@code references}: Magnolia's list of {@code propertyName} with a {@code referenceResolver}. */
    private record ReferencesReader(ContentTypeDefinition type, ContentTypeRegistry types, ReferenceRules rules, List<FieldError> errors,
                                    List<String> warnings) {
        static final Set<String> KEYS = Set.of("name", "propertyName", "referenceResolver");

        List<ReferenceRule> read(YamlNode refs) {
            List<ReferenceRule> out = new ArrayList<>();
            if (refs == null || refs.isNull()) return out;
            if (!refs.isSequence()) {
                errors.add(new FieldError(refs.location(), "references must be a list of {propertyName, referenceResolver}"));
                return out;
            }
            for (YamlNode r : refs.items()) one(r).ifPresent(out::add);
            return out;
        }

        private Optional<ReferenceRule> one(YamlNode r) {
            // as in Magnolia's examples, an entry without propertyName resolves the property its name names
            if (!r.isMapping() || r.text("propertyName").or(() -> r.text("name")).isEmpty()) {
                errors.add(new FieldError(r.location(), "each reference needs a 'propertyName' (or a 'name' naming the property)"));
                return Optional.empty();
            }
            r.entries().forEach((k, v) -> {
                if (!KEYS.contains(k)) warnings.add(v.location() + ": key 'references." + k + "' is not supported by INN-CO and has no effect");
            });
            String prop = r.text("propertyName").or(() -> r.text("name")).get();
            // as Magnolia matches propertyName on every node it writes, a property of a referenced type may be named, for referenceDepth > 1
            Optional<PropertyDefinition> p = type.property(prop).filter(EndpointLoader::reference)
                    .or(() -> types.all().stream().flatMap(t -> t.property(prop).stream()).filter(EndpointLoader::reference).findFirst());
            Optional<String> plainTarget = r.get("referenceResolver").flatMap(x -> x.isMapping() ? x.text("targetWorkspace") : Optional.empty())
                    .filter(ws -> types.byWorkspace(ws).isEmpty());
            if (p.isEmpty() && plainTarget.isPresent() && types.all().stream().anyMatch(t -> t.property(prop).filter(x -> !x.isSubModel()).isPresent())) {
                // Magnolia's own example: a tour's tourTypes naming nodes of the category workspace, a plain property of the
                // type; resolved when the item is rendered, and rendered again when that workspace changes (PlainNodes)
                return rules.read(prop, r.get("referenceResolver").get(), false);
            }
            if (p.isEmpty() || !(p.get().fieldType() instanceof ReferenceField ref)) {
                errors.add(new FieldError(r.get("propertyName").or(() -> r.get("name")).get().location(), "'" + prop + "' is not a reference property of "
                        + type.name() + "; references: " + type.properties().stream()
                        .filter(x -> !x.isSubModel() && x.fieldType().isReference()).map(PropertyDefinition::name).toList()));
                return Optional.empty();
            }
            YamlNode resolver = r.get("referenceResolver").orElse(null);
            boolean asset = ref.kind() == eu.innco.contenttype.field.FieldKind.ASSET;
            Optional<ReferenceRule> rule = rules.read(prop, resolver, asset);
            if (resolver != null) resolver.text("targetWorkspace").ifPresent(ws -> {
                String expected = types.get(ref.targetType()).map(ContentTypeDefinition::workspace).orElse(ref.targetType());
                if (!ws.equals(expected)) {
                    errors.add(new FieldError(resolver.get("targetWorkspace").get().location(), "targetWorkspace '" + ws
                            + "' does not match the property's target, workspace '" + expected + "'"));
                }
            });
            return rule;
        }
    }
}
