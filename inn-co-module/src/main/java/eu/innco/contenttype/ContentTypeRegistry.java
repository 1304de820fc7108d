package eu.innco.contenttype;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The loaded content types by name, in file-name order. Immutable. */
public final class ContentTypeRegistry {
    private final Map<String, ContentTypeDefinition> byName;

    public ContentTypeRegistry(List<ContentTypeDefinition> types) {
        Map<String, ContentTypeDefinition> m = new LinkedHashMap<>();
        for (ContentTypeDefinition t : types) m.put(t.name(), t);
        this.byName = java.util.Collections.unmodifiableMap(m);
    }

    public Collection<ContentTypeDefinition> all() { return byName.values(); }

    public Optional<ContentTypeDefinition> get(String name) { return Optional.ofNullable(byName.get(name)); }

    /** The type, or a 404-kind error naming the known types. */
    public ContentTypeDefinition require(String name) {
        ContentTypeDefinition t = byName.get(name);
        if (t == null) {
            throw InncoException.notFound(ErrorCode.TYPE_001,
                    "There is no content type '" + name + "'. Known types: " + String.join(", ", byName.keySet()));
        }
        return t;
    }

    public Optional<ContentTypeDefinition> byNodeType(String nodeType) {
        return byName.values().stream().filter(t -> t.nodeType().equals(nodeType)).findFirst();
    }

    public Optional<ContentTypeDefinition> byWorkspace(String workspace) {
        return byName.values().stream().filter(t -> t.workspace().equals(workspace)).findFirst();
    }
}
