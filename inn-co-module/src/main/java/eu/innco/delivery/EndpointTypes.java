package eu.innco.delivery;

import eu.innco.FieldError;
import eu.innco.yaml.YamlNode;
import java.util.List;
import java.util.Set;

/**
 * Which Magnolia endpoint kinds ({@code class} or {@code $type}) we serve: the JCR delivery endpoint
 * v2 under its names, and its pages endpoint (page trees of a workspace without content type, see
 * {@code eu.innco.workspace}); any other kind is refused listing what works.
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
            if (kind.equals(V2_CLASS) || V2_TYPES.contains(kind) || PAGES.contains(kind)) continue;
            ok = false;
            errors.add(new FieldError(n.location(), key + " '" + kind + "' is not supported; use class " + V2_CLASS
                    + " or $type " + String.join(" or ", V2_TYPES.stream().sorted().toList()) + " or " + PAGES.iterator().next()));
        }
        return ok;
    }

    /** True for Magnolia's pages endpoint, which serves a page tree of a workspace without content type. */
    static boolean pages(YamlNode root) {
        return root.text("$type").map(PAGES::contains).orElse(false);
    }
}
