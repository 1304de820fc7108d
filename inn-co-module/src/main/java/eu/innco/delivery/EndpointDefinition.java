package eu.innco.delivery;

import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.workspace.DeliveryOptions;
import java.util.List;
import java.util.Optional;

/**
 * A delivery endpoint, read once from {@code restEndpoints/delivery/<name>.yaml} in Magnolia's
 * vocabulary: which workspace (content type) it serves, below which root path, how deep child
 * nodes are embedded, whether system properties show, the default page size and which reference
 * properties are expanded into the target's JSON ({@code options}: how deep, which renditions, which
 * system properties).
 */
public record EndpointDefinition(String name, String source, ContentTypeDefinition type, String rootPath, int depth,
                                 boolean includeSystemProperties, int defaultLimit, List<String> expandedReferences,
                                 DeliveryOptions options) {
    public static final int MAX_LIMIT = 100;

    public EndpointDefinition {
        expandedReferences = List.copyOf(expandedReferences);
    }

    /** An endpoint with Magnolia's defaults for the rest: references one level deep, every system property. */
    public EndpointDefinition(String name, String source, ContentTypeDefinition type, String rootPath, int depth,
                              boolean includeSystemProperties, int defaultLimit, List<String> expandedReferences) {
        this(name, source, type, rootPath, depth, includeSystemProperties, defaultLimit, expandedReferences, DeliveryOptions.DEFAULT);
    }

    /** True when the system property shows in this endpoint's answers. */
    public boolean showsSystem(String property) {
        return includeSystemProperties && options.shows(property);
    }

    /** The renditions an expanded asset of this property lists: INN-CO's two unless the reference names others. */
    List<String> renditions(String property) {
        return options.rule(property).map(eu.innco.workspace.ReferenceRule::renditions)
                .orElse(List.copyOf(new java.util.TreeSet<>(eu.innco.assets.ImagingDefinition.REQUIRED)));
    }

    /**
     * The rule resolving a plain property of the type into a workspace no content type declares
     * (Magnolia's {@code tourTypes} into {@code category}); empty for the type's own references.
     */
    public Optional<eu.innco.workspace.ReferenceRule> plainReference(PropertyDefinition p) {
        if (p.isSubModel() || p.fieldType() instanceof eu.innco.contenttype.field.ReferenceField) return Optional.empty();
        return options.rule(p.name()).filter(r -> !r.asset() && r.targetWorkspace() != null);
    }

    public String workspace() { return type.workspace(); }

    public boolean expands(String property) {
        return expandedReferences.contains(property);
    }

    /** The item's path below the workspace ({@code /la-ruche}), as {@code rootPath} is written. */
    public String relativePath(String itemPath) {
        String prefix = type.rootPath();
        return itemPath.startsWith(prefix + "/") ? itemPath.substring(prefix.length()) : itemPath;
    }

    /** True when an item at this JCR path is below the endpoint's root path. */
    public boolean covers(String itemPath) {
        if (rootPath.equals("/")) return true;
        return relativePath(itemPath).startsWith(rootPath + "/");
    }

    /** The first property holding a map point, for GeoJSON. */
    public Optional<PropertyDefinition> geoProperty() {
        return type.properties().stream()
                .filter(p -> !p.isSubModel() && p.fieldType().kind() == eu.innco.contenttype.field.FieldKind.GEO && !p.multiple())
                .findFirst();
    }
}
