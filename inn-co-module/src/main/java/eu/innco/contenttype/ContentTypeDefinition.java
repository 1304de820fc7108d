package eu.innco.contenttype;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A content type, read once from {@code contentTypes/<name>.yaml}: where its items live
 * (workspace, node type) and what they hold. The single source for the authoring API, the editor,
 * delivery, OpenAPI and validation.
 */
public record ContentTypeDefinition(String name, String source, String workspace, boolean autoCreate,
                                    String nodeType, Map<String, String> namespaces,
                                    List<PropertyDefinition> properties, Map<String, SubModelDefinition> subModels) {
    public ContentTypeDefinition {
        properties = List.copyOf(properties);
        subModels = Map.copyOf(subModels);
        namespaces = Map.copyOf(namespaces);
    }

    public Optional<PropertyDefinition> property(String propertyName) {
        return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
    }

    /** The JCR path of the folder holding this type's items: {@code /organisations}. */
    public String rootPath() {
        return "/" + workspace;
    }

    /** True when at least one property, at any depth, is localised. */
    public boolean hasLocalisedProperties() {
        return properties.stream().anyMatch(ContentTypeDefinition::localised);
    }

    private static boolean localised(PropertyDefinition p) {
        return p.i18n() || (p.isSubModel() && p.subModel().properties().stream().anyMatch(ContentTypeDefinition::localised));
    }
}
