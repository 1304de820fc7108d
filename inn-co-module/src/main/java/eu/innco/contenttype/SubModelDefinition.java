package eu.innco.contenttype;

import java.util.List;
import java.util.Optional;

/** A named group of properties stored as a child node (Magnolia's sub-model): a chapter, a step, an address. */
public final class SubModelDefinition {
    private final String name;
    private List<PropertyDefinition> properties = List.of();

    SubModelDefinition(String name) {
        this.name = name;
    }

    /** Set once by the loader; sub-models may refer to each other, so they exist before their properties. */
    void properties(List<PropertyDefinition> props) {
        this.properties = List.copyOf(props);
    }

    public String name() { return name; }

    public List<PropertyDefinition> properties() { return properties; }

    public Optional<PropertyDefinition> property(String propertyName) {
        return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
    }
}
