package eu.innco.workspace;

import java.util.List;
import java.util.Optional;

/**
 * What Magnolia's delivery endpoint v2 settles beyond workspace, paths and depth, shared by
 * endpoints over content types and over plain workspaces: how many levels of references are
 * expanded ({@code referenceDepth}, Magnolia's default 1; 0 expands none), which system
 * properties show ({@code systemProperties}; empty shows them all) and the reference rules.
 */
public record DeliveryOptions(int referenceDepth, List<String> systemProperties, List<ReferenceRule> references) {
    public static final DeliveryOptions DEFAULT = new DeliveryOptions(1, List.of(), List.of());

    public DeliveryOptions {
        systemProperties = List.copyOf(systemProperties);
        references = List.copyOf(references);
    }

    /** True when a system property ({@code mgnl:}, {@code jcr:}) is answered, given that system properties are. */
    public boolean shows(String systemProperty) {
        return systemProperties.isEmpty() || systemProperties.contains(systemProperty);
    }

    /** The rule expanding this property, if any. */
    public Optional<ReferenceRule> rule(String property) {
        return references.stream().filter(r -> r.property().equals(property)).findFirst();
    }
}
