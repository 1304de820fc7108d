package eu.innco.delivery;

import eu.innco.FieldError;
import eu.innco.yaml.YamlNode;
import java.util.List;
import java.util.Set;

/**
 * Which Magnolia endpoint kinds ({@code class} or {@code $type}) we serve: the JCR delivery endpoint
 * v2 under its names. Pages endpoints are refused by name, because page trees (areas, components,
 * templates) are not content here yet; any other kind is refused listing what works.
 */
final class EndpointTypes {
    static final String V2_CLASS = "info.magnolia.rest.delivery.jcr.v2.JcrDeliveryEndpointDefinition";
    static final Set<String> V2_TYPES = Set.of("jcrDeliveryEndpoint_v2", "deliveryEndpoint_v2");
    static final Set<String> PAGES = Set.of("pagesDeliveryEndpoint_v2");

    private EndpointTypes() {}

    /** True when the kind is served; otherwise adds an error at the key's line and returns false. */
    static boolean check(YamlNode root, String label, List<FieldError> errors) {
        boolean ok = true;
        for (String key : List.of("class", "$type")) {
            YamlNode n = root.get(key).orElse(null);
            if (n == null || !n.isScalar()) continue;
            String kind = n.text();
            if (kind.equals(V2_CLASS) || V2_TYPES.contains(kind)) continue;
            ok = false;
            if (PAGES.contains(kind)) {
                errors.add(new FieldError(n.location(), key + " '" + kind + "': a pages delivery endpoint serves page trees "
                        + "(mgnl:page, mgnl:area, mgnl:component), which INN-CO does not hold yet; serve a content type's "
                        + "workspace with $type jcrDeliveryEndpoint_v2 instead"));
            } else {
                errors.add(new FieldError(n.location(), key + " '" + kind + "' is not supported; use class " + V2_CLASS
                        + " or $type " + String.join(" or ", V2_TYPES.stream().sorted().toList())));
            }
        }
        return ok;
    }
}
